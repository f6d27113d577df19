package cn.ggzy.server.application.internal.account;

import cn.ggzy.server.application.Caller;
import cn.ggzy.server.application.OfficeScopes;
import cn.ggzy.server.application.TenantDirectory;
import cn.ggzy.server.domain.model.AccessDeniedException;
import cn.ggzy.server.domain.model.NotFoundException;
import cn.ggzy.server.domain.model.account.Role;
import cn.ggzy.server.domain.model.audit.AuditLog;
import cn.ggzy.tenants.Department;
import cn.ggzy.tenants.OfficeScope;
import cn.ggzy.tenants.RegionCode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;

@ApplicationScoped
public class DefaultOfficeScopes implements OfficeScopes {
  private TenantDirectory directory;
  private AuditLog audit;
  private Clock clock;

  protected DefaultOfficeScopes() {}

  @Inject
  public DefaultOfficeScopes(TenantDirectory directory, AuditLog audit, Clock clock) {
    this.directory = directory;
    this.audit = audit;
    this.clock = clock;
  }

  @Override
  public OfficeScope open(Caller caller, String purpose) {
    boolean officeTenant = directory.department(caller.tenant()).map(Department::isOffice).orElse(false);
    boolean officeRole = caller.roles().stream().anyMatch(Role::officeWide);
    if (!officeTenant || !officeRole) {
      throw new AccessDeniedException("officeScope");
    }
    audit.record(caller.tenant(), clock.instant(), caller.login().value(), "scope.office.opened",
        "region:" + caller.tenant().region(), purpose);
    return new OfficeScope(caller.tenant().region(), caller.login().value(), purpose);
  }

  @Override
  public OfficeScope forSystem(RegionCode region, String purpose) {
    Department office = directory.region(region).map(r -> r.office())
        .orElseThrow(() -> new NotFoundException("region"));
    audit.record(office.id(), clock.instant(), "system", "scope.office.opened", "region:" + region, purpose);
    return new OfficeScope(region, "system", purpose);
  }
}
