package cn.ggzy.server.domain.model.credit;

import cn.ggzy.tenants.RegionCode;
import cn.ggzy.tenants.TenantId;
import java.util.List;
import java.util.Optional;

/** Credit-repair applications, kept by the department of the entry; finders take the tenant first. */
public interface RepairRepository {
  RepairId nextId();

  Optional<RepairApplication> find(TenantId tenant, RepairId id);

  /** Stores new (version 0; one open application per entry, else {@code credit.repair.pending}) or compare-and-set. */
  void store(TenantId tenant, RepairApplication application);

  /** The tenant's applications, oldest deadline first; {@code openOnly} for those still undecided. */
  List<RepairApplication> page(TenantId tenant, boolean openOnly, int offset, int limit);

  long count(TenantId tenant, boolean openOnly);

  /** The applications about one entry (public outcome on the subject's page), newest first. */
  List<RepairApplication> forEntry(RegionCode region, EntryId entry);

  /** The decided applications about a subject (the published outcomes), newest first. */
  List<RepairApplication> decidedFor(RegionCode region, SubjectId subject);
}
