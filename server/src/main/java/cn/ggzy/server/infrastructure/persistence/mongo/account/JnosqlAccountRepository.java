package cn.ggzy.server.infrastructure.persistence.mongo.account;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.regex;

import cn.ggzy.server.domain.model.ConcurrentChangeException;
import cn.ggzy.server.domain.model.NotFoundException;
import cn.ggzy.server.domain.model.account.Account;
import cn.ggzy.server.domain.model.account.AccountException;
import cn.ggzy.server.domain.model.account.AccountRepository;
import cn.ggzy.server.domain.model.account.Login;
import cn.ggzy.server.infrastructure.persistence.mongo.VersionedWrites;
import cn.ggzy.tenants.OfficeScope;
import cn.ggzy.tenants.TenantId;
import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.eclipse.jnosql.databases.mongodb.mapping.MongoDBTemplate;

@ApplicationScoped
public class JnosqlAccountRepository implements AccountRepository {
  private MongoDBTemplate template;
  private VersionedWrites writes;

  protected JnosqlAccountRepository() {}

  @Inject
  public JnosqlAccountRepository(MongoDBTemplate template, VersionedWrites writes) {
    this.template = template;
    this.writes = writes;
  }

  @Override
  public Optional<Account> find(TenantId tenant, Login login) {
    // an exact read of the unique key (every web request and API call re-reads its account), the
    // tenant checked on the document: another department's login is not found
    return first(eq("_id", login.value())).filter(a -> a.tenantId().equals(tenant));
  }

  @Override
  public List<Account> list(TenantId tenant) {
    return select(eq("tenantId", tenant.value()));
  }

  @Override
  public long count(TenantId tenant) {
    return template.count(AccountDocument.class, eq("tenantId", tenant.value()));
  }

  @Override
  public Optional<Account> find(OfficeScope scope, Login login) {
    return first(and(inRegion(scope), eq("_id", login.value())));
  }

  @Override
  public List<Account> list(OfficeScope scope) {
    return select(inRegion(scope));
  }

  private static Bson inRegion(OfficeScope scope) {
    return regex("tenantId", "^" + Pattern.quote(scope.region().value() + "-"));
  }

  @Override
  public Optional<Account> findForAuthentication(Login login) {
    return first(eq("_id", login.value()));
  }

  @Override
  public boolean loginTaken(Login login) {
    return template.count(AccountDocument.class, eq("_id", login.value())) > 0;
  }

  @Override
  public void store(TenantId tenant, Account account) {
    if (!account.tenantId().equals(tenant)) {
      throw new NotFoundException("login");
    }
    if (account.version() == 0) {
      try {
        template.insert(AccountDocument.of(account, 1));
      } catch (MongoWriteException e) {
        if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
          throw new AccountException("account.login.taken", "login");
        }
        throw e;
      }
      return;
    }
    boolean replaced = writes.replace(AccountDocument.of(account, account.version() + 1),
        VersionedWrites.guard(account.login().value(), tenant.value(), account.version()));
    if (!replaced) {
      if (find(tenant, account.login()).isPresent()) {
        throw new ConcurrentChangeException("account");
      }
      throw new NotFoundException("login");
    }
  }

  @Override
  public long countAll() {
    return template.count(AccountDocument.class, new Document());
  }

  private Optional<Account> first(Bson filter) {
    return template.<AccountDocument>select(AccountDocument.class, filter).findFirst()
        .map(AccountDocument::toAccount);
  }

  private List<Account> select(Bson filter) {
    return template.<AccountDocument>select(AccountDocument.class, filter)
        .map(AccountDocument::toAccount)
        .sorted(Comparator.comparing(a -> a.login().value()))
        .toList();
  }
}
