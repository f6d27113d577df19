package cn.ggzy.server.infrastructure.persistence.mongo.account;

import cn.ggzy.server.domain.model.account.Account;
import cn.ggzy.server.domain.model.account.Login;
import cn.ggzy.server.domain.model.account.Role;
import cn.ggzy.tenants.TenantId;
import jakarta.nosql.Column;
import jakarta.nosql.Entity;
import jakarta.nosql.Id;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Stored form of an {@link Account}; {@code _id} is the login, unique on the platform. */
@Entity("accounts")
public class AccountDocument {
  @Id String login;
  @Column String tenantId;
  @Column String displayName;
  @Column List<String> roles;
  @Column String passwordHash;
  @Column boolean enabled;
  @Column int failedAttempts;
  @Column Long lockedUntil;
  @Column boolean mustChangePassword;
  @Column long createdAt;
  @Column long version;
  /** Absent in accounts stored before it existed: 0. */
  @Column Integer credentialsVersion;

  public AccountDocument() {}

  static AccountDocument of(Account a, long version) {
    AccountDocument d = new AccountDocument();
    d.login = a.login().value();
    d.tenantId = a.tenantId().value();
    d.displayName = a.displayName();
    d.roles = a.roles().stream().map(Enum::name).sorted().toList();
    d.passwordHash = a.passwordHash();
    d.enabled = a.enabled();
    d.failedAttempts = a.failedAttempts();
    d.lockedUntil = a.lockedUntil() == null ? null : a.lockedUntil().toEpochMilli();
    d.mustChangePassword = a.mustChangePassword();
    d.createdAt = a.createdAt().toEpochMilli();
    d.version = version;
    d.credentialsVersion = a.credentialsVersion();
    return d;
  }

  Account toAccount() {
    Set<Role> parsed = EnumSet.noneOf(Role.class);
    roles.forEach(r -> parsed.add(Role.valueOf(r)));
    return Account.restore(new Login(login), TenantId.of(tenantId), displayName, parsed,
        passwordHash, enabled, failedAttempts,
        lockedUntil == null ? null : Instant.ofEpochMilli(lockedUntil), mustChangePassword,
        Instant.ofEpochMilli(createdAt), version, credentialsVersion == null ? 0 : credentialsVersion);
  }
}
