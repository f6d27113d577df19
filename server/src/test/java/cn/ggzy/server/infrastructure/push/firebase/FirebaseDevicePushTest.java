package cn.ggzy.server.infrastructure.push.firebase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.ggzy.server.MutableClock;
import cn.ggzy.server.application.DevicePush;
import cn.ggzy.server.application.DevicePush.Outcome;
import cn.ggzy.server.application.internal.notification.DeliveryWorker;
import cn.ggzy.server.application.internal.notification.PushChannels;
import cn.ggzy.server.domain.model.notification.Audience;
import cn.ggzy.server.domain.model.notification.CaseRef;
import cn.ggzy.server.domain.model.notification.Delivery;
import cn.ggzy.server.domain.model.notification.DeliveryRepository;
import cn.ggzy.server.domain.model.notification.Device;
import cn.ggzy.server.domain.model.notification.DeviceChannel;
import cn.ggzy.server.domain.model.notification.DeviceOwner;
import cn.ggzy.server.domain.model.notification.DeviceRepository;
import cn.ggzy.server.domain.model.notification.Notification;
import cn.ggzy.server.domain.model.notification.NotificationIntent;
import cn.ggzy.server.domain.model.notification.NotificationKind;
import cn.ggzy.server.domain.model.notification.Recipient;
import cn.ggzy.server.domain.model.region.RegionRepository;
import cn.ggzy.server.infrastructure.persistence.mongo.TestContainer;
import cn.ggzy.tenants.TenantId;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The real Firebase Admin SDK against a loopback FCM stub: the HTTP v1 payload, pruning, retries. */
class FirebaseDevicePushTest {
  private static final TenantId ZJJ = TenantId.of("421181-zjj");

  private final FcmStub stub;
  private final FirebaseDevicePush fcm;

  FirebaseDevicePushTest() throws Exception {
    stub = new FcmStub();
    fcm = new FirebaseDevicePush(FirebaseConnection.of(stub.options(), "test-" + UUID.randomUUID()));
  }

  @AfterEach
  void stop() {
    stub.close();
  }

  private static Device phone(String login, String token) {
    return Device.register(new DeviceOwner(ZJJ, login), DeviceChannel.FCM, token, null, null,
        Locale.SIMPLIFIED_CHINESE, Instant.parse("2026-11-02T01:00:00Z"));
  }

  @Test
  void everyTokenGetsTheExactHttpV1MessageWithTheAccessToken() {
    DevicePush.Message message = new DevicePush.Message("案件分派", "张三将案件 麻监案〔2026〕第0007号 分派给您办理。",
        Map.of("kind", "CASE_ASSIGNED", "caseId", "c-42", "caseNumber", "麻监案〔2026〕第0007号",
            "notification", "c-42:3:CASE_ASSIGNED", "path", "/api/v1/cases/c-42"));

    List<Outcome> outcomes = fcm.send(message, List.of(phone("zjj.a", "token-a"), phone("zjj.b", "token-b")));

    assertEquals(List.of(Outcome.SENT, Outcome.SENT), outcomes);
    assertEquals(2, stub.requests.size());
    for (String token : List.of("token-a", "token-b")) {
      FcmStub.Request request = stub.requests.stream().filter(r -> r.token().equals(token)).findFirst().orElseThrow();
      assertEquals("/v1/projects/" + FcmStub.PROJECT + "/messages:send", request.path());
      assertEquals("Bearer test-access-token", request.authorization());
      JsonObject expected = Json.createObjectBuilder().add("message", Json.createObjectBuilder()
          .add("token", token)
          .add("notification", Json.createObjectBuilder().add("title", "案件分派")
              .add("body", "张三将案件 麻监案〔2026〕第0007号 分派给您办理。"))
          .add("data", Json.createObjectBuilder().add("kind", "CASE_ASSIGNED").add("caseId", "c-42")
              .add("caseNumber", "麻监案〔2026〕第0007号").add("notification", "c-42:3:CASE_ASSIGNED")
              .add("path", "/api/v1/cases/c-42"))
          .add("android", Json.createObjectBuilder().add("priority", "high"))
          .add("apns", Json.createObjectBuilder().add("payload", Json.createObjectBuilder()
              .add("aps", Json.createObjectBuilder().add("sound", "default")))))
          .build();
      assertEquals(expected, request.body());
    }
  }

  @Test
  void unregisteredAndInvalidTokensArePrunedAndTransientErrorsAreRetriedWithBackoff() {
    DeviceRepository devices = TestContainer.get(DeviceRepository.class);
    DeliveryRepository deliveries = TestContainer.get(DeliveryRepository.class);
    MutableClock clock = new MutableClock(Instant.parse("2026-11-02T02:00:00Z"));
    String login = "fcm" + UUID.randomUUID().toString().substring(0, 6);
    String run = UUID.randomUUID().toString();
    List<Device> phones = List.of(phone(login, "good-" + run), phone(login, "gone-" + run),
        phone(login, "invalid-" + run), phone(login, "unavailable-" + run), phone(login, "internal-" + run));
    phones.forEach(devices::register);
    stub.script("gone-" + run, FcmStub.fcmError(404, "NOT_FOUND", "UNREGISTERED"));
    stub.script("invalid-" + run, FcmStub.fcmError(400, "INVALID_ARGUMENT", "INVALID_ARGUMENT"));
    stub.script("unavailable-" + run, FcmStub.fcmError(503, "UNAVAILABLE", "UNAVAILABLE"));
    stub.script("internal-" + run, FcmStub.fcmError(500, "INTERNAL", "INTERNAL"));

    NotificationIntent intent = new NotificationIntent("fcm-" + run, NotificationKind.CASE_ASSIGNED,
        new CaseRef("case-" + run, "麻监案〔2026〕第0009号", "标题", ZJJ), clock.instant(), "zjj.head", "李四", null,
        List.of(Audience.officer(ZJJ, login)));
    Notification n = Notification.of(intent, new Recipient(ZJJ, login), false);
    phones.forEach(p -> deliveries.add(Delivery.of(n, p, p.language(), clock.instant())));
    DeliveryWorker worker = new DeliveryWorker(deliveries, devices, TestContainer.get(RegionRepository.class),
        new PushChannels(List.of(fcm)), clock);

    worker.deliver("node-a");

    assertEquals(List.of("good-" + run, "internal-" + run, "unavailable-" + run),
        devices.of(ZJJ, login).stream().map(Device::address).sorted().toList(),
        "the unregistered and the invalid token were removed");
    assertEquals(2, stub.requestsFor("unavailable-" + run), "503: the SDK tried again at once");
    Map<String, Delivery> byDevice = byAddress(deliveries, n, phones);
    assertEquals(Delivery.Status.SENT, byDevice.get("good-" + run).status());
    assertEquals(Delivery.Status.SENT, byDevice.get("unavailable-" + run).status());
    assertEquals(Delivery.Status.DROPPED, byDevice.get("gone-" + run).status());
    Delivery internal = byDevice.get("internal-" + run);
    assertEquals(Delivery.Status.PENDING, internal.status());
    assertEquals(1, internal.attempt());
    assertEquals(clock.instant().plusSeconds(15), internal.nextAttemptAt(), "backoff before the next attempt");

    worker.deliver("node-a");
    assertEquals(1, stub.requestsFor("internal-" + run), "not before its time");

    clock.advance(Duration.ofSeconds(16));
    worker.deliver("node-a");
    assertEquals(2, stub.requestsFor("internal-" + run));
    assertEquals(Delivery.Status.SENT, byAddress(deliveries, n, phones).get("internal-" + run).status());
    assertEquals(1, stub.requestsFor("good-" + run), "what was sent is never sent again");
  }

  private static Map<String, Delivery> byAddress(DeliveryRepository deliveries, Notification n, List<Device> phones) {
    Map<String, String> addressOf = new HashMap<>();
    phones.forEach(p -> addressOf.put(p.id(), p.address()));
    Map<String, Delivery> found = new HashMap<>();
    deliveries.ofNotification(ZJJ, n.id()).forEach(d -> found.put(addressOf.get(d.deviceId()), d));
    assertTrue(found.size() == phones.size(), found.toString());
    return found;
  }
}
