package cn.ggzy.server.application.internal;

import cn.ggzy.server.application.Caller;
import cn.ggzy.server.application.OfficeScopes;
import cn.ggzy.server.application.Permission;
import cn.ggzy.server.application.TenantDirectory;
import cn.ggzy.server.domain.model.NotFoundException;
import cn.ggzy.tenants.Department;
import cn.ggzy.tenants.OfficeScope;
import cn.ggzy.tenants.TenantId;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * What a caller reaches of department-owned data: a department its own, the supervision office
 * (office roles in the office tenant) every department of its region through an audited
 * {@link OfficeScope}. Shared by the use cases whose aggregates belong to a department.
 */
public final class DepartmentReach {
  private final TenantDirectory directory;
  private final OfficeScopes scopes;

  public DepartmentReach(TenantDirectory directory, OfficeScopes scopes) {
    this.directory = directory;
    this.scopes = scopes;
  }

  /** True when the caller reads the whole region (an office role in the supervision office). */
  public boolean office(Caller caller) {
    boolean officeTenant = directory.department(caller.tenant()).map(Department::isOffice).orElse(false);
    return officeTenant && caller.may(Permission.OFFICE_WORK);
  }

  /**
   * The caller's own department's item {@code id}, or for the office any department's of its region
   * (the scope opened for {@code purpose}); otherwise not found on {@code field}, the same answer as
   * for an id that does not exist.
   */
  public <T> T load(Caller caller, String id, String purpose, String field,
      BiFunction<OfficeScope, String, Optional<T>> inRegion, BiFunction<TenantId, String, Optional<T>> inTenant) {
    String key = id == null ? "" : id.strip();
    Optional<T> found = office(caller) ? inRegion.apply(scopes.open(caller, purpose), key)
        : inTenant.apply(caller.tenant(), key);
    return found.orElseThrow(() -> new NotFoundException(field));
  }

  /** The department's name in Chinese, or its id when the directory does not know it. */
  public String name(TenantId tenant) {
    return directory.department(tenant).map(d -> d.name(Locale.SIMPLIFIED_CHINESE)).orElse(tenant.value());
  }
}
