package cn.ggzy.server.application.internal.credit;

import cn.ggzy.server.domain.model.audit.AuditLog;
import cn.ggzy.server.domain.model.credit.CreditCode;
import cn.ggzy.server.domain.model.credit.CreditException;
import cn.ggzy.server.domain.model.credit.CreditRecord;
import cn.ggzy.server.domain.model.credit.CreditRecordRepository;
import cn.ggzy.server.domain.model.credit.CreditSubject;
import cn.ggzy.server.domain.model.credit.RecordId;
import cn.ggzy.server.domain.model.credit.RecordKind;
import cn.ggzy.server.domain.model.credit.SubjectIdentity;
import cn.ggzy.server.domain.model.credit.SubjectKind;
import cn.ggzy.server.domain.model.credit.SubjectRepository;
import cn.ggzy.server.domain.model.enforcement.CaseDecided;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A credit record follows every approved penalty or founded complaint ({@link CaseDecided}); a
 * dismissal leaves none. The record has the case's id, so a repeated event records nothing twice.
 * A respondent without a valid credit code is recorded by name and waits for an officer to identify it.
 */
@ApplicationScoped
public class CreditFromCases {
  private static final Logger LOG = Logger.getLogger(CreditFromCases.class.getName());
  static final String UNNAMED = "（未载明当事人）";

  private CreditRecordRepository records;
  private SubjectRepository subjects;
  private RedListProposer proposer;
  private AuditLog audit;

  protected CreditFromCases() {}

  @Inject
  public CreditFromCases(CreditRecordRepository records, SubjectRepository subjects, RedListProposer proposer,
      AuditLog audit) {
    this.records = records;
    this.subjects = subjects;
    this.proposer = proposer;
    this.audit = audit;
  }

  /** The case is stored already: a failure here is logged and must not undo the decision. */
  void onCaseDecided(@Observes CaseDecided decided) {
    try {
      record(decided);
    } catch (RuntimeException e) {
      LOG.log(Level.SEVERE, "No credit record for case " + decided.caseNumber() + "; enter it by hand", e);
    }
  }

  /** The record of the decision (the one stored before, if the event came twice); empty for a dismissal. */
  public Optional<CreditRecord> record(CaseDecided decided) {
    RecordKind kind = switch (decided.kind()) {
      case ADMINISTRATIVE_PENALTY -> RecordKind.PENALTY;
      case FOUNDED_MEASURES_ORDERED -> RecordKind.VIOLATION;
      case DISMISSED -> null;
    };
    if (kind == null) {
      return Optional.empty();
    }
    Optional<CreditRecord> earlier = records.findByCase(decided.owner(), decided.caseId().value());
    if (earlier.isPresent()) {
      return earlier;
    }
    String name = decided.respondentName() == null || decided.respondentName().isBlank() ? UNNAMED
        : decided.respondentName().strip();
    CreditSubject subject = null;
    String code = decided.respondentCreditCode() == null ? "" : decided.respondentCreditCode().strip().toUpperCase();
    if (CreditCode.valid(code)) {
      subject = subjects.register(decided.owner().region(),
          new SubjectIdentity(SubjectKind.ENTERPRISE, name, new CreditCode(code), null));
    }
    CreditRecord record = CreditRecord.fromCase(new RecordId(decided.caseId().value()), decided.owner(), name, subject,
        kind, decided.decisionText(), decided.caseId().value(), decided.caseNumber().value(),
        CreditAccess.day(decided.decidedAt()), decided.decidedAt());
    try {
      records.store(decided.owner(), record);
    } catch (CreditException recordedMeanwhile) {
      return records.findByCase(decided.owner(), decided.caseId().value());
    }
    audit.record(decided.owner(), decided.decidedAt(), "system:credit", "credit.record.FROM_CASE",
        record.id().value(), decided.caseNumber().value(), null, DefaultCreditRecords.state(record));
    proposer.recordInForce(record);
    return Optional.of(record);
  }
}
