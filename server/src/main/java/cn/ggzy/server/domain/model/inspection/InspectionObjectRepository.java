package cn.ggzy.server.domain.model.inspection;

import cn.ggzy.tenants.OfficeScope;
import cn.ggzy.tenants.TenantId;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The departments' rosters of inspection objects; an object is known by (tenant, code). */
public interface InspectionObjectRepository {
  /** Adds the object or replaces the tenant's object of the same code. */
  void store(TenantId tenant, InspectionObject object);

  Optional<InspectionObject> find(TenantId tenant, String code);

  List<InspectionObject> list(TenantId tenant);

  long count(TenantId tenant);

  boolean remove(TenantId tenant, String code);

  /** The objects of the given departments of the scope's region (joint plans of the office). */
  List<InspectionObject> list(OfficeScope scope, Set<TenantId> departments);
}
