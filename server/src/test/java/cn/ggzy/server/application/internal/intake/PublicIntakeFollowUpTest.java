package cn.ggzy.server.application.internal.intake;

import static cn.ggzy.server.application.internal.intake.IntakeFixtures.client;
import static cn.ggzy.server.application.internal.intake.IntakeFixtures.complaint;
import static cn.ggzy.server.application.internal.intake.IntakeFixtures.jpeg;
import static cn.ggzy.server.application.internal.intake.IntakeFixtures.key;
import static cn.ggzy.server.application.internal.intake.IntakeFixtures.person;
import static cn.ggzy.server.application.internal.intake.IntakeFixtures.proof;
import static cn.ggzy.server.application.internal.intake.IntakeFixtures.sha256;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.ggzy.server.TestClock;
import cn.ggzy.server.application.Caller;
import cn.ggzy.server.application.CaseDocuments;
import cn.ggzy.server.application.CaseRegister;
import cn.ggzy.server.application.CaseRegister.Command;
import cn.ggzy.server.application.CaseViews.Detail;
import cn.ggzy.server.application.IntakeViews;
import cn.ggzy.server.application.IntakeViews.Author;
import cn.ggzy.server.application.IntakeViews.Client;
import cn.ggzy.server.application.IntakeViews.Download;
import cn.ggzy.server.application.IntakeViews.EvidenceRole;
import cn.ggzy.server.application.IntakeViews.Identity;
import cn.ggzy.server.application.IntakeViews.Receipt;
import cn.ggzy.server.application.IntakeViews.ReplyInput;
import cn.ggzy.server.application.IntakeViews.Submission;
import cn.ggzy.server.application.IntakeViews.Tracking;
import cn.ggzy.server.application.IntakeViews.Upload;
import cn.ggzy.server.domain.model.AccessDeniedException;
import cn.ggzy.server.domain.model.DomainException;
import cn.ggzy.server.domain.model.NotFoundException;
import cn.ggzy.server.domain.model.account.Role;
import cn.ggzy.server.domain.model.audit.AuditEntry;
import cn.ggzy.server.domain.model.audit.AuditLog;
import cn.ggzy.server.domain.model.enforcement.CaseAction;
import cn.ggzy.server.domain.model.enforcement.CaseSource;
import cn.ggzy.server.domain.model.enforcement.CaseStatus;
import cn.ggzy.server.domain.model.enforcement.DecisionKind;
import cn.ggzy.server.domain.model.enforcement.Industry;
import cn.ggzy.server.domain.model.enforcement.Registration;
import cn.ggzy.server.domain.model.intake.IntakeValidationException;
import cn.ggzy.server.domain.model.intake.RateLimitedException;
import cn.ggzy.server.domain.model.intake.SubmissionRepository;
import cn.ggzy.server.infrastructure.persistence.mongo.TestContainer;
import cn.ggzy.tenants.RegionCode;
import cn.ggzy.tenants.TenantId;
import com.mongodb.client.MongoDatabase;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.bson.Document;
import org.bson.types.Binary;
import org.junit.jupiter.api.Test;

/** After filing: the case, the filer's view with the access code, officers' side, confidentiality. */
class PublicIntakeFollowUpTest {
  private static final TenantId ZJJ = TenantId.of("421181-zjj");
  private static final TenantId SLJ = TenantId.of("421181-slj");
  private final DefaultPublicIntake intake = IntakeFixtures.intake();
  private final CaseRegister register = TestContainer.get(CaseRegister.class);

  private Receipt fileComplaintWithPhoto(Client client, byte[] photo) {
    Upload u = intake.uploadWhole(client, UUID.randomUUID().toString(), "围标证据.jpg", new ByteArrayInputStream(photo));
    var c = complaint(key(), proof(intake, client), person());
    return intake.fileComplaint(client, new IntakeViews.ComplaintInput(c.region(),
        c.idempotencyKey(), c.proof(), c.complainant(), c.respondent(), c.projectCode(), c.projectName(), c.section(),
        c.industry(), c.matter(), c.objectionSubject(), c.objectionRaisedOn(), c.facts(), c.request(), c.learnedOn(),
        List.of(u.uploadId()), c.objectionProofUploadIds(), c.declaration()));
  }

  private String caseIdOf(Receipt r) {
    intake.registerWaitingCases();
    return TestContainer.get(SubmissionRepository.class)
        .find(r.receiptNumber()).orElseThrow().caseId();
  }

  @Test
  void aUnitsAgentComplainsWithAPowerOfAttorneyAndTheRespondentsContactReachesTheOfficers() {
    Client client = client();
    Upload letter = intake.uploadWhole(client, UUID.randomUUID().toString(), "授权委托书.jpg",
        new ByteArrayInputStream(jpeg(15_000)));
    var c = complaint(key(), proof(intake, client), IntakeFixtures.company());
    Receipt r = intake.fileComplaint(client, new IntakeViews.ComplaintInput(c.region(), c.idempotencyKey(), c.proof(),
        c.complainant(), c.respondent(), c.projectCode(), c.projectName(), c.section(), c.industry(), c.matter(),
        c.objectionSubject(), c.objectionRaisedOn(), c.facts(), c.request(), c.learnedOn(), List.of(), List.of(),
        true, "麻城市某路1号，0713-2912345", List.of(letter.uploadId())));
    String caseId = caseIdOf(r);
    IntakeViews.Submission seen = intake.submission(IntakeFixtures.officer(ZJJ, Role.DEPARTMENT_OFFICER), caseId);
    assertEquals("麻城市某路1号，0713-2912345", seen.respondentContact());
    assertEquals(List.of(IntakeViews.EvidenceRole.POWER_OF_ATTORNEY),
        seen.files().stream().map(IntakeViews.EvidenceLine::role).toList());
    IntakeValidationException tooLong = assertThrows(IntakeValidationException.class, () -> intake.fileComplaint(
        client, new IntakeViews.ComplaintInput(c.region(), key(), proof(intake, client), c.complainant(),
            c.respondent(), c.projectCode(), c.projectName(), c.section(), c.industry(), c.matter(),
            c.objectionSubject(), c.objectionRaisedOn(), c.facts(), c.request(), c.learnedOn(), List.of(), List.of(),
            true, "址".repeat(300), List.of())));
    assertTrue(tooLong.violations().stream().anyMatch(v -> "respondentContact".equals(v.field())),
        tooLong.violations().toString());
  }

  @Test
  void aLateComplaintIsFlaggedOnItsSheetAndItsInboxLine() {
    Client client = client();
    var c = complaint(key(), proof(intake, client), person());
    Receipt r = intake.fileComplaint(client, new IntakeViews.ComplaintInput(c.region(),
        c.idempotencyKey(), c.proof(), c.complainant(), c.respondent(), c.projectCode(), c.projectName(), c.section(),
        c.industry(), c.matter(), c.objectionSubject(), c.objectionRaisedOn(), c.facts(), c.request(),
        IntakeFixtures.today().minusDays(11), List.of(), List.of(), c.declaration()));
    String caseId = caseIdOf(r);
    Caller zjj = IntakeFixtures.officer(ZJJ, Role.DEPARTMENT_OFFICER);
    Detail d = register.find(zjj, caseId);
    assertTrue(d.lateFiling(), "the sheet flags the late complaint");
    assertTrue(d.summary().startsWith("【逾期投诉"), d.summary());
    assertTrue(d.summaryEn().startsWith("[Late complaint"), d.summaryEn());
    var line = register.inbox(zjj, new CaseRegister.InboxRequest(CaseRegister.Inbox.DEPARTMENT, Set.of(), null,
        null, false, null, 0, 50)).lines().stream().filter(l -> l.id().equals(caseId)).findFirst().orElseThrow();
    assertTrue(line.lateFiling(), "and so does its inbox line");
    Receipt onTime = fileComplaintWithPhoto(client, jpeg(10_000));
    assertFalse(register.find(zjj, caseIdOf(onTime)).lateFiling());
  }

  @Test
  void theFilerDownloadsTheNoticesServedOnThemAndReadsTheRemediesOnceDecided() throws Exception {
    Client client = client();
    Receipt r = fileComplaintWithPhoto(client, jpeg(20_000));
    String caseId = caseIdOf(r);
    assertTrue(intake.track(client, r.receiptNumber(), r.accessCode()).notices().isEmpty(), "nothing served yet");
    Caller zjj = IntakeFixtures.officer(ZJJ, Role.DEPARTMENT_OFFICER);
    Caller head = IntakeFixtures.officer(ZJJ, Role.DEPARTMENT_HEAD);
    Detail c = register.act(zjj, caseId, Command.of(CaseAction.ACCEPT, register.find(zjj, caseId).version()));
    assertEquals(List.of("ACCEPTANCE"), intake.track(client, r.receiptNumber(), r.accessCode()).notices());
    String acceptance = pdfText(intake.noticePdf(client, r.receiptNumber(), r.accessCode(), "ACCEPTANCE"));
    assertTrue(acceptance.contains("受理通知书") && acceptance.contains(IntakeFixtures.NAME + "："), acceptance);
    assertEquals("intake.tracking.notFound", assertThrows(NotFoundException.class,
        () -> intake.noticePdf(client, r.receiptNumber(), "AAAA-BBBB-CCCC-DDDD", "ACCEPTANCE")).code());

    c = register.act(zjj, caseId, Command.of(CaseAction.START_INVESTIGATION, c.version()));
    c = register.act(zjj, caseId, new Command(CaseAction.PROPOSE_DECISION, c.version(), null, null, null, null, null,
        null, null, null, null, null, null, null, new CaseRegister.DecisionInput(
            DecisionKind.DISMISSED, "经查，投诉缺乏事实根据。", null, false,
            null, false)));
    c = register.act(head, caseId, Command.of(CaseAction.APPROVE_DECISION, c.version()).withReason("同意"));
    Tracking decided = intake.track(client, r.receiptNumber(), r.accessCode());
    assertFalse(decided.notices().contains("DECISION"), "the decision is the filer's once served");
    assertEquals("intake.notice.notFound", assertThrows(NotFoundException.class,
        () -> intake.noticePdf(client, r.receiptNumber(), r.accessCode(), "DECISION")).code());

    register.act(zjj, caseId, Command.of(CaseAction.DELIVER, c.version()));
    Tracking served = intake.track(client, r.receiptNumber(), r.accessCode());
    assertTrue(served.notices().contains("DECISION"), served.notices().toString());
    String decision = pdfText(intake.noticePdf(client, r.receiptNumber(), r.accessCode(), "DECISION"));
    assertTrue(decision.contains("处理决定书") && decision.contains("经查，投诉缺乏事实根据。"), decision);
    assertEquals(60, served.remedies().reviewDays());
    assertEquals("麻城市人民政府", served.remedies().reviewBodyZh());
    assertEquals(6, served.remedies().litigationMonths());
    assertEquals("麻城市人民法院", served.remedies().courtZh());
    assertTrue(TestContainer.get(AuditLog.class).recent(ZJJ, 40).stream().anyMatch(e ->
        e.action().equals("case.notice.DECISION.filer") && e.actor().equals("public:" + r.receiptNumber())),
        "the filer's download is on the audit trail");
  }

  private static String pdfText(byte[] pdf) throws IOException {
    try (var document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document).replaceAll("\\s+", "");
    }
  }

  @Test
  void aComplaintsNoticesNameTheComplainantForItsHandlersAndTheProjectOnce() throws Exception {
    Receipt r = fileComplaintWithPhoto(client(), jpeg(20_000));
    String caseId = caseIdOf(r);
    Caller zjj = IntakeFixtures.officer(ZJJ, Role.DEPARTMENT_OFFICER);
    Detail c = register.find(zjj, caseId);
    register.act(zjj, caseId, Command.of(CaseAction.ACCEPT, c.version()));
    String notice;
    try (var document = Loader.loadPDF(register.notice(zjj, caseId,
        CaseDocuments.NoticeKind.ACCEPTANCE))) {
      notice = new PDFTextStripper().getText(document).replaceAll("\\s+", "");
    }
    assertTrue(notice.contains(IntakeFixtures.NAME + "："), "the complainant is addressed by name: " + notice);
    assertTrue(notice.contains("提交的关于“麻城市某道路改造工程”围标串标的投诉，经审查"), notice);
    assertEquals(notice.indexOf("麻城市某道路改造工程"), notice.lastIndexOf("麻城市某道路改造工程"),
        "the project is named once: " + notice);
    AuditEntry line = TestContainer.get(AuditLog.class).recent(ZJJ, 20).stream()
        .filter(e -> "case.notice.ACCEPTANCE".equals(e.action()) && caseId.equals(e.target())).findFirst()
        .orElseThrow();
    assertEquals("filer's name in the notice", line.reason(), "the name's use is on the audit trail");
  }

  @Test
  void theFilerFollowsTheCaseWithTheAccessCodeAndOfficersSeeAMaskedSubmission() throws Exception {
    Client client = client();
    byte[] photo = jpeg(40_000);
    Receipt r = fileComplaintWithPhoto(client, photo);
    Tracking before = intake.track(client, r.receiptNumber(), r.accessCode().toLowerCase().replace("-", " "));
    assertEquals(r.receiptNumber(), before.receiptNumber());
    assertEquals(1, before.files().size());
    assertEquals(sha256(photo), before.files().get(0).sha256());

    String caseId = caseIdOf(r);
    assertNotNull(caseId);
    Tracking registered = intake.track(client, r.receiptNumber(), r.accessCode());
    assertEquals(CaseStatus.REGISTERED, registered.status());
    assertTrue(registered.caseNumber().startsWith("麻监案"), registered.caseNumber());
    assertEquals(List.of("RECEIVED", "REGISTER"), registered.timeline().stream().map(e -> e.code()).toList());
    assertEquals("ACCEPTANCE", registered.deadlines().get(0).kind());

    Caller zjj = IntakeFixtures.officer(ZJJ, Role.DEPARTMENT_OFFICER);
    Detail c = register.find(zjj, caseId);
    assertEquals(CaseSource.COMPLAINT, c.source());
    assertEquals(Industry.HOUSING_CONSTRUCTION, c.industry());
    assertEquals(r.receiptNumber(), c.originReference());
    assertEquals("投诉：围标串标（麻城市某道路改造工程）", c.title(), "the record, in Chinese");
    assertEquals("Complaint: Bid rigging (麻城市某道路改造工程)", c.titleEn(), "the same title for English readers");
    assertTrue(c.summary().contains("事实和理由：多家投标人") && c.summary().contains("标段：一标段"), c.summary());
    assertTrue(c.summaryEn().contains("Facts and reasons: 多家投标人") && c.summaryEn().contains("Section: 一标段")
        && !c.summaryEn().contains("事实和理由"), c.summaryEn());
    var line = register.inbox(zjj, new CaseRegister.InboxRequest(CaseRegister.Inbox.DEPARTMENT, Set.of(), null,
        null, false, null, 0, 50)).lines().stream().filter(l -> l.id().equals(caseId)).findFirst().orElseThrow();
    assertEquals(c.titleEn(), line.titleEn(), "the inbox line reads the stored phrase too");
    Submission seen = intake.submission(zjj, caseId);
    assertEquals("张**", seen.identity().name());
    assertEquals("4211**********1239", seen.identity().idNumber());
    assertEquals("138****5678", seen.identity().phone());
    assertEquals(EvidenceRole.EVIDENCE, seen.files().get(0).role());

    intake.sendMessage(zjj, caseId, "请补充投标文件制作电脑的MAC地址截图。");
    register.act(zjj, caseId, Command.of(CaseAction.ACCEPT, c.version()));
    Tracking accepted = intake.track(client, r.receiptNumber(), r.accessCode());
    assertEquals(CaseStatus.ACCEPTED, accepted.status());
    assertEquals(Author.OFFICER, accepted.messages().get(0).author());
    assertEquals(List.of("ACCEPTANCE", "COMPLETION"), accepted.deadlines().stream().map(d -> d.kind()).toList(),
        "both deadlines all the way");
    assertNotNull(accepted.deadlines().get(0).doneAt(), "the acceptance deadline shows when it was met");
    assertFalse(accepted.deadlines().get(0).doneAt().isAfter(accepted.deadlines().get(0).due()));
    assertNull(accepted.deadlines().get(1).doneAt(), "the completion deadline still runs");
    assertTrue(accepted.timeline().stream().anyMatch(e -> e.code().equals("ACCEPT")));
    assertFalse(accepted.toString().contains(zjj.login().value()), "no officer's login on the public view");

    byte[] screenshot = jpeg(20_000);
    Upload extra = intake.uploadWhole(client, UUID.randomUUID().toString(), "截图.jpg",
        new ByteArrayInputStream(screenshot));
    ReplyInput reply = new ReplyInput(key(), "已补充截图。", List.of(extra.uploadId()));
    intake.reply(client, r.receiptNumber(), r.accessCode(), reply);
    Tracking replied = intake.reply(client, r.receiptNumber(), r.accessCode(), reply);
    assertEquals(2, replied.messages().size(), "the retried reply is kept once");
    assertEquals(Author.FILER, replied.messages().get(1).author());
    assertEquals(EvidenceRole.SUPPLEMENT, replied.messages().get(1).files().get(0).role());

    Submission withSupplement = intake.submission(zjj, caseId);
    assertEquals(2, withSupplement.files().size());
    Download download = intake.evidence(zjj, caseId, withSupplement.files().get(1).id());
    try (InputStream in = download.open().get()) {
      byte[] bytes = in.readAllBytes();
      assertArrayEquals(screenshot, bytes);
      assertEquals(download.sha256(), sha256(bytes));
    }
    byte[] pdf = intake.receiptPdf(client, r.receiptNumber(), r.accessCode());
    assertEquals("%PDF", new String(pdf, 0, 4, StandardCharsets.ISO_8859_1));
  }

  @Test
  void revealingTheIdentityNeedsAReasonIsAuditedAndIsForTheHandlingDepartmentOnly() {
    Client client = client();
    Receipt r = fileComplaintWithPhoto(client, jpeg(5000));
    String caseId = caseIdOf(r);
    Caller zjj = IntakeFixtures.officer(ZJJ, Role.DEPARTMENT_OFFICER);
    DomainException noReason = assertThrows(DomainException.class, () -> intake.revealIdentity(zjj, caseId, " "));
    assertEquals("intake.reveal.reason.required", noReason.code());
    Instant before = TestClock.now();
    Identity identity = intake.revealIdentity(zjj, caseId, "需电话联系投诉人核实投标文件来源");
    assertEquals(IntakeFixtures.NAME, identity.name());
    assertEquals(IntakeFixtures.ID_NUMBER, identity.idNumber());
    assertEquals(IntakeFixtures.PHONE, identity.phone());
    List<AuditEntry> trail = TestContainer.get(AuditLog.class).recent(ZJJ, 20);
    AuditEntry reveal = trail.stream().filter(e -> e.action().equals("intake.identity.reveal")
        && e.target().equals(caseId)).findFirst().orElseThrow();
    assertEquals(zjj.login().value(), reveal.actor());
    assertEquals("需电话联系投诉人核实投标文件来源", reveal.reason());
    assertFalse(reveal.at().isBefore(before.minusSeconds(1)));
    for (AuditEntry e : trail) {
      assertFalse(String.valueOf(e).contains(IntakeFixtures.ID_NUMBER), "no identity in the audit trail");
      assertFalse(String.valueOf(e).contains(IntakeFixtures.PHONE));
    }
    Caller water = IntakeFixtures.officer(SLJ, Role.DEPARTMENT_HEAD);
    assertThrows(NotFoundException.class, () -> intake.revealIdentity(water, caseId, "好奇"));
    assertThrows(NotFoundException.class, () -> intake.submission(water, caseId));
    Caller office = IntakeFixtures.officer(TenantId.of("421181-jgb"), Role.OFFICE_OFFICER);
    assertEquals("张**", intake.submission(office, caseId).identity().name(), "the office reads the case, masked");
    assertThrows(AccessDeniedException.class, () -> intake.revealIdentity(office, caseId, "核实"));
    Caller leader = IntakeFixtures.officer(TenantId.of("421181-jgb"), Role.OFFICE_LEADER);
    assertEquals(IntakeFixtures.NAME, intake.revealIdentity(leader, caseId, "督查核实").name());
  }

  @Test
  void identitiesAreEncryptedAtRestAndAppearNowhereInClear() {
    Client client = client();
    Receipt r = fileComplaintWithPhoto(client, jpeg(3000));
    String caseId = caseIdOf(r);
    MongoDatabase db = TestContainer.get(MongoDatabase.class);
    Document raw = db.getCollection("intake_submissions").find(new Document("_id", r.receiptNumber())).first();
    String json = raw.toJson();
    for (String secret : List.of(IntakeFixtures.NAME, IntakeFixtures.ID_NUMBER, IntakeFixtures.PHONE,
        IntakeFixtures.ADDRESS, r.accessCode(), r.accessCode().replace("-", ""))) {
      assertFalse(json.contains(secret), "plain " + secret + " in the stored submission");
    }
    assertInstanceOf(Binary.class, raw.get("identity"));
    String caseJson = db.getCollection("cases").find(new Document("_id", caseId)).first().toJson();
    assertFalse(caseJson.contains(IntakeFixtures.NAME) || caseJson.contains(IntakeFixtures.ID_NUMBER)
        || caseJson.contains(IntakeFixtures.PHONE), "no identity in the case");
    Document moved = Document.parse(json);
    moved.put("_id", "TS421181-MOVEDCOPY0");
    moved.put("identity", raw.get("identity"));
    db.getCollection("intake_submissions").insertOne(moved);
    var repository = TestContainer.get(SubmissionRepository.class);
    assertThrows(IllegalStateException.class, () -> repository.find("TS421181-MOVEDCOPY0"),
        "a ciphertext copied to another receipt does not decrypt");
  }

  @Test
  void aWrongCodeAnswersLikeAnUnknownReceiptAndRepeatedTriesAreSlowedDown() {
    Client client = client();
    Receipt r = fileComplaintWithPhoto(client, jpeg(2000));
    NotFoundException wrong = assertThrows(NotFoundException.class,
        () -> intake.track(client(), r.receiptNumber(), "AAAA-BBBB-CCCC-DDDD"));
    NotFoundException unknown = assertThrows(NotFoundException.class,
        () -> intake.track(client(), "TS421181-0000000000", r.accessCode()));
    assertEquals(wrong.code(), unknown.code());
    assertEquals(wrong.field(), unknown.field());
    assertEquals("intake.tracking.notFound", wrong.code());
    assertThrows(NotFoundException.class, () -> intake.track(client(), r.receiptNumber(), null));

    // strangers from many addresses who know the receipt number cannot lock its filer out
    for (int i = 0; i < 10; i++) {
      assertThrows(NotFoundException.class, () -> intake.track(client(), r.receiptNumber(), "0000-0000-0000-0000"));
    }
    assertEquals(r.receiptNumber(), intake.track(client, r.receiptNumber(), r.accessCode()).receiptNumber());
    // but one address that keeps guessing is slowed down, even when it then tries the right code
    Client stranger = client();
    for (int i = 0; i < 5; i++) {
      assertThrows(NotFoundException.class, () -> intake.track(stranger, r.receiptNumber(), "0000-0000-0000-0000"));
    }
    RateLimitedException slowed = assertThrows(RateLimitedException.class,
        () -> intake.track(stranger, r.receiptNumber(), r.accessCode()));
    assertEquals("intake.rate.tracking", slowed.code());
    assertTrue(slowed.retryAfterSeconds() >= 1);

    Client guesser = client();
    for (int i = 0; i < 5; i++) {
      String receipt = "JB421181-00000000" + (10 + i);
      assertThrows(NotFoundException.class, () -> intake.track(guesser, receipt, "0000-0000-0000-0000"));
    }
    Receipt other = fileComplaintWithPhoto(client(), jpeg(2000));
    assertThrows(RateLimitedException.class, () -> intake.track(guesser, other.receiptNumber(), other.accessCode()),
        "a client guessing across receipts is slowed down too");
  }

  @Test
  void registeringTheSameReceiptTwiceGivesOneCase() {
    Client client = client();
    Receipt r = fileComplaintWithPhoto(client, jpeg(2000));
    var submissions = TestContainer.get(SubmissionRepository.class);
    var stored = submissions.find(r.receiptNumber()).orElseThrow();
    // a crash after the case was registered but before the submission was marked
    Registration registration = new CaseRegistration(submissions, register, TestClock.clock(), 10)
        .registration(stored);
    Detail first = register.registerFiled(RegionCode.of("421181"), registration, stored.receivedAt());
    Detail second = register.registerFiled(RegionCode.of("421181"), registration, stored.receivedAt());
    assertEquals(first.id(), second.id());
    intake.registerWaitingCases();
    assertEquals(first.id(), submissions.find(r.receiptNumber()).orElseThrow().caseId());
    assertTrue(first.summary().contains("事实和理由"));
    assertNull(first.summary().contains(IntakeFixtures.NAME) ? "identity in the case summary" : null);
  }
}
