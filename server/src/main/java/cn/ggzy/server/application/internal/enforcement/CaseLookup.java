package cn.ggzy.server.application.internal.enforcement;

import cn.ggzy.server.application.TenantDirectory;
import cn.ggzy.server.domain.model.account.Account;
import cn.ggzy.server.domain.model.account.AccountException;
import cn.ggzy.server.domain.model.account.AccountRepository;
import cn.ggzy.server.domain.model.account.Login;
import cn.ggzy.server.domain.model.enforcement.CaseException;
import cn.ggzy.tenants.Department;
import cn.ggzy.tenants.DepartmentKind;
import cn.ggzy.tenants.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;

/** Officers and departments a case command names, checked against the directory. */
@ApplicationScoped
public class CaseLookup implements CaseCommands.Lookup {
  private AccountRepository accounts;
  private TenantDirectory directory;

  protected CaseLookup() {}

  @Inject
  public CaseLookup(AccountRepository accounts, TenantDirectory directory) {
    this.accounts = accounts;
    this.directory = directory;
  }

  @Override
  public String officerName(TenantId tenant, String login) {
    Login parsed;
    try {
      parsed = Login.parse(login.strip());
    } catch (AccountException e) {
      throw new CaseException("case.assignee.notInDepartment", "officer");
    }
    return accounts.find(tenant, parsed).filter(Account::enabled).map(Account::displayName)
        .orElseThrow(() -> new CaseException("case.assignee.notInDepartment", "officer"));
  }

  @Override
  public TenantId department(String tenant, String field, boolean mustHandleCases) {
    TenantId id = tenant(tenant == null ? "" : tenant.strip())
        .orElseThrow(() -> new CaseException("case.department.unknown", field));
    Department department = directory.department(id)
        .orElseThrow(() -> new CaseException("case.department.unknown", field));
    if (mustHandleCases && department.kind() == DepartmentKind.MEMBER_DEPARTMENT) {
      throw new CaseException("case.transfer.target.member", field);
    }
    return id;
  }

  static Optional<TenantId> tenant(String value) {
    try {
      return Optional.of(TenantId.of(value));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
