package cn.ggzy.server.application;

import cn.ggzy.server.domain.model.account.Role;
import cn.ggzy.tenants.TenantId;
import java.util.List;
import java.util.Set;

/**
 * Administrators manage the accounts of their scope: a system administrator everywhere, an
 * office leader in the departments of the region, a department head in the department. An
 * account outside the caller's scope is "not found".
 */
public interface AccountAdministration {
  List<AccountView> accounts(Caller caller);

  AccountView find(Caller caller, String login);

  /** Creates the account and returns it with a generated initial password, shown once. */
  CreatedAccount create(Caller caller, TenantId tenant, String login, String displayName, Set<Role> roles);

  /** Sets a generated initial password, shown once; the officer must change it at next login. */
  String resetPassword(Caller caller, String login);

  AccountView disable(Caller caller, String login);

  AccountView enable(Caller caller, String login);

  AccountView assignRoles(Caller caller, String login, Set<Role> roles);

  /** The roles the caller may grant in the given tenant. */
  Set<Role> grantableRoles(Caller caller, TenantId tenant);

  record CreatedAccount(AccountView account, String initialPassword) {}
}
