package cn.ggzy.server.application;

import cn.ggzy.tenants.Department;
import cn.ggzy.tenants.DepartmentKind;
import cn.ggzy.tenants.Region;
import cn.ggzy.tenants.RegionCode;
import cn.ggzy.tenants.TenantId;
import java.util.List;
import java.util.Optional;

/** The regions and their departments; adding them is for system administrators. */
public interface TenantDirectory {
  /** Every region (public: names of regions and departments are public information). */
  List<Region> regions();

  Optional<Region> region(RegionCode code);

  Optional<Department> department(TenantId tenant);

  /** The departments whose accounts the caller may administer. */
  List<Department> administrableDepartments(Caller caller);

  /** Adds a region with its supervision office. */
  Region addRegion(Caller caller, String code, String nameZh, String nameEn, String caseNumberPrefix,
      String officeNameZh, String officeNameEn);

  Region addDepartment(Caller caller, RegionCode region, String departmentCode, String nameZh,
      String nameEn, DepartmentKind kind);
}
