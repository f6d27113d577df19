package cn.ggzy.server.application.internal.account;

import cn.ggzy.server.application.Caller;
import cn.ggzy.server.application.Permission;
import cn.ggzy.server.domain.model.NotFoundException;
import cn.ggzy.server.domain.model.account.AccountException;
import cn.ggzy.server.domain.model.account.Login;
import cn.ggzy.server.domain.model.account.Role;
import cn.ggzy.tenants.TenantId;

/** Who may administer the accounts of which tenant. */
public final class AccessRules {
  private AccessRules() {}

  static boolean mayAdminister(Caller caller, TenantId tenant) {
    if (caller.isSystemAdmin()) {
      return true;
    }
    if (caller.has(Role.OFFICE_LEADER) && caller.tenant().region().equals(tenant.region())) {
      return true;
    }
    return caller.has(Role.DEPARTMENT_HEAD) && caller.tenant().equals(tenant);
  }

  /** A login typed by a caller to look someone up: a malformed one is simply not found. */
  public static Login lookedUp(String login) {
    try {
      return Login.parse(login);
    } catch (AccountException e) {
      throw new NotFoundException("login");
    }
  }

  static boolean mayAdministerAnything(Caller caller) {
    return caller.may(Permission.ADMINISTER_ACCOUNTS);
  }
}
