package cn.ggzy.server.domain.model.account;

import cn.ggzy.tenants.OfficeScope;
import cn.ggzy.tenants.TenantId;
import java.util.List;
import java.util.Optional;

/**
 * Accounts. Every finder takes the tenant (or an explicit office scope), except
 * {@link #findForAuthentication}, the single edge where the tenant is not yet known: it is what
 * resolves the tenant of the person logging in.
 */
public interface AccountRepository {
  Optional<Account> find(TenantId tenant, Login login);

  List<Account> list(TenantId tenant);

  long count(TenantId tenant);

  /** An account of any department of the scope's region. */
  Optional<Account> find(OfficeScope scope, Login login);

  /** Accounts of every department of the scope's region. */
  List<Account> list(OfficeScope scope);

  /** Resolves a login to its account for authentication only. */
  Optional<Account> findForAuthentication(Login login);

  boolean loginTaken(Login login);

  /** Inserts a new account or updates a stored one of the same tenant (optimistic: version must match). */
  void store(TenantId tenant, Account account);

  long countAll();
}
