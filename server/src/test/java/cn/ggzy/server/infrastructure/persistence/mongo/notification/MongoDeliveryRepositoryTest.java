package cn.ggzy.server.infrastructure.persistence.mongo.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.ggzy.server.domain.model.notification.CaseRef;
import cn.ggzy.server.domain.model.notification.Delivery;
import cn.ggzy.server.domain.model.notification.DeliveryRepository;
import cn.ggzy.server.domain.model.notification.Device;
import cn.ggzy.server.domain.model.notification.DeviceChannel;
import cn.ggzy.server.domain.model.notification.DeviceOwner;
import cn.ggzy.server.domain.model.notification.Notification;
import cn.ggzy.server.domain.model.notification.NotificationKind;
import cn.ggzy.server.infrastructure.persistence.mongo.TestContainer;
import cn.ggzy.tenants.TenantId;
import cn.ggzy.tenants.testkit.TenantIsolationContract;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Deliveries to devices, held to the isolation contract. Both departments' officers use the same
 * login, so only the tenant keeps them apart. {@code find} reads the deliveries of the notification
 * ({@code ofNotification}), {@code list} and {@code count} the tenant's due deliveries ({@code due},
 * narrowed to this test's login), and a change is {@code update} to the next attempt.
 */
class MongoDeliveryRepositoryTest extends TenantIsolationContract<Delivery, String> {
  private static final AtomicInteger N = new AtomicInteger();
  private static final Instant AT = Instant.parse("2026-11-27T02:00:00Z");
  private static final int LIMIT = 1_000;
  private final DeliveryRepository repository = TestContainer.get(DeliveryRepository.class);
  private final String login = "push-" + N.incrementAndGet();
  private final Map<String, Delivery> known = new HashMap<>();

  @Override
  protected Delivery newAggregate(TenantId tenant) {
    String intent = "iso-push-" + N.incrementAndGet();
    Notification n = new Notification(intent + "/" + login, tenant, login, intent, NotificationKind.CASE_ASSIGNED,
        new CaseRef("case-" + intent, "麻城测〔2026〕2号", "隔离测试", tenant), AT, "李四", null, false);
    Device device = Device.register(new DeviceOwner(tenant, login), DeviceChannel.FCM, "fcm-token-" + intent, null,
        null, Locale.SIMPLIFIED_CHINESE, AT);
    Delivery d = Delivery.of(n, device, Locale.SIMPLIFIED_CHINESE, AT);
    known.put(d.id(), d);
    return d;
  }

  @Override
  protected String idOf(Delivery aggregate) {
    return aggregate.id();
  }

  @Override
  protected void store(TenantId tenant, Delivery aggregate) {
    assertEquals(tenant, aggregate.tenant());
    assertTrue(repository.add(aggregate), "a new delivery is stored");
  }

  @Override
  protected Optional<Delivery> find(TenantId tenant, String id) {
    return repository.ofNotification(tenant, known.get(id).notification().id()).stream()
        .filter(d -> d.id().equals(id)).findFirst();
  }

  @Override
  protected long count(TenantId tenant) {
    return list(tenant).size();
  }

  @Override
  protected List<Delivery> list(TenantId tenant) {
    return repository.due(tenant, AT, LIMIT).stream().filter(d -> d.login().equals(login)).toList();
  }

  /** Whoever holds the delivery writes its next attempt back as {@code tenant}; true when the owner's changed. */
  @Override
  protected boolean tryModify(TenantId tenant, String id) {
    Delivery original = known.get(id);
    repository.update(as(tenant, original).retryAfterFailure(AT));
    return find(original.tenant(), id).orElseThrow().attempt() != original.attempt();
  }

  private static Delivery as(TenantId tenant, Delivery d) {
    return new Delivery(d.id(), tenant, d.login(), d.deviceId(), d.channel(), d.language(), d.notification(),
        d.attempt(), d.nextAttemptAt(), d.status());
  }

  @Test
  void anotherDepartmentCannotMarkItSentNorSeeItsClaim() {
    Delivery a = newAggregate(DEPARTMENT_A);
    store(DEPARTMENT_A, a);
    repository.sent(as(DEPARTMENT_B, a), AT);
    assertEquals(Delivery.Status.PENDING, find(DEPARTMENT_A, a.id()).orElseThrow().status());
    assertTrue(repository.claim(a, "worker-1", AT));
    assertTrue(repository.claimedAt(as(DEPARTMENT_B, a)).isEmpty(), "B does not see A's claim");
    assertEquals(Optional.of(AT), repository.claimedAt(a));
    repository.sent(a, AT);
    assertEquals(Delivery.Status.SENT, find(DEPARTMENT_A, a.id()).orElseThrow().status());
    assertTrue(list(DEPARTMENT_A).stream().noneMatch(d -> d.id().equals(a.id())), "a sent delivery is no longer due");
  }
}
