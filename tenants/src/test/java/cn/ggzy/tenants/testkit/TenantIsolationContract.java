package cn.ggzy.tenants.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.ggzy.tenants.TenantId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The isolation contract every tenant-owned repository must pass: what department A stores is
 * invisible, unmodifiable, undeletable and uncounted for department B, also when B knows its id.
 * A repository test extends this class and tells it how to store, find, count, list and change.
 *
 * @param <T> the aggregate
 * @param <I> its identity
 */
public abstract class TenantIsolationContract<T, I> {
  protected static final TenantId DEPARTMENT_A = TenantId.of("421181-zjj");
  protected static final TenantId DEPARTMENT_B = TenantId.of("421181-jtj");
  protected static final TenantId OTHER_REGION = TenantId.of("420100-zjj");

  /** A fresh aggregate owned by {@code tenant}, not yet stored. */
  protected abstract T newAggregate(TenantId tenant);

  protected abstract I idOf(T aggregate);

  protected abstract void store(TenantId tenant, T aggregate);

  protected abstract Optional<T> find(TenantId tenant, I id);

  protected abstract long count(TenantId tenant);

  protected abstract List<T> list(TenantId tenant);

  /** Tries to change the aggregate as {@code tenant}; returns true when the change was applied. */
  protected abstract boolean tryModify(TenantId tenant, I id);

  /** Tries to delete as {@code tenant}; returns true when it was deleted. Default: no deletion exists. */
  protected boolean tryDelete(TenantId tenant, I id) {
    return false;
  }

  @Test
  void storedDataIsVisibleToItsOwnTenant() {
    T a = newAggregate(DEPARTMENT_A);
    store(DEPARTMENT_A, a);
    assertTrue(find(DEPARTMENT_A, idOf(a)).isPresent(), "owner must find its own data");
    assertTrue(list(DEPARTMENT_A).stream().anyMatch(x -> idOf(x).equals(idOf(a))));
  }

  @Test
  void anotherDepartmentCannotSeeItEvenWithTheId() {
    T a = newAggregate(DEPARTMENT_A);
    store(DEPARTMENT_A, a);
    assertFalse(find(DEPARTMENT_B, idOf(a)).isPresent(), "department B must not find A's data");
    assertFalse(find(OTHER_REGION, idOf(a)).isPresent(), "another region must not find A's data");
    assertTrue(list(DEPARTMENT_B).stream().noneMatch(x -> idOf(x).equals(idOf(a))));
  }

  @Test
  void anotherDepartmentDoesNotCountIt() {
    long before = count(DEPARTMENT_B);
    long ownBefore = count(DEPARTMENT_A);
    store(DEPARTMENT_A, newAggregate(DEPARTMENT_A));
    assertEquals(before, count(DEPARTMENT_B));
    assertEquals(ownBefore + 1, count(DEPARTMENT_A));
  }

  @Test
  void anotherDepartmentCannotModifyOrDeleteIt() {
    T a = newAggregate(DEPARTMENT_A);
    store(DEPARTMENT_A, a);
    assertFalse(tryModify(DEPARTMENT_B, idOf(a)), "department B must not change A's data");
    assertFalse(tryDelete(DEPARTMENT_B, idOf(a)), "department B must not delete A's data");
    assertTrue(find(DEPARTMENT_A, idOf(a)).isPresent());
  }

  /** True for append-only stores (audit trails): then not even the owner may change an entry. */
  protected boolean appendOnly() {
    return false;
  }

  @Test
  void theOwnerCanModifyItUnlessAppendOnly() {
    T a = newAggregate(DEPARTMENT_A);
    store(DEPARTMENT_A, a);
    assertEquals(!appendOnly(), tryModify(DEPARTMENT_A, idOf(a)),
        appendOnly() ? "an append-only entry must not change" : "the owner must be able to change its data");
  }
}
