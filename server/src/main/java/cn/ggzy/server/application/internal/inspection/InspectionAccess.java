package cn.ggzy.server.application.internal.inspection;

import cn.ggzy.server.application.Caller;
import cn.ggzy.server.application.OfficeScopes;
import cn.ggzy.server.application.Permission;
import cn.ggzy.server.application.TenantDirectory;
import cn.ggzy.server.domain.model.AccessDeniedException;
import cn.ggzy.server.domain.model.NotFoundException;
import cn.ggzy.server.domain.model.account.Role;
import cn.ggzy.tenants.Department;
import cn.ggzy.tenants.OfficeScope;
import cn.ggzy.tenants.TenantId;
import java.util.Optional;

/**
 * Who may do what in random inspections: department heads for their own department, the
 * supervision office's leaders and officers for every department of their region.
 */
final class InspectionAccess {
  private final TenantDirectory directory;
  private final OfficeScopes scopes;

  InspectionAccess(TenantDirectory directory, OfficeScopes scopes) {
    this.directory = directory;
    this.scopes = scopes;
  }

  boolean officeManager(Caller caller) {
    return directory.department(caller.tenant()).map(Department::isOffice).orElse(false)
        && caller.may(Permission.OFFICE_WORK);
  }

  /** Plans, rosters and publication of a tenant: its head, or the office of its region. */
  boolean mayManage(Caller caller, TenantId tenant) {
    if (officeManager(caller)) {
      return tenant.region().equals(caller.tenant().region());
    }
    return caller.has(Role.DEPARTMENT_HEAD) && caller.tenant().equals(tenant);
  }

  /** A department of the caller's region, or not found. */
  TenantId department(String tenantId) {
    try {
      TenantId tenant = TenantId.of(tenantId == null ? "" : tenantId.strip());
      return directory.department(tenant).map(Department::id).orElseThrow(() -> new NotFoundException("tenantId"));
    } catch (IllegalArgumentException e) {
      throw new NotFoundException("tenantId");
    }
  }

  /** The office's audited scope when the caller works on another department than its own. */
  Optional<OfficeScope> scopeFor(Caller caller, TenantId tenant, String purpose) {
    if (tenant.equals(caller.tenant())) {
      return Optional.empty();
    }
    if (!officeManager(caller) || !tenant.region().equals(caller.tenant().region())) {
      throw new NotFoundException("tenantId");
    }
    return Optional.of(scopes.open(caller, purpose));
  }

  void requireManage(Caller caller, TenantId tenant, String action) {
    if (!mayManage(caller, tenant)) {
      throw new AccessDeniedException(action);
    }
  }
}
