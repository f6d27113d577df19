package cn.ggzy.server.application.internal.account;

import cn.ggzy.server.application.AccountAdministration;
import cn.ggzy.server.application.AccountView;
import cn.ggzy.server.application.Caller;
import cn.ggzy.server.application.OfficeScopes;
import cn.ggzy.server.application.TenantDirectory;
import cn.ggzy.server.domain.model.AccessDeniedException;
import cn.ggzy.server.domain.model.NotFoundException;
import cn.ggzy.server.domain.model.account.Account;
import cn.ggzy.server.domain.model.account.AccountException;
import cn.ggzy.server.domain.model.account.AccountRepository;
import cn.ggzy.server.domain.model.account.Login;
import cn.ggzy.server.domain.model.account.Role;
import cn.ggzy.server.domain.model.audit.AuditLog;
import cn.ggzy.server.domain.service.PasswordGenerator;
import cn.ggzy.server.domain.service.PasswordHasher;
import cn.ggzy.tenants.Department;
import cn.ggzy.tenants.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

@ApplicationScoped
public class DefaultAccountAdministration implements AccountAdministration {
  static final int INITIAL_PASSWORD_LENGTH = 14;

  private AccountRepository accounts;
  private TenantDirectory directory;
  private OfficeScopes scopes;
  private PasswordHasher hasher;
  private AuditLog audit;
  private Clock clock;

  protected DefaultAccountAdministration() {}

  @Inject
  public DefaultAccountAdministration(AccountRepository accounts, TenantDirectory directory,
      OfficeScopes scopes, PasswordHasher hasher, AuditLog audit, Clock clock) {
    this.accounts = accounts;
    this.directory = directory;
    this.scopes = scopes;
    this.hasher = hasher;
    this.audit = audit;
    this.clock = clock;
  }

  @Override
  public List<AccountView> accounts(Caller caller) {
    if (!AccessRules.mayAdministerAnything(caller)) {
      throw new AccessDeniedException("accounts.list");
    }
    Instant now = clock.instant();
    List<Account> found;
    if (caller.isSystemAdmin()) {
      found = directory.regions().stream()
          .flatMap(r -> r.departments().stream())
          .flatMap(d -> accounts.list(d.id()).stream())
          .toList();
      record(caller, caller.tenant(), "accounts.listed.all", "platform");
    } else if (caller.has(Role.OFFICE_LEADER)) {
      found = accounts.list(scopes.open(caller, "account administration"));
    } else {
      found = accounts.list(caller.tenant());
    }
    return found.stream()
        .sorted(Comparator.comparing((Account a) -> a.tenantId().value()).thenComparing(a -> a.login().value()))
        .map(a -> AccountView.of(a, now))
        .toList();
  }

  @Override
  public AccountView find(Caller caller, String login) {
    return AccountView.of(load(caller, login), clock.instant());
  }

  @Override
  public CreatedAccount create(Caller caller, TenantId tenant, String login, String displayName,
      Set<Role> roles) {
    Department department = directory.department(tenant)
        .orElseThrow(() -> new AccountException("account.tenant.unknown", "tenant"));
    if (!AccessRules.mayAdminister(caller, tenant)) {
      throw new AccountException("account.tenant.notYours", "tenant");
    }
    checkGrantable(caller, tenant, roles);
    Login parsed = Login.parse(login);
    if (accounts.loginTaken(parsed)) {
      throw new AccountException("account.login.taken", "login");
    }
    String password = PasswordGenerator.generate(INITIAL_PASSWORD_LENGTH);
    Account account = Account.open(parsed, tenant, displayName, roles,
        hasher.hash(password.toCharArray()), department.isOffice(), clock.instant());
    accounts.store(tenant, account);
    record(caller, tenant, "account.created", "account:" + parsed);
    return new CreatedAccount(AccountView.of(account, clock.instant()), password);
  }

  @Override
  public String resetPassword(Caller caller, String login) {
    String password = PasswordGenerator.generate(INITIAL_PASSWORD_LENGTH);
    change(caller, login, "account.passwordReset", a -> a.resetPassword(hasher.hash(password.toCharArray())));
    return password;
  }

  @Override
  public AccountView disable(Caller caller, String login) {
    if (caller.login().value().equals(login)) {
      throw new AccountException("account.disable.self", "login");
    }
    return change(caller, login, "account.disabled", Account::disable);
  }

  @Override
  public AccountView enable(Caller caller, String login) {
    return change(caller, login, "account.enabled", Account::enable);
  }

  @Override
  public AccountView assignRoles(Caller caller, String login, Set<Role> roles) {
    Account account = load(caller, login);
    checkGrantable(caller, account.tenantId(), roles);
    boolean office = directory.department(account.tenantId()).map(Department::isOffice).orElse(false);
    return change(caller, login, "account.rolesAssigned", a -> a.assignRoles(roles, office));
  }

  @Override
  public Set<Role> grantableRoles(Caller caller, TenantId tenant) {
    if (!AccessRules.mayAdminister(caller, tenant)) {
      return Set.of();
    }
    boolean office = directory.department(tenant).map(Department::isOffice).orElse(false);
    EnumSet<Role> roles = office
        ? EnumSet.of(Role.OFFICE_LEADER, Role.OFFICE_OFFICER, Role.DEPARTMENT_HEAD, Role.DEPARTMENT_OFFICER)
        : EnumSet.of(Role.DEPARTMENT_HEAD, Role.DEPARTMENT_OFFICER);
    if (office && caller.isSystemAdmin()) {
      roles.add(Role.SYSTEM_ADMIN);
    }
    if (!caller.isSystemAdmin() && !caller.has(Role.OFFICE_LEADER)) {
      roles.retainAll(EnumSet.of(Role.DEPARTMENT_OFFICER, Role.DEPARTMENT_HEAD));
    }
    return roles;
  }

  private void checkGrantable(Caller caller, TenantId tenant, Set<Role> roles) {
    if (roles == null || roles.isEmpty()) {
      throw new AccountException("account.roles.empty", "roles");
    }
    if (!grantableRoles(caller, tenant).containsAll(roles)) {
      throw new AccountException("account.roles.notGrantable", "roles");
    }
  }

  private AccountView change(Caller caller, String login, String action, Consumer<Account> change) {
    Account account = load(caller, login);
    change.accept(account);
    accounts.store(account.tenantId(), account);
    record(caller, account.tenantId(), action, "account:" + account.login());
    return AccountView.of(account, clock.instant());
  }

  /** Loads an account the caller may administer; anything else is "not found". */
  private Account load(Caller caller, String login) {
    Login parsed = AccessRules.lookedUp(login);
    for (Department d : candidateDepartments(caller)) {
      var found = accounts.find(d.id(), parsed);
      if (found.isPresent()) {
        return found.get();
      }
    }
    throw new NotFoundException("login");
  }

  private List<Department> candidateDepartments(Caller caller) {
    if (!AccessRules.mayAdministerAnything(caller)) {
      return List.of();
    }
    return directory.administrableDepartments(caller);
  }

  private void record(Caller caller, TenantId tenant, String action, String target) {
    audit.record(tenant, clock.instant(), caller.login().value(), action, target, null);
  }
}
