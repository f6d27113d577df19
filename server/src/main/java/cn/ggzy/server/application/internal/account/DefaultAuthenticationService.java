package cn.ggzy.server.application.internal.account;

import cn.ggzy.server.application.AuthenticationService;
import cn.ggzy.server.application.Caller;
import cn.ggzy.server.domain.model.NotFoundException;
import cn.ggzy.server.domain.model.account.Account;
import cn.ggzy.server.domain.model.account.AccountException;
import cn.ggzy.server.domain.model.account.AccountRepository;
import cn.ggzy.server.domain.model.account.Login;
import cn.ggzy.server.domain.model.account.PasswordPolicy;
import cn.ggzy.server.domain.model.audit.AuditLog;
import cn.ggzy.server.domain.service.PasswordHasher;
import cn.ggzy.tenants.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Logger;

@ApplicationScoped
public class DefaultAuthenticationService implements AuthenticationService {
  private static final Logger LOG = Logger.getLogger(DefaultAuthenticationService.class.getName());
  /** Verified against when the login is unknown, so that timing does not tell which logins exist. */
  private String decoyHash;

  private AccountRepository accounts;
  private PasswordHasher hasher;
  private AuditLog audit;
  private Clock clock;
  private PasswordPolicy policy = PasswordPolicy.DEFAULT;
  private LoginThrottle throttle;

  protected DefaultAuthenticationService() {}

  @Inject
  public DefaultAuthenticationService(AccountRepository accounts, PasswordHasher hasher,
      AuditLog audit, Clock clock) {
    this.accounts = accounts;
    this.hasher = hasher;
    this.audit = audit;
    this.clock = clock;
    this.throttle = new LoginThrottle(clock);
  }

  @Override
  public AuthenticationResult authenticate(String login, String password) {
    return authenticate(login, password, null);
  }

  /**
   * No account is ever locked by wrong passwords (anyone could lock anyone out): tries are slowed
   * per client address and login instead ({@link LoginThrottle}), before the account is even looked
   * up; an unknown login, a wrong password and a disabled account get the same answer after the
   * same password hashing.
   */
  @Override
  public AuthenticationResult authenticate(String login, String password, String clientAddress) {
    Instant now = clock.instant();
    long wait = throttle.waitSeconds(login, clientAddress);
    if (wait > 0) {
      return new AuthenticationResult.Failure("auth.throttled", wait);
    }
    Optional<Account> found;
    try {
      found = accounts.findForAuthentication(Login.parse(login));
    } catch (AccountException malformed) {
      found = Optional.empty();
    }
    char[] typed = password == null ? new char[0] : password.toCharArray();
    boolean matches = hasher.verify(typed, found.map(Account::passwordHash).orElseGet(this::decoyHash));
    if (found.isEmpty() || !matches || !found.get().enabled()) {
      throttle.failed(login, clientAddress);
      found.ifPresent(account -> {
        record(account, now, "auth.failed");
        LOG.info(() -> "Failed login for an account of tenant " + account.tenantId());
      });
      return new AuthenticationResult.Failure("auth.invalidCredentials", 0);
    }
    Account account = found.get();
    throttle.succeeded(login, clientAddress);
    if (account.recordSuccessfulLogin()) {
      accounts.store(account.tenantId(), account);
    }
    record(account, now, "auth.login");
    return success(account);
  }

  private static AuthenticationResult.Success success(Account account) {
    return new AuthenticationResult.Success(Caller.of(account), account.mustChangePassword(),
        account.credentialsVersion());
  }

  @Override
  public Optional<AuthenticationResult.Success> current(String tenantId, String login, int credentialsVersion) {
    try {
      return accounts.find(TenantId.of(tenantId), Login.parse(login))
          .filter(Account::enabled)
          .filter(a -> a.credentialsVersion() == credentialsVersion)
          .map(DefaultAuthenticationService::success);
    } catch (IllegalArgumentException | NullPointerException | AccountException e) {
      return Optional.empty();
    }
  }

  @Override
  public int changePassword(Caller caller, String currentPassword, String newPassword) {
    Account account = accounts.find(caller.tenant(), caller.login())
        .orElseThrow(() -> new NotFoundException("login"));
    if (!hasher.verify(currentPassword == null ? new char[0] : currentPassword.toCharArray(),
        account.passwordHash())) {
      throw new AccountException("account.password.currentWrong", "currentPassword");
    }
    policy.check(newPassword);
    if (newPassword.equals(currentPassword)) {
      throw new AccountException("account.password.unchanged", "newPassword");
    }
    account.changePassword(hasher.hash(newPassword.toCharArray()));
    accounts.store(caller.tenant(), account);
    record(account, clock.instant(), "account.passwordChanged");
    return account.credentialsVersion();
  }

  private void record(Account account, Instant at, String action) {
    audit.record(account.tenantId(), at, account.login().value(), action, "account:" + account.login(), null);
  }

  private synchronized String decoyHash() {
    if (decoyHash == null) {
      decoyHash = hasher.hash("decoy-password-never-matches".toCharArray());
    }
    return decoyHash;
  }
}
