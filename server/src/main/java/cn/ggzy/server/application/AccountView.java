package cn.ggzy.server.application;

import cn.ggzy.server.domain.model.account.Account;
import cn.ggzy.server.domain.model.account.Role;
import java.time.Instant;
import java.util.Set;

/** What the faces may show of an account (never the password hash). */
public record AccountView(String login, String tenantId, String displayName, Set<Role> roles,
    boolean enabled, boolean locked, boolean mustChangePassword, Instant createdAt) {

  public static AccountView of(Account a, Instant now) {
    return new AccountView(a.login().value(), a.tenantId().value(), a.displayName(), a.roles(),
        a.enabled(), a.isLocked(now), a.mustChangePassword(), a.createdAt());
  }
}
