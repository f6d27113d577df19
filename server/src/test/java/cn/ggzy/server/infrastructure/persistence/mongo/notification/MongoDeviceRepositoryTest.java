package cn.ggzy.server.infrastructure.persistence.mongo.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.ggzy.server.domain.model.notification.Device;
import cn.ggzy.server.domain.model.notification.DeviceChannel;
import cn.ggzy.server.domain.model.notification.DeviceOwner;
import cn.ggzy.server.domain.model.notification.DeviceRepository;
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
 * Registered devices, held to the isolation contract. Both departments' officers use the same login,
 * so only the tenant keeps them apart. A change is registering the device again in another language:
 * the owner knows the device's address, another department knows no more than its id.
 */
class MongoDeviceRepositoryTest extends TenantIsolationContract<Device, String> {
  private static final AtomicInteger N = new AtomicInteger();
  private static final Instant AT = Instant.parse("2026-11-27T02:00:00Z");
  private final DeviceRepository repository = TestContainer.get(DeviceRepository.class);
  private final String login = "phone-" + N.incrementAndGet();
  private final Map<String, TenantId> owners = new HashMap<>();

  @Override
  protected Device newAggregate(TenantId tenant) {
    Device d = Device.register(new DeviceOwner(tenant, login), DeviceChannel.FCM, "fcm-token-iso-" + N.incrementAndGet(),
        null, null, Locale.SIMPLIFIED_CHINESE, AT);
    owners.put(d.id(), tenant);
    return d;
  }

  @Override
  protected String idOf(Device aggregate) {
    return aggregate.id();
  }

  @Override
  protected void store(TenantId tenant, Device aggregate) {
    assertEquals(tenant, aggregate.owner().tenant());
    repository.register(aggregate);
  }

  @Override
  protected Optional<Device> find(TenantId tenant, String id) {
    return repository.find(tenant, id);
  }

  @Override
  protected long count(TenantId tenant) {
    return list(tenant).size();
  }

  @Override
  protected List<Device> list(TenantId tenant) {
    return repository.of(tenant, login);
  }

  /**
   * Registers the device under {@code id} again, in English, as {@code tenant}, with the address the
   * tenant can read (another department cannot, so it uses one of its own); true when the owner's
   * device changed language or was taken away from the owner.
   */
  @Override
  protected boolean tryModify(TenantId tenant, String id) {
    String address = repository.find(tenant, id).map(Device::address).orElse("fcm-token-of-" + tenant.value());
    try {
      repository.register(new Device(id, new DeviceOwner(tenant, login), DeviceChannel.FCM, address, null, null,
          Locale.ENGLISH, AT));
    } catch (IllegalArgumentException refused) {
      return false;
    }
    return repository.find(owners.get(id), id).map(d -> Locale.ENGLISH.equals(d.language())).orElse(true);
  }

  @Override
  protected boolean tryDelete(TenantId tenant, String id) {
    return repository.remove(tenant, id);
  }

  @Test
  void theOwnerCanRemoveItsDevice() {
    Device a = newAggregate(DEPARTMENT_A);
    store(DEPARTMENT_A, a);
    assertTrue(tryDelete(DEPARTMENT_A, a.id()));
    assertTrue(repository.find(DEPARTMENT_A, a.id()).isEmpty());
  }

  @Test
  void aDeviceWhoseIdIsNotItsAddressesIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> repository.register(new Device("0123456789abcdef",
        new DeviceOwner(DEPARTMENT_B, login), DeviceChannel.WEB_PUSH, "https://push.example/x", "k", "a", null, AT)));
  }

  /** The one deliberate write by id alone: whoever holds the device's token (its address) takes it over. */
  @Test
  void theHolderOfTheDevicesTokenTakesItOver() {
    Device a = newAggregate(DEPARTMENT_A);
    store(DEPARTMENT_A, a);
    repository.register(Device.register(new DeviceOwner(DEPARTMENT_B, login), a.channel(), a.address(), null, null,
        Locale.ENGLISH, AT));
    assertTrue(repository.find(DEPARTMENT_A, a.id()).isEmpty());
    assertEquals(DEPARTMENT_B, repository.find(DEPARTMENT_B, a.id()).orElseThrow().owner().tenant());
  }
}
