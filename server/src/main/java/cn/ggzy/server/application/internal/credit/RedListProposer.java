package cn.ggzy.server.application.internal.credit;

import cn.ggzy.server.application.TenantDirectory;
import cn.ggzy.server.domain.model.NotFoundException;
import cn.ggzy.server.domain.model.audit.AuditLog;
import cn.ggzy.server.domain.model.credit.CreditException;
import cn.ggzy.server.domain.model.credit.CreditRecord;
import cn.ggzy.server.domain.model.credit.CreditRecordRepository;
import cn.ggzy.server.domain.model.credit.CreditScore;
import cn.ggzy.server.domain.model.credit.CreditScoring;
import cn.ggzy.server.domain.model.credit.CreditSettings;
import cn.ggzy.server.domain.model.credit.CreditSettingsRepository;
import cn.ggzy.server.domain.model.credit.CreditSubject;
import cn.ggzy.server.domain.model.credit.RedListEntry;
import cn.ggzy.server.domain.model.credit.RedListRepository;
import cn.ggzy.server.domain.model.credit.SubjectId;
import cn.ggzy.server.domain.model.credit.SubjectRepository;
import cn.ggzy.tenants.RegionCode;
import cn.ggzy.tenants.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Applies the red-list rules when records change: a record coming into force re-evaluates its
 * subject (a positive one may make a proposal), a negative one ends the subject's proposal or
 * published red-list entry the same day.
 */
@ApplicationScoped
public class RedListProposer {
  private CreditRecordRepository records;
  private SubjectRepository subjects;
  private RedListRepository redlist;
  private CreditSettingsRepository settings;
  private TenantDirectory directory;
  private AuditLog audit;
  private Clock clock;

  protected RedListProposer() {}

  @Inject
  public RedListProposer(CreditRecordRepository records, SubjectRepository subjects, RedListRepository redlist,
      CreditSettingsRepository settings, TenantDirectory directory, AuditLog audit, Clock clock) {
    this.records = records;
    this.subjects = subjects;
    this.redlist = redlist;
    this.settings = settings;
    this.directory = directory;
    this.audit = audit;
    this.clock = clock;
  }

  /** A record came into force (from a case, or approved by the second person). */
  void recordInForce(CreditRecord record) {
    if (record.subjectId() == null) {
      return;
    }
    RegionCode region = record.tenantId().region();
    if (record.kind().negative()) {
      endRedList(region, record.subjectId());
    } else {
      evaluate(region, record.subjectId());
    }
  }

  /** Evaluates one subject; true when a new proposal was made. */
  boolean evaluate(RegionCode region, SubjectId subject) {
    TenantId office = office(region);
    Instant now = clock.instant();
    LocalDate today = CreditAccess.day(now);
    if (redlist.openFor(office, subject).stream().anyMatch(e -> e.current(today))) {
      return false;
    }
    CreditSettings rules = settings.settings(region);
    CreditScore score = CreditScoring.score(subject, rules.weights(), records.inForce(region, subject), today);
    var facts = CreditScoring.redList(score, rules.criteria());
    if (facts.isEmpty()) {
      return false;
    }
    CreditSubject found = subjects.find(region, subject).orElseThrow(() -> new NotFoundException("subjectId"));
    RedListEntry proposal = RedListEntry.propose(redlist.nextId(), office, found, facts.get(), now);
    try {
      redlist.store(office, proposal);
    } catch (CreditException raced) {
      return false;
    }
    audit.record(office, now, "system:credit", "credit.redlist.PROPOSE", proposal.id().value(), null, null,
        "status=PROPOSED;score=" + score.total());
    return true;
  }

  private void endRedList(RegionCode region, SubjectId subject) {
    TenantId office = office(region);
    Instant now = clock.instant();
    for (RedListEntry entry : redlist.openFor(office, subject)) {
      String before = "status=" + entry.listStatus() + ";endedOn=" + entry.data().endedOn();
      if (entry.endByNegativeRecord(CreditAccess.day(now), now)) {
        redlist.store(office, entry);
        audit.record(office, now, "system:credit", "credit.redlist.END", entry.id().value(), "negative record",
            before, "status=" + entry.listStatus() + ";endedOn=" + entry.data().endedOn());
      }
    }
  }

  TenantId office(RegionCode region) {
    return directory.region(region).map(r -> r.office().id()).orElseThrow(() -> new NotFoundException("region"));
  }
}
