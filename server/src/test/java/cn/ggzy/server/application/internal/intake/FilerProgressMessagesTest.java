package cn.ggzy.server.application.internal.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.ggzy.server.application.AccountAdministration;
import cn.ggzy.server.application.AccountAdministration.CreatedAccount;
import cn.ggzy.server.application.AuthenticationService;
import cn.ggzy.server.application.AuthenticationService.AuthenticationResult;
import cn.ggzy.server.application.Caller;
import cn.ggzy.server.application.CaseRegister;
import cn.ggzy.server.application.CaseRegister.Command;
import cn.ggzy.server.application.IntakeViews.Complainant;
import cn.ggzy.server.application.IntakeViews.PersonKind;
import cn.ggzy.server.application.internal.notification.OutboxDispatcher;
import cn.ggzy.server.domain.model.account.Role;
import cn.ggzy.server.domain.model.enforcement.CaseAction;
import cn.ggzy.server.domain.model.intake.SubmissionRepository;
import cn.ggzy.server.infrastructure.messaging.SpoolFilerMessenger;
import cn.ggzy.server.infrastructure.persistence.mongo.TestContainer;
import cn.ggzy.tenants.TenantId;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The filer hears of their case's steps by SMS, once each; an anonymous reporter is never reached. */
class FilerProgressMessagesTest {
  private static final AtomicInteger N = new AtomicInteger();
  private static final TenantId ZJJ = TenantId.of("421181-zjj");
  private final DefaultPublicIntake intake = IntakeFixtures.intake();
  private final CaseRegister register = TestContainer.get(CaseRegister.class);
  private final OutboxDispatcher dispatcher = TestContainer.get(OutboxDispatcher.class);
  private final SpoolFilerMessenger sms = TestContainer.get(SpoolFilerMessenger.class);

  private Caller officer(TenantId tenant, Role role) {
    AuthenticationService auth = TestContainer.get(AuthenticationService.class);
    Caller admin = assertInstanceOf(AuthenticationResult.Success.class,
        auth.authenticate("admin", "Test-Admin-Pass-1")).caller();
    CreatedAccount created = TestContainer.get(AccountAdministration.class).create(admin, tenant,
        "progress" + N.incrementAndGet() + "o", "承办" + N.get(), Set.of(role));
    return assertInstanceOf(AuthenticationResult.Success.class,
        auth.authenticate(created.account().login(), created.initialPassword())).caller();
  }

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
    Caller zjj = officer(ZJJ, Role.DEPARTMENT_OFFICER);

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
  void anAnonymousReporterIsNeverSentAnything() {
    var client = IntakeFixtures.client();
    String receipt = intake.fileReport(client, IntakeFixtures.anonymousReport(IntakeFixtures.key(),
        IntakeFixtures.proof(intake, client), List.of())).receiptNumber();
    intake.registerWaitingCases();
    var submission = TestContainer.get(SubmissionRepository.class).find(receipt).orElseThrow();
    Caller slj = officer(submission.owner(), Role.DEPARTMENT_OFFICER);
    dispatcher.dispatch();
    int before = sms.sent().size();
    register.act(slj, submission.caseId(), Command.of(CaseAction.ACCEPT,
        register.find(slj, submission.caseId()).version()));
    dispatcher.dispatch();
    assertEquals(before, sms.sent().size());
  }
}
