package cn.ggzy.server.application.internal.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.ggzy.server.TestClock;
import cn.ggzy.server.application.IntakeViews.Complainant;
import cn.ggzy.server.application.IntakeViews.PersonKind;
import cn.ggzy.server.application.IntakeViews.Reporter;
import cn.ggzy.server.application.IntakeViews.Tracking;
import cn.ggzy.server.application.MySubmissions.CodeSent;
import cn.ggzy.server.application.MySubmissions.Session;
import cn.ggzy.server.domain.model.AccessDeniedException;
import cn.ggzy.server.domain.model.DomainException;
import cn.ggzy.server.domain.model.NotFoundException;
import cn.ggzy.server.domain.model.intake.RateLimitedException;
import cn.ggzy.server.infrastructure.messaging.SpoolFilerMessenger;
import cn.ggzy.server.infrastructure.persistence.mongo.TestContainer;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** "我的投诉": a one-time code by SMS proves the number, and the number lists its filer's submissions. */
class FilerSelfServiceTest {
  private static final Random NUMBERS = new Random();
  private final DefaultPublicIntake intake = IntakeFixtures.intake();
  private final FilerSelfService my = TestContainer.get(FilerSelfService.class);
  private final SpoolFilerMessenger sms = TestContainer.get(SpoolFilerMessenger.class);

  @AfterEach
  void clock() {
    TestClock.reset();
  }

  private static String newPhone() {
    return "139" + String.format("%08d", NUMBERS.nextInt(100_000_000));
  }

  private String complaintBy(String phone) {
    var client = IntakeFixtures.client();
    return intake.fileComplaint(client, IntakeFixtures.complaint(IntakeFixtures.key(), IntakeFixtures.proof(intake,
        client), new Complainant(PersonKind.NATURAL, IntakeFixtures.NAME, IntakeFixtures.ID_NUMBER, null, null,
        phone, IntakeFixtures.ADDRESS))).receiptNumber();
  }

  /** The code in the last SMS to {@code phone}. */
  private String codeSentTo(String phone) {
    List<SpoolFilerMessenger.Sent> to = sms.sent().stream().filter(s -> s.phone().equals(phone)).toList();
    assertFalse(to.isEmpty(), "no SMS to the number");
    Matcher m = Pattern.compile("验证码是(\\d{6})").matcher(to.get(to.size() - 1).text());
    assertTrue(m.find(), to.get(to.size() - 1).text());
    return m.group(1);
  }

  private Session logIn(String phone) {
    my.sendCode(IntakeFixtures.client(), phone);
    return my.verify(IntakeFixtures.client(), phone, codeSentTo(phone));
  }

  @Test
  void aRightCodeListsTheNumbersSubmissionsAndNoOtherNumberSeesThem() {
    String phone = newPhone();
    String first = complaintBy(phone);
    String second = complaintBy(phone);
    String someoneElses = complaintBy(newPhone());

    CodeSent sent = my.sendCode(IntakeFixtures.client(), " " + phone.substring(0, 3) + " " + phone.substring(3));
    assertEquals(phone.substring(0, 3) + "****" + phone.substring(7), sent.maskedPhone());
    Session session = my.verify(IntakeFixtures.client(), phone, codeSentTo(phone));

    List<String> listed = my.submissions(IntakeFixtures.client(), session.token()).stream()
        .map(Tracking::receiptNumber).toList();
    assertEquals(2, listed.size(), listed.toString());
    assertTrue(listed.containsAll(List.of(first, second)));
    assertEquals(first, my.submission(IntakeFixtures.client(), session.token(), first).receiptNumber());
    NotFoundException refused = assertThrows(NotFoundException.class,
        () -> my.submission(IntakeFixtures.client(), session.token(), someoneElses));
    assertEquals("intake.my.notFound", refused.code());
  }

  @Test
  void aNumberThatFiledNothingGetsACodeAllTheSameAndAnEmptyList() {
    String phone = newPhone();
    Session session = logIn(phone);
    assertTrue(my.submissions(IntakeFixtures.client(), session.token()).isEmpty());
  }

  @Test
  void fiveWrongCodesVoidTheCodeAndAUsedCodeCannotBeUsedAgain() {
    String phone = newPhone();
    my.sendCode(IntakeFixtures.client(), phone);
    String right = codeSentTo(phone);
    String wrong = right.equals("000000") ? "000001" : "000000";
    for (int i = 0; i < FilerSelfService.FAILURES; i++) {
      DomainException e = assertThrows(DomainException.class, () -> my.verify(IntakeFixtures.client(), phone, wrong));
      assertEquals("intake.my.code.invalid", e.code());
      assertEquals("code", e.field());
    }
    assertThrows(DomainException.class, () -> my.verify(IntakeFixtures.client(), phone, right), "voided");

    TestClock.set(TestClock.now().plus(Duration.ofMinutes(2)));
    my.sendCode(IntakeFixtures.client(), phone);
    String next = codeSentTo(phone);
    my.verify(IntakeFixtures.client(), phone, next);
    assertThrows(DomainException.class, () -> my.verify(IntakeFixtures.client(), phone, next), "used once");
  }

  @Test
  void codesComeAtMostOnceAMinuteAndExpireAfterFiveMinutes() {
    String phone = newPhone();
    my.sendCode(IntakeFixtures.client(), phone);
    RateLimitedException wait = assertThrows(RateLimitedException.class,
        () -> my.sendCode(IntakeFixtures.client(), phone));
    assertEquals("intake.my.code.wait", wait.code());
    String code = codeSentTo(phone);
    TestClock.set(TestClock.now().plus(FilerSelfService.CODE_VALID).plusSeconds(1));
    assertThrows(DomainException.class, () -> my.verify(IntakeFixtures.client(), phone, code), "expired");
    my.sendCode(IntakeFixtures.client(), phone);
    assertFalse(codeSentTo(phone).isEmpty());
  }

  @Test
  void tenCodesADayAtMost() {
    String phone = newPhone();
    for (int i = 0; i < FilerSelfService.CODES_PER_WINDOW; i++) {
      my.sendCode(IntakeFixtures.client(), phone);
      TestClock.set(TestClock.now().plus(FilerSelfService.RESEND_AFTER).plusSeconds(1));
    }
    RateLimitedException e = assertThrows(RateLimitedException.class,
        () -> my.sendCode(IntakeFixtures.client(), phone));
    assertEquals("intake.my.code.tooMany", e.code());
  }

  @Test
  void aSessionEndsAfterHalfAnHourAndABadNumberIsRefusedAtItsField() {
    String phone = newPhone();
    complaintBy(phone);
    Session session = logIn(phone);
    TestClock.set(TestClock.now().plus(FilerSelfService.SESSION).plusSeconds(1));
    assertThrows(AccessDeniedException.class, () -> my.submissions(IntakeFixtures.client(), session.token()));
    assertThrows(AccessDeniedException.class, () -> my.submissions(IntakeFixtures.client(), "made-up"));
    DomainException bad = assertThrows(DomainException.class, () -> my.sendCode(IntakeFixtures.client(), "12345"));
    assertEquals("intake.phone.invalid", bad.code());
    assertEquals("phone", bad.field());
  }

  @Test
  void aNamedReportIsListedWithTheComplaintsAndAnAnonymousOneNever() {
    String phone = newPhone();
    var client = IntakeFixtures.client();
    String named = intake.fileReport(client, IntakeFixtures.namedReport(IntakeFixtures.key(),
        IntakeFixtures.proof(intake, client), new Reporter("王五", phone, null))).receiptNumber();
    var other = IntakeFixtures.client();
    String anonymous = intake.fileReport(other, IntakeFixtures.anonymousReport(IntakeFixtures.key(),
        IntakeFixtures.proof(intake, other), List.of())).receiptNumber();
    Session session = logIn(phone);
    List<String> listed = my.submissions(IntakeFixtures.client(), session.token()).stream()
        .map(Tracking::receiptNumber).toList();
    assertEquals(List.of(named), listed);
    assertFalse(listed.contains(anonymous));
  }
}
