package cn.ggzy.server.domain.model.tender;

import cn.ggzy.tenants.OfficeScope;
import cn.ggzy.tenants.TenantId;
import java.util.List;
import java.util.Optional;

/** Imported bids of one department; every method takes the department first. */
public interface TenderBidRepository {

  /** Stores the bid under its natural key, replacing an earlier import of the same key; true when replaced. */
  boolean store(TenantId tenant, TenderBid bid);

  Optional<TenderBid> find(TenantId tenant, String key);

  /** Every bid of one section of this department, in the order of their bidders' codes. */
  List<TenderBid> section(TenantId tenant, SectionKey section);

  long count(TenantId tenant);

  List<TenderBid> page(TenantId tenant, int offset, int limit);

  /** Who bid in which section and who won, for every bid of this department (no bid-file traces). */
  List<Participation> participations(TenantId tenant);

  /** The same for every department of the scope's region. */
  List<Participation> participations(OfficeScope scope);

  /** True when the department holds a bid of a tender of this project (one indexed-free existence probe). */
  boolean anyBidOfProject(TenantId tenant, String projectCode);

  /** Changes whenever a bid of the department is stored (number of bids and the latest import time). */
  String version(TenantId tenant);

  /** Changes whenever a bid of the region is stored. */
  String version(OfficeScope scope);
}
