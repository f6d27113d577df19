package cn.ggzy.server.infrastructure.persistence.mongo.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.ggzy.server.domain.model.notification.CaseRef;
import cn.ggzy.server.domain.model.notification.Notification;
import cn.ggzy.server.domain.model.notification.NotificationKind;
import cn.ggzy.server.domain.model.notification.NotificationRepository;
import cn.ggzy.server.infrastructure.persistence.mongo.TestContainer;
import cn.ggzy.tenants.TenantId;
import cn.ggzy.tenants.testkit.TenantIsolationContract;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The in-app inboxes, held to the isolation contract. Both departments' officers use the same login
 * here, so only the tenant keeps the inboxes apart. The port has no read by id: {@code find} looks
 * through the recipient's inbox ({@code latest}), {@code count} is the port's own count ({@code unread},
 * new notifications are unread) and a change is {@code markRead}.
 */
class MongoNotificationRepositoryTest extends TenantIsolationContract<Notification, String> {
  private static final AtomicInteger N = new AtomicInteger();
  private static final Instant AT = Instant.parse("2026-11-27T02:00:00Z");
  /** More than any one test stores: the whole inbox of this test's login. */
  private static final int PAGE = 500;
  private final NotificationRepository repository = TestContainer.get(NotificationRepository.class);
  private final String login = "inbox-" + N.incrementAndGet();
  private final Map<String, TenantId> owners = new HashMap<>();

  @Override
  protected Notification newAggregate(TenantId tenant) {
    String intent = "iso-intent-" + N.incrementAndGet();
    Notification n = new Notification(intent + "/" + login, tenant, login, intent, NotificationKind.CASE_RECEIVED,
        new CaseRef("case-" + intent, "麻城测〔2026〕1号", "隔离测试", tenant), AT, "张三", null, false);
    owners.put(n.id(), tenant);
    return n;
  }

  @Override
  protected String idOf(Notification aggregate) {
    return aggregate.id();
  }

  @Override
  protected void store(TenantId tenant, Notification aggregate) {
    assertEquals(tenant, aggregate.recipientTenant());
    assertTrue(repository.add(aggregate), "a new notification is stored");
  }

  @Override
  protected Optional<Notification> find(TenantId tenant, String id) {
    return list(tenant).stream().filter(n -> n.id().equals(id)).findFirst();
  }

  @Override
  protected long count(TenantId tenant) {
    return repository.unread(tenant, login);
  }

  @Override
  protected List<Notification> list(TenantId tenant) {
    return repository.latest(tenant, login, 0, PAGE);
  }

  /** Marks it read as {@code tenant}; true when the owner's copy is read afterwards. */
  @Override
  protected boolean tryModify(TenantId tenant, String id) {
    repository.markRead(tenant, login, id);
    return find(owners.get(id), id).orElseThrow().read();
  }

  @Test
  void markingEverythingReadInAnotherDepartmentLeavesTheOwnersInboxUnread() {
    Notification a = newAggregate(DEPARTMENT_A);
    store(DEPARTMENT_A, a);
    Notification b = newAggregate(DEPARTMENT_B);
    store(DEPARTMENT_B, b);
    repository.markRead(DEPARTMENT_B, login, null);
    assertEquals(0, repository.unread(DEPARTMENT_B, login));
    assertEquals(1, repository.unread(DEPARTMENT_A, login));
    assertFalse(find(DEPARTMENT_A, a.id()).orElseThrow().read());
    repository.markRead(DEPARTMENT_A, login, null);
    assertEquals(0, repository.unread(DEPARTMENT_A, login));
  }

  @Test
  void aNotificationIsStoredOnceAndReadBackWhole() {
    Notification a = newAggregate(DEPARTMENT_A);
    store(DEPARTMENT_A, a);
    assertFalse(repository.add(a), "the same notification is not stored twice");
    assertEquals(List.of(a), list(DEPARTMENT_A));
  }
}
