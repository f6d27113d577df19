package cn.ggzy.server.application.internal.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.ggzy.server.application.Caller;
import cn.ggzy.server.application.CaseRegister;
import cn.ggzy.server.application.CaseRegister.Command;
import cn.ggzy.server.application.IntakeViews.Complainant;
import cn.ggzy.server.application.IntakeViews.PersonKind;
import cn.ggzy.server.application.IntakeViews.PushSubscriptionInput;
import cn.ggzy.server.application.Notifications;
import cn.ggzy.server.application.internal.notification.OutboxDispatcher;
import cn.ggzy.server.domain.model.DomainException;
import cn.ggzy.server.domain.model.NotFoundException;
import cn.ggzy.server.domain.model.account.Role;
import cn.ggzy.server.domain.model.enforcement.CaseAction;
import cn.ggzy.server.domain.model.intake.SubmissionRepository;
import cn.ggzy.server.infrastructure.messaging.SpoolFilerMessenger;
import cn.ggzy.server.infrastructure.persistence.mongo.TestContainer;
import cn.ggzy.server.infrastructure.push.webpush.PushServiceStub;
import cn.ggzy.tenants.TenantId;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The filer hears of their case's steps by SMS, once each; an anonymous reporter is never reached. */
class FilerProgressMessagesTest {
  private static final TenantId ZJJ = TenantId.of("421181-zjj");
  private final DefaultPublicIntake intake = IntakeFixtures.intake();
  private final CaseRegister register = TestContainer.get(CaseRegister.class);
  private final OutboxDispatcher dispatcher = TestContainer.get(OutboxDispatcher.class);
  private final SpoolFilerMessenger sms = TestContainer.get(SpoolFilerMessenger.class);

  private List<String> textsTo(String phone) {
    return sms.sent().stream().filter(s -> s.phone().equals(phone)).map(SpoolFilerMessenger.Sent::text).toList();
  }

  @Test
  void theComplainantIsToldOfTheAcceptanceOnceWithTheTrackingPage() {
    String phone = "137" + String.format("%08d", new Random().nextInt(100_000_000));
    var client = IntakeFixtures.client();
    String receipt = intake.fileComplaint(client, IntakeFixtures.complaint(IntakeFixtures.key(),
        IntakeFixtures.proof(intake, client), new Complainant(PersonKind.NATURAL, IntakeFixtures.NAME,
            IntakeFixtures.ID_NUMBER, null, null, phone, IntakeFixtures.ADDRESS))).receiptNumber();
    intake.registerWaitingCases();
    String caseId = TestContainer.get(SubmissionRepository.class).find(receipt).orElseThrow().caseId();
    Caller zjj = IntakeFixtures.officer(ZJJ, Role.DEPARTMENT_OFFICER);

    dispatcher.dispatch();
    assertTrue(textsTo(phone).isEmpty(), "registering tells the filer nothing new: " + textsTo(phone));

    register.act(zjj, caseId, Command.of(CaseAction.ACCEPT, register.find(zjj, caseId).version()));
    dispatcher.dispatch();
    dispatcher.dispatch();
    List<String> texts = textsTo(phone);
    assertEquals(1, texts.size(), texts.toString());
    assertTrue(texts.get(0).contains("您的投诉（回执号" + receipt + "）已受理"), texts.get(0));
    assertTrue(texts.get(0).contains("/tracking/" + receipt), texts.get(0));
  }

  @Test
  void theOfficersNotificationOfANewCaseGivesTheTitleThePlatformWroteInTheReadersLanguage() {
    var client = IntakeFixtures.client();
    String receipt = intake.fileComplaint(client, IntakeFixtures.complaint(IntakeFixtures.key(),
        IntakeFixtures.proof(intake, client), IntakeFixtures.person())).receiptNumber();
    Caller zjj = IntakeFixtures.officer(ZJJ, Role.DEPARTMENT_OFFICER);
    intake.registerWaitingCases();
    dispatcher.dispatch();
    String caseId = TestContainer.get(SubmissionRepository.class).find(receipt).orElseThrow().caseId();
    Notifications notifications = TestContainer.get(Notifications.class);
    Notifications.Item en = notifications.inbox(zjj, Locale.ENGLISH, 0, 50).items().stream()
        .filter(i -> caseId.equals(i.caseId())).findFirst().orElseThrow();
    assertTrue(en.caseTitle().startsWith("Complaint"), en.caseTitle());
    Notifications.Item zh = notifications.inbox(zjj, Locale.SIMPLIFIED_CHINESE, 0, 50).items().stream()
        .filter(i -> caseId.equals(i.caseId())).findFirst().orElseThrow();
    assertTrue(zh.caseTitle().startsWith("投诉"), zh.caseTitle());
  }

  @Test
  void anAnonymousReporterIsNeverSentAnything() {
    var client = IntakeFixtures.client();
    String receipt = intake.fileReport(client, IntakeFixtures.anonymousReport(IntakeFixtures.key(),
        IntakeFixtures.proof(intake, client), List.of())).receiptNumber();
    intake.registerWaitingCases();
    var submission = TestContainer.get(SubmissionRepository.class).find(receipt).orElseThrow();
    Caller slj = IntakeFixtures.officer(submission.owner(), Role.DEPARTMENT_OFFICER);
    dispatcher.dispatch();
    int before = sms.sent().size();
    register.act(slj, submission.caseId(), Command.of(CaseAction.ACCEPT,
        register.find(slj, submission.caseId()).version()));
    dispatcher.dispatch();
    assertEquals(before, sms.sent().size());
  }

  @Test
  void aBrowserThatSubscribedOnTheTrackingPageGetsAWebPushAnonymousReportersToo() throws Exception {
    try (PushServiceStub browser = new PushServiceStub()) {
      var client = IntakeFixtures.client();
      var receipt = intake.fileReport(client, IntakeFixtures.anonymousReport(IntakeFixtures.key(),
          IntakeFixtures.proof(intake, client), List.of()));
      PushServiceStub.Subscription sub = browser.subscribe("filer-1");
      intake.subscribe(client, receipt.receiptNumber(), receipt.accessCode(),
          new PushSubscriptionInput(sub.endpoint(), sub.p256dh(), sub.auth()));
      NotFoundException wrongCode = assertThrows(NotFoundException.class, () -> intake.subscribe(client,
          receipt.receiptNumber(), "AAAA-BBBB-CCCC-DDDD", new PushSubscriptionInput(sub.endpoint(), sub.p256dh(),
              sub.auth())));
      assertEquals("intake.tracking.notFound", wrongCode.code());
      intake.registerWaitingCases();
      var submission = TestContainer.get(SubmissionRepository.class).find(receipt.receiptNumber()).orElseThrow();
      Caller officer = IntakeFixtures.officer(submission.owner(), Role.DEPARTMENT_OFFICER);
      dispatcher.dispatch();
      register.act(officer, submission.caseId(), Command.of(CaseAction.ACCEPT,
          register.find(officer, submission.caseId()).version()));
      dispatcher.dispatch();
      dispatcher.dispatch();
      assertEquals(List.of(), browser.refused);
      assertEquals(1, browser.received.size(), browser.received.toString());
      String shown = browser.received.get(0).plaintext();
      assertTrue(shown.contains("您的举报（回执号" + receipt.receiptNumber() + "）已受理"), shown);
      assertTrue(shown.contains("tracking/" + receipt.receiptNumber()), "a tap opens the tracking page: " + shown);
    }
  }

  @Test
  void onlyAPushServicesHttpsAddressAndRealKeysAreTaken() throws Exception {
    try (PushServiceStub browser = new PushServiceStub()) {
      PushServiceStub.Subscription sub = browser.subscribe("rules");
      for (String endpoint : List.of("http://push.example.com/x", "https://10.0.0.5/x", "https://intranet/x",
          "https://printer.local/x", "https://[::1]/x", "ftp://push.example.com/x", "not a url")) {
        DomainException e = assertThrows(DomainException.class,
            () -> FilerPushRules.check(new PushSubscriptionInput(endpoint, sub.p256dh(), sub.auth()), false), endpoint);
        assertEquals("intake.push.endpoint.invalid", e.code(), endpoint);
        assertEquals("endpoint", e.field());
      }
      assertThrows(DomainException.class, () -> FilerPushRules.check(
          new PushSubscriptionInput(sub.endpoint(), sub.p256dh(), sub.auth()), false), "loopback only in tests");
      assertEquals("https://fcm.googleapis.com/fcm/send/abc", FilerPushRules.check(new PushSubscriptionInput(
          "https://fcm.googleapis.com/fcm/send/abc", sub.p256dh(), sub.auth()), false).endpoint());
      DomainException keys = assertThrows(DomainException.class, () -> FilerPushRules.check(
          new PushSubscriptionInput("https://fcm.googleapis.com/fcm/send/abc", sub.auth(), sub.auth()), false));
      assertEquals("intake.push.keys.invalid", keys.code());
    }
  }
}
