package cn.ggzy.webui.admin.accounts;

import cn.ggzy.server.domain.model.account.Role;
import cn.ggzy.tenants.TenantId;
import java.util.Set;

/** What the new-account form asks the administrator for. */
public record NewAccount(TenantId tenant, String login, String displayName, Set<Role> roles) {
  public NewAccount {
    roles = Set.copyOf(roles);
  }
}
