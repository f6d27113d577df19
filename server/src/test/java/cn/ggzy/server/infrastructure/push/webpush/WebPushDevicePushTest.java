package cn.ggzy.server.infrastructure.push.webpush;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.ggzy.server.TestClock;
import cn.ggzy.server.application.AccountAdministration;
import cn.ggzy.server.application.AuthenticationService;
import cn.ggzy.server.application.AuthenticationService.AuthenticationResult;
import cn.ggzy.server.application.Caller;
import cn.ggzy.server.application.Notifications;
import cn.ggzy.server.application.Notifications.DeviceRegistration;
import cn.ggzy.server.application.internal.notification.DeliveryWorker;
import cn.ggzy.server.application.internal.notification.NotificationFanOut;
import cn.ggzy.server.domain.model.account.Role;
import cn.ggzy.server.domain.model.notification.Audience;
import cn.ggzy.server.domain.model.notification.CaseRef;
import cn.ggzy.server.domain.model.notification.DeviceChannel;
import cn.ggzy.server.domain.model.notification.DeviceRepository;
import cn.ggzy.server.domain.model.notification.NotificationIntent;
import cn.ggzy.server.domain.model.notification.NotificationKind;
import cn.ggzy.server.infrastructure.persistence.mongo.PlatformKeyStore;
import cn.ggzy.server.infrastructure.persistence.mongo.TestContainer;
import cn.ggzy.tenants.TenantId;
import com.mongodb.client.MongoDatabase;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Web Push end to end against a loopback push service that checks VAPID and decrypts the body. */
class WebPushDevicePushTest {
  private static final TenantId ZJJ = TenantId.of("421181-zjj");

  private final PushServiceStub service;
  private final Notifications notifications = TestContainer.get(Notifications.class);

  WebPushDevicePushTest() throws Exception {
    service = new PushServiceStub();
  }

  @AfterEach
  void stop() {
    service.close();
  }

  private Caller officer() {
    Caller systemAdmin = assertInstanceOf(AuthenticationResult.Success.class,
        TestContainer.get(AuthenticationService.class).authenticate("admin", "Test-Admin-Pass-1")).caller();
    var created = TestContainer.get(AccountAdministration.class).create(systemAdmin, ZJJ,
        "wp" + UUID.randomUUID().toString().substring(0, 6), "网推", Set.of(Role.DEPARTMENT_OFFICER));
    return assertInstanceOf(AuthenticationResult.Success.class, TestContainer.get(AuthenticationService.class)
        .authenticate(created.account().login(), created.initialPassword())).caller();
  }

  @Test
  void aBrowserGetsTheMessageEncryptedForItAndSignedWithThePlatformsVapidKey() throws Exception {
    Caller officer = officer();
    PushServiceStub.Subscription laptop = service.subscribe("laptop-" + UUID.randomUUID());
    PushServiceStub.Subscription old = service.subscribe("old-" + UUID.randomUUID());
    service.gone.add(old.endpoint().substring(old.endpoint().lastIndexOf('/') + 1));
    for (PushServiceStub.Subscription s : List.of(laptop, old)) {
      notifications.registerDevice(officer, new DeviceRegistration(DeviceChannel.WEB_PUSH, null, s.endpoint(),
          s.p256dh(), s.auth(), "zh-CN"));
    }
    String key = notifications.webPushKey().orElseThrow();
    assertEquals(65, Base64.getUrlDecoder().decode(key).length, "browsers subscribe with the raw P-256 key");

    String run = UUID.randomUUID().toString();
    TestContainer.get(NotificationFanOut.class).fanOut(new NotificationIntent("wp-" + run,
        NotificationKind.CASE_ASSIGNED, new CaseRef("case-" + run, "麻监案〔2026〕第0011号", "标题", ZJJ),
        TestClock.now(), "zjj.head", "王五", null, List.of(Audience.officer(ZJJ, officer.login().value()))));
    TestContainer.get(DeliveryWorker.class).deliver("node-a");

    assertTrue(service.refused.isEmpty(), service.refused.toString());
    assertEquals(1, service.received.size());
    PushServiceStub.Received got = service.received.get(0);
    assertEquals(key, got.vapidKey(), "signed with the platform's VAPID key");
    JsonObject message = Json.createReader(new StringReader(got.plaintext())).readObject();
    assertEquals("案件分派", message.getString("title"));
    assertEquals("王五将案件 麻监案〔2026〕第0011号 分派给您办理。", message.getString("body"));
    assertEquals("case-" + run, message.getJsonObject("data").getString("caseId"));
    assertEquals(List.of(laptop.endpoint()), devicesOf(officer), "the expired subscription (410) was removed");

    TestContainer.get(DeliveryWorker.class).deliver("node-a");
    assertEquals(1, service.received.size(), "sent once");
  }

  @Test
  void theVapidKeyIsGeneratedOnceAndKeptInTheDatabase() {
    VapidKeys keys = TestContainer.get(VapidKeys.class);
    VapidKeys again = new VapidKeys(new PlatformKeyStore(
        TestContainer.get(MongoDatabase.class)),
        Optional.empty(), Optional.empty());
    assertEquals(keys.applicationServerKey(), again.applicationServerKey());
  }

  private List<String> devicesOf(Caller officer) {
    return notifications.devices(officer).stream()
        .map(d -> TestContainer.get(DeviceRepository.class)
            .find(ZJJ, d.id()).orElseThrow().address())
        .toList();
  }
}
