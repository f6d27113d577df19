package cn.ggzy.server.infrastructure.persistence.mongo.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.ggzy.server.TestClock;
import cn.ggzy.server.domain.model.ConcurrentChangeException;
import cn.ggzy.server.domain.model.NotFoundException;
import cn.ggzy.server.domain.model.account.Account;
import cn.ggzy.server.domain.model.account.AccountException;
import cn.ggzy.server.domain.model.account.AccountRepository;
import cn.ggzy.server.domain.model.account.Login;
import cn.ggzy.server.domain.model.account.Role;
import cn.ggzy.server.infrastructure.persistence.mongo.TestContainer;
import cn.ggzy.tenants.OfficeScope;
import cn.ggzy.tenants.TenantId;
import cn.ggzy.tenants.testkit.TenantIsolationContract;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The account repository on JNoSQL and the embedded MongoDB, held to the isolation contract. */
class JnosqlAccountRepositoryTest extends TenantIsolationContract<Account, Login> {
  private static final AtomicInteger SEQUENCE = new AtomicInteger();
  private final AccountRepository repository = TestContainer.get(AccountRepository.class);

  @Override
  protected Account newAggregate(TenantId tenant) {
    return Account.open(new Login("officer" + System.nanoTime() % 1_000_000 + "-" + SEQUENCE.incrementAndGet()),
        tenant, "测试人员", Set.of(Role.DEPARTMENT_OFFICER), "$argon2id$hash", false, TestClock.now());
  }

  @Override
  protected Login idOf(Account aggregate) {
    return aggregate.login();
  }

  @Override
  protected void store(TenantId tenant, Account aggregate) {
    repository.store(tenant, aggregate);
  }

  @Override
  protected Optional<Account> find(TenantId tenant, Login id) {
    return repository.find(tenant, id);
  }

  @Override
  protected long count(TenantId tenant) {
    return repository.count(tenant);
  }

  @Override
  protected List<Account> list(TenantId tenant) {
    return repository.list(tenant);
  }

  @Override
  protected boolean tryModify(TenantId tenant, Login id) {
    Optional<Account> visible = repository.find(tenant, id);
    // Even a forged aggregate claiming another tenant must not be written.
    Account forged = visible.orElseGet(() -> Account.restore(id, tenant, "冒名", Set.of(Role.DEPARTMENT_OFFICER),
        "x", true, 0, null, false, TestClock.now(), 1));
    forged.disable();
    try {
      repository.store(tenant, forged);
      return repository.find(tenant, id).map(a -> !a.enabled()).orElse(false);
    } catch (NotFoundException | ConcurrentChangeException e) {
      return false;
    }
  }

  @Test
  void storingUnderAnotherTenantThanTheAggregatesIsRefused() {
    Account a = newAggregate(DEPARTMENT_A);
    assertThrows(NotFoundException.class, () -> repository.store(DEPARTMENT_B, a));
  }

  @Test
  void aSecondWriterWithAStaleCopyIsToldAndNothingIsLost() {
    Account a = newAggregate(DEPARTMENT_A);
    repository.store(DEPARTMENT_A, a);
    Account first = repository.find(DEPARTMENT_A, a.login()).orElseThrow();
    Account second = repository.find(DEPARTMENT_A, a.login()).orElseThrow();
    first.assignRoles(Set.of(Role.DEPARTMENT_HEAD), false);
    repository.store(DEPARTMENT_A, first);
    second.disable();
    assertThrows(ConcurrentChangeException.class, () -> repository.store(DEPARTMENT_A, second));
    Account stored = repository.find(DEPARTMENT_A, a.login()).orElseThrow();
    assertEquals(Set.of(Role.DEPARTMENT_HEAD), stored.roles());
    assertTrue(stored.enabled());
  }

  @Test
  void aLoginIsUniqueAcrossTenants() {
    Account a = newAggregate(DEPARTMENT_A);
    repository.store(DEPARTMENT_A, a);
    Account twin = Account.open(a.login(), DEPARTMENT_B, "重名", Set.of(Role.DEPARTMENT_OFFICER), "h", false,
        TestClock.now());
    assertThrows(AccountException.class, () -> repository.store(DEPARTMENT_B, twin));
    assertTrue(repository.loginTaken(a.login()));
  }

  @Test
  void theOfficeScopeSeesItsRegionOnly() {
    Account a = newAggregate(DEPARTMENT_A);
    repository.store(DEPARTMENT_A, a);
    Account far = newAggregate(OTHER_REGION);
    repository.store(OTHER_REGION, far);
    OfficeScope scope = new OfficeScope(DEPARTMENT_A.region(), "leader", "test");
    assertTrue(repository.find(scope, a.login()).isPresent());
    assertTrue(repository.find(scope, far.login()).isEmpty());
    assertTrue(repository.list(scope).stream().noneMatch(x -> x.tenantId().equals(OTHER_REGION)));
  }
}
