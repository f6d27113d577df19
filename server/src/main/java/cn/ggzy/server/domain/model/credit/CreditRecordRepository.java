package cn.ggzy.server.domain.model.credit;

import cn.ggzy.tenants.OfficeScope;
import cn.ggzy.tenants.RegionCode;
import cn.ggzy.tenants.TenantId;
import java.util.List;
import java.util.Optional;

/** The credit records; every finder takes the tenant (or an office scope, or the region) first. */
public interface CreditRecordRepository {
  RecordId nextId();

  Optional<CreditRecord> find(TenantId tenant, RecordId id);

  /** The record that followed a case's decision, if any (one per case). */
  Optional<CreditRecord> findByCase(TenantId tenant, String caseId);

  /**
   * Stores a new record (version 0) or replaces the stored one if nobody changed it since it was read;
   * otherwise {@code ConcurrentChangeException}. A second record for the same case is refused
   * ({@code credit.record.caseRecorded}).
   */
  void store(TenantId tenant, CreditRecord record);

  /** One page of the tenant's records, newest decision first; {@code status} null for all. */
  List<CreditRecord> page(TenantId tenant, RecordStatus status, int offset, int limit);

  long count(TenantId tenant, RecordStatus status);

  /** The same for every department of the scope's region. */
  List<CreditRecord> page(OfficeScope scope, RecordStatus status, int offset, int limit);

  long count(OfficeScope scope, RecordStatus status);

  /**
   * The records in force about one subject across the region's departments: what its score and
   * the red list are computed from (the rules let every department of the region see them).
   */
  List<CreditRecord> inForce(RegionCode region, SubjectId subject);

  /** The region's subjects with at least one positive record in force (red-list candidates). */
  List<SubjectId> withPositiveRecords(RegionCode region);
}
