package cn.ggzy.server.application.internal.intake;

import static cn.ggzy.server.application.internal.intake.IntakeFixtures.client;
import static cn.ggzy.server.application.internal.intake.IntakeFixtures.complaint;
import static cn.ggzy.server.application.internal.intake.IntakeFixtures.key;
import static cn.ggzy.server.application.internal.intake.IntakeFixtures.person;
import static cn.ggzy.server.application.internal.intake.IntakeFixtures.proof;
import static cn.ggzy.server.application.internal.intake.IntakeFixtures.today;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.ggzy.server.application.IntakeSettings;
import cn.ggzy.server.application.IntakeViews;
import cn.ggzy.server.application.IntakeViews.Client;
import cn.ggzy.server.application.IntakeViews.Complainant;
import cn.ggzy.server.application.IntakeViews.ComplaintInput;
import cn.ggzy.server.application.IntakeViews.Kind;
import cn.ggzy.server.application.IntakeViews.Matter;
import cn.ggzy.server.application.IntakeViews.ObjectionSubject;
import cn.ggzy.server.application.IntakeViews.PersonKind;
import cn.ggzy.server.application.IntakeViews.ProofOfWork;
import cn.ggzy.server.application.IntakeViews.Receipt;
import cn.ggzy.server.application.IntakeViews.Reporter;
import cn.ggzy.server.application.Messages;
import cn.ggzy.server.domain.model.DomainException;
import cn.ggzy.server.domain.model.StateConflictException;
import cn.ggzy.server.domain.model.intake.IntakeValidationException;
import cn.ggzy.server.domain.model.intake.IntakeValidationException.Violation;
import cn.ggzy.server.domain.model.intake.RateLimitedException;
import cn.ggzy.server.domain.model.intake.SubmissionRepository;
import cn.ggzy.server.infrastructure.persistence.mongo.TestContainer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Filing a 投诉 or 举报 through the real wiring (CDI, embedded MongoDB): rules, retries, abuse limits. */
class PublicIntakeFilingTest {
  private final DefaultPublicIntake intake = IntakeFixtures.intake();

  /** A complaint to change one field of. */
  private record Change(String name, UnaryOperator<ComplaintInput> how, String code, String field) {
    @Override
    public String toString() {
      return name;
    }
  }

  private static ComplaintInput with(ComplaintInput c, Complainant p) {
    return new ComplaintInput(c.region(), c.idempotencyKey(), c.proof(), p, c.respondent(), c.projectCode(),
        c.projectName(), c.section(), c.industry(), c.matter(), c.objectionSubject(), c.objectionRaisedOn(), c.facts(),
        c.request(), c.learnedOn(), c.evidenceUploadIds(), c.objectionProofUploadIds(), c.declaration());
  }

  private static Complainant natural(String name, String id, String phone, String address) {
    return new Complainant(PersonKind.NATURAL, name, id, null, null, phone, address);
  }

  private static Complainant legal(String organisation, String code) {
    return new Complainant(PersonKind.LEGAL, "李四", null, organisation, code, "13912345678", "麻城市某路1号");
  }

  static Stream<Change> everyRule() {
    String longText = "很".repeat(4001);
    return Stream.of(
        new Change("unknown region", c -> new ComplaintInput("999999", c.idempotencyKey(), c.proof(), c.complainant(),
            c.respondent(), c.projectCode(), c.projectName(), c.section(), c.industry(), c.matter(),
            c.objectionSubject(), c.objectionRaisedOn(), c.facts(), c.request(), c.learnedOn(), c.evidenceUploadIds(),
            c.objectionProofUploadIds(), c.declaration()), "intake.region.unknown", "region"),
        new Change("short idempotency key", c -> new ComplaintInput(c.region(), "abc", c.proof(), c.complainant(),
            c.respondent(), c.projectCode(), c.projectName(), c.section(), c.industry(), c.matter(),
            c.objectionSubject(), c.objectionRaisedOn(), c.facts(), c.request(), c.learnedOn(), c.evidenceUploadIds(),
            c.objectionProofUploadIds(), c.declaration()), "intake.idempotencyKey.invalid", "idempotencyKey"),
        new Change("no complainant", c -> with(c, null), "intake.complainant.required", "complainant"),
        new Change("no kind of person", c -> with(c, new Complainant(null, "张三", null, null, null, "13812345678",
            "某地")), "intake.complainant.kind.required", "complainant.kind"),
        new Change("no name", c -> with(c, natural(" ", IntakeFixtures.ID_NUMBER, "13812345678", "某地")),
            "intake.name.required", "complainant.name"),
        new Change("no resident ID", c -> with(c, natural("张三", null, "13812345678", "某地")),
            "intake.idNumber.required", "complainant.idNumber"),
        new Change("resident ID of 17 characters", c -> with(c, natural("张三", "42118119900307123", "13812345678",
            "某地")), "intake.idNumber.format", "complainant.idNumber"),
        new Change("resident ID with a wrong check character", c -> with(c, natural("张三", "421181199003071234",
            "13812345678", "某地")), "intake.idNumber.checksum", "complainant.idNumber"),
        new Change("resident ID born on 30 February", c -> with(c, natural("张三", "42118119900230123X",
            "13812345678", "某地")), "intake.idNumber.birthDate", "complainant.idNumber"),
        new Change("no phone", c -> with(c, natural("张三", IntakeFixtures.ID_NUMBER, null, "某地")),
            "intake.phone.required", "complainant.phone"),
        new Change("landline instead of mobile", c -> with(c, natural("张三", IntakeFixtures.ID_NUMBER,
            "0713-2345678", "某地")), "intake.phone.invalid", "complainant.phone"),
        new Change("mobile starting 12", c -> with(c, natural("张三", IntakeFixtures.ID_NUMBER, "12812345678",
            "某地")), "intake.phone.invalid", "complainant.phone"),
        new Change("no address", c -> with(c, natural("张三", IntakeFixtures.ID_NUMBER, "13812345678", "")),
            "intake.address.required", "complainant.address"),
        new Change("legal person without organisation", c -> with(c, legal(null, IntakeFixtures.CREDIT_CODE)),
            "intake.organisation.required", "complainant.organisation"),
        new Change("legal person without credit code", c -> with(c, legal("某公司", null)),
            "intake.creditCode.required", "complainant.creditCode"),
        new Change("credit code with a wrong check character", c -> with(c, legal("某公司", "91421181MA4A1B2C3D")),
            "intake.creditCode.checksum", "complainant.creditCode"),
        new Change("credit code with the letter I", c -> with(c, legal("某公司", "91421181IA4A1B2C3G")),
            "intake.creditCode.format", "complainant.creditCode"),
        new Change("no respondent", c -> new ComplaintInput(c.region(), c.idempotencyKey(), c.proof(),
            c.complainant(), null, c.projectCode(), c.projectName(), c.section(), c.industry(), c.matter(),
            c.objectionSubject(), c.objectionRaisedOn(), c.facts(), c.request(), c.learnedOn(), c.evidenceUploadIds(),
            c.objectionProofUploadIds(), c.declaration()), "intake.respondent.required", "respondent"),
        new Change("no project", c -> new ComplaintInput(c.region(), c.idempotencyKey(), c.proof(), c.complainant(),
            c.respondent(), c.projectCode(), "  ", c.section(), c.industry(), c.matter(), c.objectionSubject(),
            c.objectionRaisedOn(), c.facts(), c.request(), c.learnedOn(), c.evidenceUploadIds(),
            c.objectionProofUploadIds(), c.declaration()), "intake.projectName.required", "projectName"),
        new Change("no matter", c -> new ComplaintInput(c.region(), c.idempotencyKey(), c.proof(), c.complainant(),
            c.respondent(), c.projectCode(), c.projectName(), c.section(), c.industry(), null, c.objectionSubject(),
            c.objectionRaisedOn(), c.facts(), c.request(), c.learnedOn(), c.evidenceUploadIds(),
            c.objectionProofUploadIds(), c.declaration()), "intake.matter.required", "matter"),
        new Change("no facts", c -> new ComplaintInput(c.region(), c.idempotencyKey(), c.proof(), c.complainant(),
            c.respondent(), c.projectCode(), c.projectName(), c.section(), c.industry(), c.matter(),
            c.objectionSubject(), c.objectionRaisedOn(), null, c.request(), c.learnedOn(), c.evidenceUploadIds(),
            c.objectionProofUploadIds(), c.declaration()), "intake.facts.required", "facts"),
        new Change("facts too long", c -> new ComplaintInput(c.region(), c.idempotencyKey(), c.proof(),
            c.complainant(), c.respondent(), c.projectCode(), c.projectName(), c.section(), c.industry(), c.matter(),
            c.objectionSubject(), c.objectionRaisedOn(), longText, c.request(), c.learnedOn(), c.evidenceUploadIds(),
            c.objectionProofUploadIds(), c.declaration()), "intake.text.tooLong", "facts"),
        new Change("no request", c -> new ComplaintInput(c.region(), c.idempotencyKey(), c.proof(), c.complainant(),
            c.respondent(), c.projectCode(), c.projectName(), c.section(), c.industry(), c.matter(),
            c.objectionSubject(), c.objectionRaisedOn(), c.facts(), "", c.learnedOn(), c.evidenceUploadIds(),
            c.objectionProofUploadIds(), c.declaration()), "intake.request.required", "request"),
        new Change("no date learned", c -> new ComplaintInput(c.region(), c.idempotencyKey(), c.proof(),
            c.complainant(), c.respondent(), c.projectCode(), c.projectName(), c.section(), c.industry(), c.matter(),
            c.objectionSubject(), c.objectionRaisedOn(), c.facts(), c.request(), null, c.evidenceUploadIds(),
            c.objectionProofUploadIds(), c.declaration()), "intake.learnedOn.required", "learnedOn"),
        new Change("date learned tomorrow", c -> new ComplaintInput(c.region(), c.idempotencyKey(), c.proof(),
            c.complainant(), c.respondent(), c.projectCode(), c.projectName(), c.section(), c.industry(), c.matter(),
            c.objectionSubject(), c.objectionRaisedOn(), c.facts(), c.request(), today().plusDays(1),
            c.evidenceUploadIds(), c.objectionProofUploadIds(), c.declaration()), "intake.learnedOn.future",
            "learnedOn"),
        new Change("no stage of the tender", c -> new ComplaintInput(c.region(), c.idempotencyKey(), c.proof(),
            c.complainant(), c.respondent(), c.projectCode(), c.projectName(), c.section(), c.industry(), c.matter(),
            null, c.objectionRaisedOn(), c.facts(), c.request(), c.learnedOn(), c.evidenceUploadIds(),
            c.objectionProofUploadIds(), c.declaration()), "intake.objectionSubject.required", "objectionSubject"),
        new Change("evaluation result without the objection's date", c -> new ComplaintInput(c.region(),
            c.idempotencyKey(), c.proof(), c.complainant(), c.respondent(), c.projectCode(), c.projectName(),
            c.section(), c.industry(), Matter.UNFAIR_EVALUATION, ObjectionSubject.EVALUATION_RESULT, null, c.facts(),
            c.request(), c.learnedOn(), c.evidenceUploadIds(), List.of("nonexistent-upload-0001"), c.declaration()),
            "intake.objectionRaisedOn.required", "objectionRaisedOn"),
        new Change("objection dated tomorrow", c -> new ComplaintInput(c.region(), c.idempotencyKey(), c.proof(),
            c.complainant(), c.respondent(), c.projectCode(), c.projectName(), c.section(), c.industry(),
            Matter.UNFAIR_EVALUATION, ObjectionSubject.EVALUATION_RESULT, today().plusDays(1), c.facts(),
            c.request(), c.learnedOn(), c.evidenceUploadIds(), List.of("nonexistent-upload-0001"), c.declaration()),
            "intake.objectionRaisedOn.future", "objectionRaisedOn"),
        new Change("tender documents without proof of the objection", c -> new ComplaintInput(c.region(),
            c.idempotencyKey(), c.proof(), c.complainant(), c.respondent(), c.projectCode(), c.projectName(),
            c.section(), c.industry(), Matter.EXCLUSION_OR_DISCRIMINATION, ObjectionSubject.TENDER_DOCUMENTS,
            today().minusDays(5), c.facts(), c.request(), c.learnedOn(), c.evidenceUploadIds(), List.of(),
            c.declaration()), "intake.objectionProof.required", "objectionProofUploadIds"),
        new Change("not signed", c -> new ComplaintInput(c.region(), c.idempotencyKey(), c.proof(), c.complainant(),
            c.respondent(), c.projectCode(), c.projectName(), c.section(), c.industry(), c.matter(),
            c.objectionSubject(), c.objectionRaisedOn(), c.facts(), c.request(), c.learnedOn(), c.evidenceUploadIds(),
            c.objectionProofUploadIds(), false), "intake.declaration.required", "declaration"),
        new Change("evidence that was never uploaded", c -> new ComplaintInput(c.region(), c.idempotencyKey(),
            c.proof(), c.complainant(), c.respondent(), c.projectCode(), c.projectName(), c.section(), c.industry(),
            c.matter(), c.objectionSubject(), c.objectionRaisedOn(), c.facts(), c.request(), c.learnedOn(),
            List.of("never-uploaded-000001"), c.objectionProofUploadIds(), c.declaration()),
            "intake.evidence.unknown", "evidenceUploadIds"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("everyRule")
  void everyRuleRefusesWithItsCodeFieldAndBothTexts(Change change) {
    Client client = client();
    ComplaintInput input = change.how().apply(complaint(key(), proof(intake, client), person()));
    IntakeValidationException e = assertThrows(IntakeValidationException.class,
        () -> intake.fileComplaint(client, input));
    assertTrue(e.violations().contains(new Violation(change.code(), change.field())), e.violations().toString());
    assertNotEquals(change.code(), Messages.chinese(change.code()), "Chinese text of " + change.code());
    assertNotEquals(change.code(), Messages.english(change.code()), "English text of " + change.code());
  }

  @Test
  void allFaultsOfAFormAreReportedAtOnce() {
    Client client = client();
    ComplaintInput input = new ComplaintInput("421181", key(), proof(intake, client),
        natural("", "421181199003071234", "123", ""), null, null, null, null, null, null, null, null, null, null,
        null, null, null, false);
    IntakeValidationException e = assertThrows(IntakeValidationException.class,
        () -> intake.fileComplaint(client, input));
    Set<String> fields = new HashSet<>();
    e.violations().forEach(v -> fields.add(v.field()));
    assertEquals(Set.of("complainant.name", "complainant.idNumber", "complainant.phone", "complainant.address",
        "respondent", "projectName", "matter", "facts", "request", "learnedOn", "objectionSubject", "declaration"),
        fields);
  }

  @Test
  void aValidComplaintOfANaturalOrLegalPersonGetsAReceiptAndAnAccessCode() {
    Client client = client();
    Receipt person = intake.fileComplaint(client, complaint(key(), proof(intake, client), person()));
    assertTrue(person.receiptNumber().matches("TS421181-[0-9A-Z]{10}"), person.receiptNumber());
    assertTrue(person.accessCode().matches("([0-9A-HJKMNP-TV-Z]{4}-){3}[0-9A-HJKMNP-TV-Z]{4}"), person.accessCode());
    assertEquals(Kind.COMPLAINT, person.kind());
    assertFalse(person.late());
    assertFalse(person.replayed());
    Receipt company = intake.fileComplaint(client, complaint(key(), proof(intake, client), IntakeFixtures.company()));
    assertNotEquals(person.receiptNumber(), company.receiptNumber());
  }

  @Test
  void aComplaintAfterTheTenDayWindowIsAcceptedAndFlagged() {
    Client client = client();
    ComplaintInput c = complaint(key(), proof(intake, client), person());
    ComplaintInput late = new ComplaintInput(c.region(), c.idempotencyKey(), c.proof(), c.complainant(),
        c.respondent(), c.projectCode(), c.projectName(), c.section(), c.industry(), c.matter(), c.objectionSubject(),
        c.objectionRaisedOn(), c.facts(), c.request(), today().minusDays(11), c.evidenceUploadIds(),
        c.objectionProofUploadIds(), c.declaration());
    Receipt r = intake.fileComplaint(client, late);
    assertTrue(r.late());
    ComplaintInput onTime = new ComplaintInput(c.region(), key(), proof(intake, client), c.complainant(),
        c.respondent(), c.projectCode(), c.projectName(), c.section(), c.industry(), c.matter(), c.objectionSubject(),
        c.objectionRaisedOn(), c.facts(), c.request(), today().minusDays(10), c.evidenceUploadIds(),
        c.objectionProofUploadIds(), c.declaration());
    assertFalse(intake.fileComplaint(client, onTime).late(), "the tenth day is still within the window");
  }

  @Test
  void anAnonymousReportNeedsNoIdentityAndANamedOneIsChecked() {
    Client client = client();
    Receipt anonymous = intake.fileReport(client, IntakeFixtures.anonymousReport(key(), proof(intake, client),
        List.of()));
    assertTrue(anonymous.receiptNumber().startsWith("JB421181-"));
    IntakeValidationException e = assertThrows(IntakeValidationException.class, () -> intake.fileReport(client,
        IntakeFixtures.namedReport(key(), proof(intake, client), null)));
    assertEquals(List.of(new Violation("intake.reporter.required", "reporter")), e.violations());
    e = assertThrows(IntakeValidationException.class, () -> intake.fileReport(client, IntakeFixtures.namedReport(key(),
        proof(intake, client), new Reporter("王五", "138123", "42118119900307123X"))));
    assertEquals(List.of(new Violation("intake.phone.invalid", "reporter.phone"),
        new Violation("intake.idNumber.checksum", "reporter.idNumber")), e.violations());
    assertFalse(intake.fileReport(client, IntakeFixtures.namedReport(key(), proof(intake, client),
        new Reporter("王五", "13812345678", null))).late());
  }

  @Test
  void aRetryWithTheSameKeyGetsTheSameReceiptAndCodeAndStoresNothingTwice() throws Exception {
    Client client = client();
    String key = key();
    ComplaintInput input = complaint(key, proof(intake, client), person());
    Receipt first = intake.fileComplaint(client, input);
    Receipt again = intake.fileComplaint(client, input);
    assertEquals(first.receiptNumber(), again.receiptNumber());
    assertEquals(first.accessCode(), again.accessCode());
    assertEquals(first.receivedAt(), again.receivedAt());
    assertTrue(again.replayed());
    ComplaintInput other = new ComplaintInput(input.region(), key, proof(intake, client), input.complainant(),
        input.respondent(), input.projectCode(), input.projectName(), input.section(), input.industry(),
        Matter.FRAUD, input.objectionSubject(), input.objectionRaisedOn(), input.facts(), input.request(),
        input.learnedOn(), input.evidenceUploadIds(), input.objectionProofUploadIds(), input.declaration());
    StateConflictException conflict = assertThrows(StateConflictException.class,
        () -> intake.fileComplaint(client, other));
    assertEquals("intake.idempotencyKey.conflict", conflict.code());

    String raceKey = key();
    ComplaintInput raced = complaint(raceKey, proof(intake, client), person());
    ExecutorService pool = Executors.newFixedThreadPool(6);
    List<Callable<Receipt>> tries = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      tries.add(() -> intake.fileComplaint(client, raced));
    }
    Set<String> receipts = new HashSet<>();
    Set<String> codes = new HashSet<>();
    for (Future<Receipt> f : pool.invokeAll(tries)) {
      receipts.add(f.get().receiptNumber());
      codes.add(f.get().accessCode());
    }
    pool.shutdown();
    assertEquals(1, receipts.size());
    assertEquals(1, codes.size());
    assertTrue(TestContainer.get(SubmissionRepository.class).find(receipts.iterator().next()).isPresent());
  }

  @Test
  void theProofOfWorkIsRequiredCheckedAndUsedOnce() {
    Client client = client();
    assertCode("intake.proof.required", () -> intake.fileComplaint(client, complaint(key(), null, person())));
    ProofOfWork solved = proof(intake, client);
    String wrong = String.valueOf(Long.parseLong(solved.counter()) + 1);
    DefaultPublicIntake hard = IntakeFixtures.intake(IntakeSettings.defaults().withPow(24)
        .withRates(1000, 1000, 1000, 1000, 1000));
    var challenge = hard.challenge(client);
    assertCode("intake.proof.invalid", () -> hard.fileComplaint(client, complaint(key(),
        new ProofOfWork(challenge.challenge(), "0"), person())));
    assertCode("intake.proof.invalid", () -> intake.fileComplaint(client, complaint(key(),
        new ProofOfWork(solved.challenge().replace(".4.", ".0."), solved.counter()), person())));
    intake.fileComplaint(client, complaint(key(), solved, person()));
    assertCode("intake.proof.used", () -> intake.fileComplaint(client, complaint(key(), solved, person())));
    IntakeSettings expiring = new IntakeSettings(20L << 20, 100L << 20, 20, 512L << 10, 10, 2,
        Duration.ofSeconds(-1), 100, 100, 100, 100, 100, 100, 5, Duration.ofSeconds(2), 50, Duration.ofMinutes(2));
    DefaultPublicIntake quick = IntakeFixtures.intake(expiring);
    ProofOfWork stale = proof(quick, client);
    assertCode("intake.proof.expired", () -> quick.fileComplaint(client, complaint(key(), stale, person())));
    assertNotEquals(wrong, solved.counter());
  }

  @Test
  void submissionsArePacedPerClientAddressAndPerDevice() {
    DefaultPublicIntake strict = IntakeFixtures.intake(IntakeSettings.defaults().withPow(2)
        .withRates(3, 2, 1000, 1000, 1000));
    Client phone = client();
    strict.fileReport(phone, IntakeFixtures.anonymousReport(key(), proof(strict, phone), List.of()));
    strict.fileReport(phone, IntakeFixtures.anonymousReport(key(), proof(strict, phone), List.of()));
    RateLimitedException device = assertThrows(RateLimitedException.class, () -> strict.fileReport(phone,
        IntakeFixtures.anonymousReport(key(), proof(strict, phone), List.of())));
    assertEquals("intake.rate.device", device.code());
    assertTrue(device.retryAfterSeconds() >= 1);
    Client otherDevice = new Client(phone.address(), "another-device");
    RateLimitedException address = assertThrows(RateLimitedException.class, () -> strict.fileReport(otherDevice,
        IntakeFixtures.anonymousReport(key(), proof(strict, otherDevice), List.of())));
    assertEquals("intake.rate.client", address.code());
    for (String code : List.of("intake.rate.client", "intake.rate.device", "intake.rate.tracking")) {
      assertNotEquals(code, Messages.chinese(code));
      assertNotEquals(code, Messages.english(code));
    }
  }

  @Test
  void aRetryIsAnsweredEvenWhenTheClientIsPacedOrItsProofExpired() {
    DefaultPublicIntake strict = IntakeFixtures.intake(IntakeSettings.defaults().withPow(2)
        .withRates(1, 1, 1000, 1000, 1000));
    Client phone = client();
    var input = IntakeFixtures.anonymousReport(key(), proof(strict, phone), List.of());
    Receipt first = strict.fileReport(phone, input);
    assertThrows(RateLimitedException.class, () -> strict.fileReport(phone,
        IntakeFixtures.anonymousReport(key(), proof(strict, phone), List.of())), "a new one is paced");
    Receipt retry = strict.fileReport(phone, input);
    assertEquals(first.receiptNumber(), retry.receiptNumber());
    assertEquals(first.accessCode(), retry.accessCode());
    assertTrue(retry.replayed());
    var stale = new IntakeViews.ReportInput(input.region(), input.idempotencyKey(),
        new ProofOfWork("v1.expired.1.2.tag", "0"), input.anonymous(), input.reporter(), input.respondent(),
        input.projectCode(), input.projectName(), input.section(), input.industry(), input.matter(), input.facts(),
        input.evidenceUploadIds());
    assertEquals(first.receiptNumber(), intake.fileReport(client(), stale).receiptNumber());
  }

  private static void assertCode(String code, Executable call) {
    DomainException e = assertThrows(DomainException.class, call);
    assertEquals(code, e.code());
  }
}
