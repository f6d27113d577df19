package cn.ggzy.server.application.internal.account;

import cn.ggzy.server.application.Caller;
import cn.ggzy.server.application.OfficeScopes;
import cn.ggzy.server.application.OfficerDirectory;
import cn.ggzy.server.application.TenantDirectory;
import cn.ggzy.server.domain.model.NotFoundException;
import cn.ggzy.server.domain.model.account.Account;
import cn.ggzy.server.domain.model.account.AccountRepository;
import cn.ggzy.server.domain.model.account.Login;
import cn.ggzy.server.domain.model.account.Role;
import cn.ggzy.tenants.Department;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class DefaultOfficerDirectory implements OfficerDirectory {
  private AccountRepository accounts;
  private TenantDirectory directory;
  private OfficeScopes scopes;

  protected DefaultOfficerDirectory() {}

  @Inject
  public DefaultOfficerDirectory(AccountRepository accounts, TenantDirectory directory, OfficeScopes scopes) {
    this.accounts = accounts;
    this.directory = directory;
    this.scopes = scopes;
  }

  @Override
  public List<OfficerSummary> colleagues(Caller caller) {
    return accounts.list(caller.tenant()).stream().map(DefaultOfficerDirectory::summary).toList();
  }

  @Override
  public OfficerSummary find(Caller caller, String login) {
    Login parsed = AccessRules.lookedUp(login);
    Optional<Account> own = accounts.find(caller.tenant(), parsed);
    if (own.isPresent()) {
      return summary(own.get());
    }
    if (seesWholeRegion(caller)) {
      return accounts.find(scopes.open(caller, "officer lookup " + parsed), parsed)
          .map(DefaultOfficerDirectory::summary)
          .orElseThrow(() -> new NotFoundException("login"));
    }
    throw new NotFoundException("login");
  }

  private boolean seesWholeRegion(Caller caller) {
    return caller.roles().stream().anyMatch(Role::officeWide)
        && directory.department(caller.tenant()).map(Department::isOffice).orElse(false);
  }

  private static OfficerSummary summary(Account a) {
    return new OfficerSummary(a.login().value(), a.displayName(), a.tenantId().value(), a.roles(), a.enabled());
  }
}
