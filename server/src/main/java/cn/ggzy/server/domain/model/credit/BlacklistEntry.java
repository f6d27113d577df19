package cn.ggzy.server.domain.model.credit;

import cn.ggzy.tenants.TenantId;
import cn.ggzy.tenants.TenantOwned;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A black-list entry (失信惩戒名单): only from a credit record of a decision, with its class, reason,
 * legal basis, measures and publication period checked against the class. It is public while
 * today lies in its period and it was not removed; its status is computed from the dates on
 * every read, so an expired entry is gone at once without any batch job.
 */
public final class BlacklistEntry implements TenantOwned {
  /** The stored state (persistence only). */
  public record Data(EntryId id, TenantId tenant, SubjectId subjectId, SubjectIdentity subject, RecordId recordId,
      String caseNumber, ListClass listClass, String reason, String legalBasis, Set<Measure> measures,
      PublicationPeriod period, String listedBy, Instant listedAt, LocalDate removedOn, String repairId,
      long version) {
    public Data {
      measures = measures.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(measures));
    }
  }

  private Data d;

  private BlacklistEntry(Data data) {
    this.d = data;
  }

  public static BlacklistEntry restore(Data data) {
    return new BlacklistEntry(data);
  }

  /** Lists the subject of a decision's record; the period must fit the class. */
  public static BlacklistEntry list(EntryId id, CreditRecord record, CreditSubject subject, ListClass listClass,
      String reason, String legalBasis, Set<Measure> measures, LocalDate start, LocalDate end, String by,
      Instant at) {
    record.checkListable();
    if (listClass == null) {
      throw new CreditException("credit.blacklist.class.required", "listClass");
    }
    if (measures == null || measures.isEmpty()) {
      throw new CreditException("credit.blacklist.measures.required", "measures");
    }
    if (measures.contains(Measure.SUSPEND_EXPERT) && !subject.identity().kind().naturalPerson()) {
      throw new CreditException("credit.blacklist.measure.expertOnly", "measures");
    }
    PublicationPeriod period = new PublicationPeriod(start, end);
    if (start.isBefore(record.decidedOn())) {
      throw new CreditException("credit.blacklist.start.beforeDecision", "start");
    }
    listClass.check(period);
    String basis = record.data().legalBasis();
    return new BlacklistEntry(new Data(id, record.tenantId(), subject.id(), subject.identity(), record.id(),
        record.data().caseNumber(), listClass,
        CreditTexts.required(reason, 1000, "credit.blacklist.reason.required", "reason"),
        CreditTexts.required(legalBasis == null || legalBasis.isBlank() ? basis : legalBasis, 500,
            "credit.blacklist.legalBasis.required", "legalBasis"),
        measures, period, by, at, null, null, 0));
  }

  public EntryStatus status(LocalDate today) {
    if (d.removedOn != null && !today.isBefore(d.removedOn)) {
      return EntryStatus.REMOVED;
    }
    if (today.isBefore(d.period.start())) {
      return EntryStatus.SCHEDULED;
    }
    return today.isAfter(d.period.end()) ? EntryStatus.EXPIRED : EntryStatus.PUBLISHED;
  }

  public LocalDate earliestRepair() {
    return d.listClass.earliestRepair(d.period.start());
  }

  /** Credit repair may be applied for today: published and the minimum period has passed. */
  public void checkRepairable(LocalDate today) {
    if (!status(today).published()) {
      throw new CreditException("credit.repair.notPublished", "entryId");
    }
    if (today.isBefore(earliestRepair())) {
      throw new CreditException("credit.repair.tooEarly", "entryId");
    }
  }

  /** Approved credit repair: off the public list from {@code on}, kept in the officers' history. */
  public void repaired(LocalDate on, RepairId repair) {
    if (d.removedOn != null) {
      throw new CreditException("credit.blacklist.alreadyRemoved", "entryId");
    }
    d = new Data(d.id, d.tenant, d.subjectId, d.subject, d.recordId, d.caseNumber, d.listClass, d.reason,
        d.legalBasis, d.measures, d.period, d.listedBy, d.listedAt, on, repair.value(), d.version);
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

  public PublicationPeriod period() {
    return d.period;
  }

  public List<Measure> measures() {
    return d.measures.stream().sorted().toList();
  }

  public long version() {
    return d.version;
  }
}
