package cn.ggzy.server.domain.model.credit;

import cn.ggzy.tenants.TenantId;
import cn.ggzy.tenants.TenantOwned;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A credit record (信用记录) kept by the department that decided or rated. Records from a case's
 * final decision are in force at once (the decision was approved in the case); records entered by
 * hand need a legal basis and the approval of a second person. A record from a case whose
 * respondent had no valid credit code waits for an officer to identify the subject.
 */
public final class CreditRecord implements TenantOwned {
  /** The stored state (persistence only). */
  public record Data(RecordId id, TenantId tenant, SubjectId subjectId, String subjectName,
      SubjectIdentity identity, RecordKind kind, String summary, String legalBasis, String internalNote,
      LocalDate decidedOn, String caseId, String caseNumber, String enteredBy, Instant enteredAt,
      RecordStatus status, String approvedBy, Instant approvedAt, String rejectionReason, long version) {}

  private Data d;

  private CreditRecord(Data data) {
    this.d = data;
  }

  public static CreditRecord restore(Data data) {
    return new CreditRecord(data);
  }

  /** The record that follows a case's approved decision; in force at once. */
  public static CreditRecord fromCase(RecordId id, TenantId tenant, String respondentName, CreditSubject subject,
      RecordKind kind, String decisionText, String caseId, String caseNumber, LocalDate decidedOn, Instant at) {
    if (!kind.decision()) {
      throw new CreditException("credit.record.kind.required", "kind");
    }
    String name = subject != null ? subject.identity().name()
        : CreditTexts.required(respondentName, 200, "credit.subject.name.required", "subjectName");
    return new CreditRecord(new Data(id, tenant, subject == null ? null : subject.id(), name,
        subject == null ? null : subject.identity(), kind,
        CreditTexts.required(clip(decisionText), 2000, "credit.record.summary.required", "summary"), null, null,
        Objects.requireNonNull(decidedOn), Objects.requireNonNull(caseId), caseNumber, "system:case", at,
        RecordStatus.IN_FORCE, "system:case", at, null, 0));
  }

  /**
   * A record entered by an officer: needs its legal basis, waits for a second person's approval. The
   * subject is attached with {@link #identify} once the input is valid.
   */
  public static CreditRecord entered(RecordId id, TenantId tenant, SubjectIdentity subject, RecordKind kind,
      String summary, String legalBasis, String internalNote, LocalDate decidedOn, LocalDate today, String by,
      Instant at) {
    if (kind == null) {
      throw new CreditException("credit.record.kind.required", "kind");
    }
    if (decidedOn == null) {
      throw new CreditException("credit.record.date.required", "decidedOn");
    }
    if (decidedOn.isAfter(today)) {
      throw new CreditException("credit.record.date.future", "decidedOn");
    }
    return new CreditRecord(new Data(id, tenant, null, subject.name(), subject, kind,
        CreditTexts.required(summary, 2000, "credit.record.summary.required", "summary"),
        CreditTexts.required(legalBasis, 500, "credit.record.legalBasis.required", "legalBasis"),
        CreditTexts.optional(internalNote, 2000, "internalNote"), decidedOn, null, null, by, at,
        RecordStatus.PENDING_APPROVAL, null, null, null, 0));
  }

  /** The second person approves: never the one who entered the record. */
  public void approve(String approver, Instant at) {
    pendingBy(approver);
    d = new Data(d.id, d.tenant, d.subjectId, d.subjectName, d.identity, d.kind, d.summary, d.legalBasis,
        d.internalNote, d.decidedOn, d.caseId, d.caseNumber, d.enteredBy, d.enteredAt, RecordStatus.IN_FORCE,
        approver, at, null, d.version);
  }

  public void reject(String approver, Instant at, String reason) {
    pendingBy(approver);
    String why = CreditTexts.required(reason, 1000, "credit.record.rejection.reason.required", "reason");
    d = new Data(d.id, d.tenant, d.subjectId, d.subjectName, d.identity, d.kind, d.summary, d.legalBasis,
        d.internalNote, d.decidedOn, d.caseId, d.caseNumber, d.enteredBy, d.enteredAt, RecordStatus.REJECTED,
        approver, at, why, d.version);
  }

  private void pendingBy(String approver) {
    if (d.status != RecordStatus.PENDING_APPROVAL) {
      throw new CreditException("credit.record.notPending", "status");
    }
    if (d.enteredBy.equals(approver)) {
      throw new CreditException("credit.record.secondPerson", "approver");
    }
  }

  /** Names the subject of a record that came from a case without a valid credit code (or was just entered). */
  public void identify(CreditSubject subject) {
    if (d.subjectId != null) {
      throw new CreditException("credit.record.alreadyIdentified", "subjectId");
    }
    d = new Data(d.id, d.tenant, subject.id(), subject.identity().name(), subject.identity(), d.kind, d.summary,
        d.legalBasis, d.internalNote, d.decidedOn, d.caseId, d.caseNumber, d.enteredBy, d.enteredAt, d.status,
        d.approvedBy, d.approvedAt, d.rejectionReason, d.version);
  }

  /** Can put its subject on the black list: an identified decision on a violation, in force. */
  public void checkListable() {
    if (d.status != RecordStatus.IN_FORCE || !d.kind.decision()) {
      throw new CreditException("credit.record.notListable", "recordId");
    }
    if (d.subjectId == null) {
      throw new CreditException("credit.record.unidentified", "recordId");
    }
  }

  public boolean inForce() {
    return d.status == RecordStatus.IN_FORCE;
  }

  private static String clip(String text) {
    return text != null && text.length() > 2000 ? text.substring(0, 1999) + "…" : text;
  }

  public Data data() {
    return d;
  }

  public RecordId id() {
    return d.id;
  }

  @Override
  public TenantId tenantId() {
    return d.tenant;
  }

  public SubjectId subjectId() {
    return d.subjectId;
  }

  public RecordKind kind() {
    return d.kind;
  }

  public RecordStatus status() {
    return d.status;
  }

  public LocalDate decidedOn() {
    return d.decidedOn;
  }

  public long version() {
    return d.version;
  }
}
