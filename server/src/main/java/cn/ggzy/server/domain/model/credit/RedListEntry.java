package cn.ggzy.server.domain.model.credit;

import cn.ggzy.tenants.TenantId;
import cn.ggzy.tenants.TenantOwned;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A red-list entry (守信激励名单) of the region's supervision office: proposed automatically when a
 * subject meets the region's criteria, published only after an officer confirms it, for the
 * criteria's validity; ended early by a new negative record ("one violation limits you everywhere").
 */
public final class RedListEntry implements TenantOwned {
  /** The stored state (persistence only). */
  public record Data(EntryId id, TenantId tenant, SubjectId subjectId, SubjectIdentity subject,
      int yearsWithoutNegative, long positiveRecords, BigDecimal score, Instant proposedAt, RedListStatus status, String decidedBy, Instant decidedAt,
      String rejectionReason, PublicationPeriod period, LocalDate endedOn, long version) {}

  private Data d;

  private RedListEntry(Data data) {
    this.d = data;
  }

  public static RedListEntry restore(Data data) {
    return new RedListEntry(data);
  }

  /** A proposal from the facts that met the criteria. */
  public static RedListEntry propose(EntryId id, TenantId office, CreditSubject subject,
      CreditScoring.Eligibility facts, Instant at) {
    return new RedListEntry(new Data(id, office, subject.id(), subject.identity(), facts.yearsWithoutNegative(),
        facts.positiveRecords(), facts.score(), at,
        RedListStatus.PROPOSED, null, null, null, null, null, 0));
  }

  /** Confirmed: published from {@code today} for {@code months} months. */
  public void confirm(String by, Instant at, LocalDate today, int months) {
    proposed();
    d = new Data(d.id, d.tenant, d.subjectId, d.subject, d.yearsWithoutNegative, d.positiveRecords, d.score, d.proposedAt, RedListStatus.CONFIRMED, by,
        at, null, new PublicationPeriod(today, PublicationPeriod.lastDayOf(today, months)), null, d.version);
  }

  public void reject(String by, Instant at, String reason) {
    proposed();
    String why = CreditTexts.required(reason, 1000, "credit.redlist.rejection.reason.required", "reason");
    d = new Data(d.id, d.tenant, d.subjectId, d.subject, d.yearsWithoutNegative, d.positiveRecords, d.score, d.proposedAt, RedListStatus.REJECTED, by,
        at, why, null, null, d.version);
  }

  /**
   * A negative record came into force: a proposal lapses (rejected by the rules), a confirmed entry
   * leaves the public list from {@code on}. Returns false when there was nothing to end.
   */
  public boolean endByNegativeRecord(LocalDate on, Instant at) {
    if (d.status == RedListStatus.PROPOSED) {
      d = new Data(d.id, d.tenant, d.subjectId, d.subject, d.yearsWithoutNegative, d.positiveRecords, d.score, d.proposedAt, RedListStatus.REJECTED,
          "system:credit", at, "negative record", null, null, d.version);
      return true;
    }
    if (d.status == RedListStatus.CONFIRMED && d.endedOn == null && !on.isAfter(d.period.end())) {
      d = new Data(d.id, d.tenant, d.subjectId, d.subject, d.yearsWithoutNegative, d.positiveRecords, d.score, d.proposedAt, d.status, d.decidedBy,
          d.decidedAt, null, d.period, on, d.version);
      return true;
    }
    return false;
  }

  private void proposed() {
    if (d.status != RedListStatus.PROPOSED) {
      throw new CreditException("credit.redlist.notProposed", "status");
    }
  }

  /** For a confirmed entry, its status on {@code today}; null for proposals and rejected ones. */
  public EntryStatus status(LocalDate today) {
    if (d.status != RedListStatus.CONFIRMED) {
      return null;
    }
    if (d.endedOn != null && !today.isBefore(d.endedOn)) {
      return EntryStatus.REMOVED;
    }
    if (today.isBefore(d.period.start())) {
      return EntryStatus.SCHEDULED;
    }
    return today.isAfter(d.period.end()) ? EntryStatus.EXPIRED : EntryStatus.PUBLISHED;
  }

  /** Still proposed, or confirmed and not over on {@code today}: no second proposal is made. */
  public boolean current(LocalDate today) {
    return d.status == RedListStatus.PROPOSED
        || d.status == RedListStatus.CONFIRMED && status(today) != EntryStatus.EXPIRED
        && status(today) != EntryStatus.REMOVED;
  }

  public Data data() {
    return d;
  }

  public EntryId id() {
    return d.id;
  }

  @Override
  public TenantId tenantId() {
    return d.tenant;
  }

  public SubjectId subjectId() {
    return d.subjectId;
  }

  public RedListStatus listStatus() {
    return d.status;
  }

  public long version() {
    return d.version;
  }
}
