package cn.ggzy.server.domain.model.credit;

import cn.ggzy.server.domain.model.calendar.Deadline;
import cn.ggzy.tenants.TenantId;
import cn.ggzy.tenants.TenantOwned;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A credit-repair application (信用修复申请) on a published black-list entry, kept by the entry's
 * department. The office decides within {@link #DECISION_WORKING_DAYS} working days after the day of
 * receipt (the region's calendar), extendable once by {@link #EXTENSION_WORKING_DAYS} with a reason
 * before the deadline has passed. The outcome and its text are published.
 */
public final class RepairApplication implements TenantOwned {
  public static final int DECISION_WORKING_DAYS = 3;
  public static final int EXTENSION_WORKING_DAYS = 3;

  /** The stored state (persistence only). */
  public record Data(RepairId id, TenantId tenant, EntryId entryId, SubjectId subjectId, String subjectName,
      RepairRequest request, Instant receivedAt, Deadline due, boolean extended, String extensionReason,
      String extendedBy, RepairStatus status, String decidedBy, Instant decidedAt, String decisionText,
      long version) {}

  private Data d;

  private RepairApplication(Data data) {
    this.d = data;
  }

  public static RepairApplication restore(Data data) {
    return new RepairApplication(data);
  }

  /** Receives an application: the entry is published, its minimum period passed, the identifier matches. */
  public static RepairApplication submit(RepairId id, BlacklistEntry entry, RepairRequest request,
      Instant receivedAt, LocalDate today, Deadline due) {
    entry.checkRepairable(today);
    if (!request.names(entry.data().subject())) {
      throw new CreditException("credit.repair.identity.mismatch", "identifier");
    }
    return new RepairApplication(new Data(id, entry.tenantId(), entry.id(), entry.subjectId(),
        entry.data().subject().name(), request, receivedAt, due, false, null, null, RepairStatus.SUBMITTED, null,
        null, null, 0));
  }

  /** Extends the decision deadline once, with a reason, while it is still running. */
  public void extend(String by, Instant at, String reason, Deadline extendedDue) {
    open();
    if (d.extended) {
      throw new CreditException("credit.repair.alreadyExtended", "extension");
    }
    if (!at.isBefore(d.due.due().toInstant())) {
      throw new CreditException("credit.repair.extension.late", "extension");
    }
    String why = CreditTexts.required(reason, 1000, "credit.repair.extension.reason.required", "reason");
    d = new Data(d.id, d.tenant, d.entryId, d.subjectId, d.subjectName, d.request, d.receivedAt, extendedDue, true,
        why, by, d.status, null, null, null, d.version);
  }

  /** 准予修复 or 不予修复, with the text that is published. */
  public void decide(boolean approve, String by, Instant at, String text) {
    open();
    String published = CreditTexts.required(text, 2000, "credit.repair.decision.text.required", "text");
    d = new Data(d.id, d.tenant, d.entryId, d.subjectId, d.subjectName, d.request, d.receivedAt, d.due, d.extended,
        d.extensionReason, d.extendedBy, approve ? RepairStatus.APPROVED : RepairStatus.REFUSED, by, at, published,
        d.version);
  }

  private void open() {
    if (!d.status.open()) {
      throw new CreditException("credit.repair.notOpen", "status");
    }
  }

  /** Still undecided when its deadline (24:00 of the last working day) has passed. */
  public boolean overdue(Instant now) {
    return d.status.open() && !now.isBefore(d.due.due().toInstant());
  }

  /** Decided after the deadline. */
  public boolean decidedLate() {
    return d.decidedAt != null && !d.decidedAt.isBefore(d.due.due().toInstant());
  }

  public Data data() {
    return d;
  }

  public RepairId id() {
    return d.id;
  }

  @Override
  public TenantId tenantId() {
    return d.tenant;
  }

  public RepairStatus status() {
    return d.status;
  }

  public Deadline due() {
    return d.due;
  }

  public long version() {
    return d.version;
  }
}
