package cn.ggzy.server.domain.model.account;

import cn.ggzy.tenants.TenantId;
import cn.ggzy.tenants.TenantOwned;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * An officer's account, bound to one department tenant (or the supervision office). State changes
 * go through named methods; the password is only ever held as a hash.
 */
public final class Account implements TenantOwned {
  private final Login login;
  private final TenantId tenantId;
  private String displayName;
  private Set<Role> roles;
  private String passwordHash;
  private boolean enabled;
  private int failedAttempts;
  private Instant lockedUntil;
  private boolean mustChangePassword;
  private final Instant createdAt;
  private long version;
  /**
   * Counts the changes that end the sessions and tokens made before them: a password change or
   * reset, disabling. A session or token carries the count it was made at.
   */
  private int credentialsVersion;

  private Account(Login login, TenantId tenantId, String displayName, Set<Role> roles,
      String passwordHash, boolean enabled, int failedAttempts, Instant lockedUntil,
      boolean mustChangePassword, Instant createdAt, long version) {
    this.login = Objects.requireNonNull(login);
    this.tenantId = Objects.requireNonNull(tenantId);
    this.displayName = displayName;
    this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    this.passwordHash = Objects.requireNonNull(passwordHash);
    this.enabled = enabled;
    this.failedAttempts = failedAttempts;
    this.lockedUntil = lockedUntil;
    this.mustChangePassword = mustChangePassword;
    this.createdAt = createdAt;
    this.version = version;
  }

  /** Opens a new account; the officer must change the initial password at first login. */
  public static Account open(Login login, TenantId tenant, String displayName, Set<Role> roles,
      String passwordHash, boolean officeTenant, Instant at) {
    if (displayName == null || displayName.isBlank() || displayName.length() > 64) {
      throw new AccountException("account.displayName.invalid", "displayName");
    }
    checkRoles(roles, officeTenant);
    return new Account(login, tenant, displayName.trim(), roles, passwordHash, true, 0, null,
        true, at, 0);
  }

  /** Rebuilds a stored account (persistence only). */
  public static Account restore(Login login, TenantId tenant, String displayName, Set<Role> roles,
      String passwordHash, boolean enabled, int failedAttempts, Instant lockedUntil,
      boolean mustChangePassword, Instant createdAt, long version) {
    return restore(login, tenant, displayName, roles, passwordHash, enabled, failedAttempts, lockedUntil,
        mustChangePassword, createdAt, version, 0);
  }

  /** Rebuilds a stored account with its credentials version (persistence only). */
  public static Account restore(Login login, TenantId tenant, String displayName, Set<Role> roles,
      String passwordHash, boolean enabled, int failedAttempts, Instant lockedUntil,
      boolean mustChangePassword, Instant createdAt, long version, int credentialsVersion) {
    Account account = new Account(login, tenant, displayName, roles, passwordHash, enabled, failedAttempts,
        lockedUntil, mustChangePassword, createdAt, version);
    account.credentialsVersion = credentialsVersion;
    return account;
  }

  private static void checkRoles(Set<Role> roles, boolean officeTenant) {
    if (roles == null || roles.isEmpty()) {
      throw new AccountException("account.roles.empty", "roles");
    }
    if (!officeTenant && roles.stream().anyMatch(Role::officeWide)) {
      throw new AccountException("account.roles.officeOnly", "roles");
    }
  }

  public boolean isLocked(Instant at) {
    return lockedUntil != null && at.isBefore(lockedUntil);
  }

  /** Counts a failed login; locks the account when the policy's limit is reached. */
  public void recordFailedLogin(Instant at, PasswordPolicy policy) {
    failedAttempts++;
    if (failedAttempts >= policy.maxFailures()) {
      lockedUntil = at.plus(policy.lockDuration());
      failedAttempts = 0;
    }
  }

  /** Clears the failure count after a successful login; true when there was anything to clear. */
  public boolean recordSuccessfulLogin() {
    boolean changed = failedAttempts != 0 || lockedUntil != null;
    failedAttempts = 0;
    lockedUntil = null;
    return changed;
  }

  public void changePassword(String newHash) {
    passwordHash = Objects.requireNonNull(newHash);
    mustChangePassword = false;
    credentialsVersion++;
  }

  /** An administrator sets a new initial password; the officer must change it again. */
  public void resetPassword(String newHash) {
    passwordHash = Objects.requireNonNull(newHash);
    mustChangePassword = true;
    credentialsVersion++;
    failedAttempts = 0;
    lockedUntil = null;
  }

  public void assignRoles(Set<Role> newRoles, boolean officeTenant) {
    checkRoles(newRoles, officeTenant);
    roles = EnumSet.copyOf(newRoles);
  }

  public void disable() {
    if (enabled) {
      credentialsVersion++;
    }
    enabled = false;
  }

  public void enable() {
    enabled = true;
  }

  public boolean has(Role role) {
    return roles.contains(role);
  }

  public Login login() { return login; }
  @Override public TenantId tenantId() { return tenantId; }
  public String displayName() { return displayName; }
  public Set<Role> roles() { return Set.copyOf(roles); }
  public String passwordHash() { return passwordHash; }
  public boolean enabled() { return enabled; }
  public int failedAttempts() { return failedAttempts; }
  public Instant lockedUntil() { return lockedUntil; }
  public boolean mustChangePassword() { return mustChangePassword; }
  public Instant createdAt() { return createdAt; }
  public long version() { return version; }
  public int credentialsVersion() { return credentialsVersion; }
}
