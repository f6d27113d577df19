package cn.ggzy.server.domain.model.inspection;

import cn.ggzy.tenants.OfficeScope;
import cn.ggzy.tenants.RegionCode;
import cn.ggzy.tenants.TenantId;
import java.util.List;
import java.util.Optional;

/** Inspection plans; written compare-and-set on their version. */
public interface InspectionPlanRepository {
  PlanId nextId();

  /** Inserts a new plan (version 0) or replaces the stored one of the same tenant and version. */
  void store(TenantId tenant, InspectionPlan plan);

  Optional<InspectionPlan> find(TenantId tenant, PlanId id);

  /** The tenant's plans, newest first. */
  List<InspectionPlan> list(TenantId tenant);

  long count(TenantId tenant);

  /** Every plan of the scope's region, newest first (the office's overview). */
  List<InspectionPlan> list(OfficeScope scope);

  /** A plan of the region that is public (committed or drawn). */
  Optional<InspectionPlan> findPublic(RegionCode region, PlanId id);

  /** The region's public plans, newest first. */
  List<InspectionPlan> listPublic(RegionCode region, int offset, int limit);
}
