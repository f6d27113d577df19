package cn.ggzy.server.domain.model.enforcement;

import cn.ggzy.server.domain.model.account.Role;
import cn.ggzy.tenants.TenantId;
import java.util.Objects;
import java.util.Set;

/**
 * The officer acting on a case: login, display name, department tenant, roles, and whether that
 * tenant is the supervision office of its region (resolved by the application).
 */
public record Actor(String login, String name, TenantId tenant, Set<Role> roles, boolean office) {
  public Actor {
    Objects.requireNonNull(login);
    Objects.requireNonNull(tenant);
    roles = Set.copyOf(roles);
  }

  public boolean has(Role role) {
    return roles.contains(role);
  }

  /** Officer-level roles act on a case only once it is theirs; heads and leaders always may. */
  public boolean managerial() {
    return has(Role.DEPARTMENT_HEAD) || has(Role.OFFICE_LEADER);
  }
}
