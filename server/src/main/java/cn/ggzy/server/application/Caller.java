package cn.ggzy.server.application;

import cn.ggzy.server.domain.model.account.Account;
import cn.ggzy.server.domain.model.account.Login;
import cn.ggzy.server.domain.model.account.Role;
import cn.ggzy.tenants.TenantId;
import java.util.Set;

/** The authenticated officer on whose behalf a use case runs; resolved once at the edge. */
public record Caller(Login login, TenantId tenant, Set<Role> roles, String displayName) {
  public Caller {
    roles = Set.copyOf(roles);
  }

  public static Caller of(Account account) {
    return new Caller(account.login(), account.tenantId(), account.roles(), account.displayName());
  }

  public boolean has(Role role) {
    return roles.contains(role);
  }

  /** Whether one of the caller's roles carries the permission (the one place role rules are decided). */
  public boolean may(Permission permission) {
    return permission.grantedTo(roles);
  }

  public boolean isSystemAdmin() {
    return has(Role.SYSTEM_ADMIN);
  }
}
