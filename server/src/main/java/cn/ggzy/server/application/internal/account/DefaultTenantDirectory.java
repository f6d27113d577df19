package cn.ggzy.server.application.internal.account;

import cn.ggzy.server.application.Caller;
import cn.ggzy.server.application.TenantDirectory;
import cn.ggzy.server.domain.model.AccessDeniedException;
import cn.ggzy.server.domain.model.DomainException;
import cn.ggzy.server.domain.model.account.Role;
import cn.ggzy.server.domain.model.audit.AuditLog;
import cn.ggzy.server.domain.model.region.RegionRepository;
import cn.ggzy.tenants.Department;
import cn.ggzy.tenants.DepartmentKind;
import cn.ggzy.tenants.Region;
import cn.ggzy.tenants.RegionCode;
import cn.ggzy.tenants.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

@ApplicationScoped
public class DefaultTenantDirectory implements TenantDirectory {
  static final String OFFICE_CODE = "jgb";

  private RegionRepository regions;
  private AuditLog audit;
  private Clock clock;

  protected DefaultTenantDirectory() {}

  @Inject
  public DefaultTenantDirectory(RegionRepository regions, AuditLog audit, Clock clock) {
    this.regions = regions;
    this.audit = audit;
    this.clock = clock;
  }

  @Override
  public List<Region> regions() {
    return regions.all();
  }

  @Override
  public Optional<Region> region(RegionCode code) {
    return regions.find(code);
  }

  @Override
  public Optional<Department> department(TenantId tenant) {
    return regions.find(tenant.region()).flatMap(r -> r.department(tenant));
  }

  @Override
  public List<Department> administrableDepartments(Caller caller) {
    if (caller.isSystemAdmin()) {
      return regions.all().stream().flatMap(r -> r.departments().stream()).toList();
    }
    if (caller.has(Role.OFFICE_LEADER)) {
      return regions.find(caller.tenant().region()).map(Region::departments).orElse(List.of());
    }
    if (caller.has(Role.DEPARTMENT_HEAD)) {
      return department(caller.tenant()).stream().toList();
    }
    return List.of();
  }

  @Override
  public Region addRegion(Caller caller, String code, String nameZh, String nameEn,
      String caseNumberPrefix, String officeNameZh, String officeNameEn) {
    requireSystemAdmin(caller);
    RegionCode regionCode = parse(() -> RegionCode.of(code == null ? "" : code.trim()), "region.code.invalid", "code");
    if (regions.find(regionCode).isPresent()) {
      throw new DomainException("region.exists", "code");
    }
    Department office = parse(() -> new Department(TenantId.of(regionCode, OFFICE_CODE), officeNameZh,
        officeNameEn, DepartmentKind.SUPERVISION_OFFICE), "department.name.invalid", "officeName");
    Region region = parse(() -> new Region(regionCode, nameZh, nameEn, caseNumberPrefix, List.of(office)),
        "region.invalid", "name");
    regions.store(region);
    record(caller, office.id(), "region.added", "region:" + regionCode);
    return region;
  }

  @Override
  public Region addDepartment(Caller caller, RegionCode code, String departmentCode, String nameZh,
      String nameEn, DepartmentKind kind) {
    requireSystemAdmin(caller);
    Region region = regions.find(code).orElseThrow(() -> new DomainException("region.unknown", "region"));
    if (kind == DepartmentKind.SUPERVISION_OFFICE) {
      throw new DomainException("department.secondOffice", "kind");
    }
    TenantId id = parse(() -> TenantId.of(code, departmentCode == null ? "" : departmentCode.trim()),
        "department.code.invalid", "code");
    if (region.department(id).isPresent()) {
      throw new DomainException("department.exists", "code");
    }
    Department department = parse(() -> new Department(id, nameZh, nameEn, kind),
        "department.name.invalid", "name");
    Region updated = region.withDepartment(department);
    regions.store(updated);
    record(caller, id, "department.added", "department:" + id);
    return updated;
  }

  private void requireSystemAdmin(Caller caller) {
    if (!caller.isSystemAdmin()) {
      throw new AccessDeniedException("tenants.manage");
    }
  }

  private void record(Caller caller, TenantId tenant, String action, String target) {
    audit.record(tenant, clock.instant(), caller.login().value(), action, target, null);
  }

  private static <T> T parse(Supplier<T> make, String code, String field) {
    try {
      return make.get();
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new DomainException(code, field);
    }
  }
}
