package cn.ggzy.server.application.internal.expert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.ggzy.server.TestClock;
import cn.ggzy.server.application.Caller;
import cn.ggzy.server.application.CreditViews.RecordView;
import cn.ggzy.server.application.ExpertDraws;
import cn.ggzy.server.application.ExpertDraws.ExpertDrawView;
import cn.ggzy.server.application.ExpertDraws.Invitation;
import cn.ggzy.server.application.ExpertDraws.PanelMember;
import cn.ggzy.server.application.ExpertDraws.PublicDraw;
import cn.ggzy.server.application.ExpertDraws.RatingInput;
import cn.ggzy.server.application.ExpertPool;
import cn.ggzy.server.application.ExpertPool.ApplicationReceipt;
import cn.ggzy.server.application.ExpertPool.Decision;
import cn.ggzy.server.application.ExpertPool.DisqualificationInput;
import cn.ggzy.server.application.ExpertPool.DisqualificationView;
import cn.ggzy.server.application.IntakeViews.Client;
import cn.ggzy.server.application.internal.TestOfficers;
import cn.ggzy.server.domain.model.AccessDeniedException;
import cn.ggzy.server.domain.model.DomainException;
import cn.ggzy.server.domain.model.NotFoundException;
import cn.ggzy.server.domain.model.StateConflictException;
import cn.ggzy.server.domain.model.account.Role;
import cn.ggzy.server.domain.model.audit.AuditEntry;
import cn.ggzy.server.domain.model.audit.AuditLog;
import cn.ggzy.server.domain.model.credit.BlacklistEntry;
import cn.ggzy.server.domain.model.credit.BlacklistRepository;
import cn.ggzy.server.domain.model.credit.EntryId;
import cn.ggzy.server.domain.model.credit.ListClass;
import cn.ggzy.server.domain.model.credit.Measure;
import cn.ggzy.server.domain.model.credit.PublicationPeriod;
import cn.ggzy.server.domain.model.credit.RecordId;
import cn.ggzy.server.domain.model.credit.RecordKind;
import cn.ggzy.server.domain.model.credit.RecordStatus;
import cn.ggzy.server.domain.model.credit.SubjectId;
import cn.ggzy.server.domain.model.credit.SubjectIdentity;
import cn.ggzy.server.domain.model.credit.SubjectKind;
import cn.ggzy.server.domain.model.expert.AssignmentStatus;
import cn.ggzy.server.domain.model.expert.Disqualification;
import cn.ggzy.server.domain.model.expert.DrawRequest;
import cn.ggzy.server.domain.model.expert.DrawState;
import cn.ggzy.server.domain.model.expert.ExpertApplication;
import cn.ggzy.server.domain.model.expert.ExpertApplication.CertificateInput;
import cn.ggzy.server.domain.model.expert.ExpertScore;
import cn.ggzy.server.domain.model.expert.ExpertShortfallException;
import cn.ggzy.server.domain.model.expert.ExpertState;
import cn.ggzy.server.domain.model.expert.SpecialtyQuota;
import cn.ggzy.server.domain.model.intake.IntakeValidationException;
import cn.ggzy.server.infrastructure.messaging.ConsoleExpertMessenger;
import cn.ggzy.server.infrastructure.messaging.ConsoleExpertMessenger.Sent;
import cn.ggzy.server.infrastructure.persistence.mongo.TestContainer;
import cn.ggzy.tenants.RegionCode;
import cn.ggzy.tenants.TenantId;
import com.mongodb.client.MongoDatabase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The expert pool and draws through the real wiring (CDI, embedded MongoDB, audit), each test in a region of its own. */
class ExpertDrawsTest {
  private static final AtomicInteger N = new AtomicInteger();
  private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
  private final ExpertPool pool = TestContainer.get(ExpertPool.class);
  private final ExpertDraws draws = TestContainer.get(ExpertDraws.class);
  private final ConsoleExpertMessenger sms = TestContainer.get(ConsoleExpertMessenger.class);
  private final AuditLog audit = TestContainer.get(AuditLog.class);
  private final RegionCode region = TestOfficers.newRegion();
  private final TenantId office = TenantId.of(region, "jgb");
  private final TenantId zjj = TenantId.of(region, "zjj");
  private final TenantId jtj = TenantId.of(region, "jtj");
  private final Caller officeOfficer = person(office, Role.OFFICE_OFFICER);
  private final Caller zjjOfficer = person(zjj, Role.DEPARTMENT_OFFICER);
  private final Instant start = TestClock.now().plus(Duration.ofDays(3));

  @AfterEach
  void resetClock() {
    TestClock.reset();
  }

  private Caller person(TenantId tenant, Role role) {
    return TestOfficers.signedIn(tenant, "ex" + N.incrementAndGet() + "x" + region.value(), "人员" + N.get(), role);
  }

  /** A valid resident ID: region code, birth date, a sequence number, the check character. */
  static String residentId(int sequence) {
    String body = "421181" + (1960 + sequence % 30) + "0315" + String.format("%03d", sequence % 1000);
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += (body.charAt(i) - '0') * WEIGHTS[i];
    }
    return body + "10X98765432".charAt(sum % 11);
  }

  private String expert(String employer, String specialty, List<String> conflicts) {
    int n = N.incrementAndGet();
    ApplicationReceipt receipt = pool.apply(new Client("10.9." + (n / 250) + "." + (n % 250), null),
        region.value(), new ExpertApplication("专家" + n, residentId(n), "139" + String.format("%08d", n), employer,
            "高级工程师", List.of(specialty), List.of(new CertificateInput("高级工程师资格证", "Z" + n, "")), conflicts, false,
            true));
    assertEquals(ExpertState.CANDIDATE, receipt.state());
    long version = pool.find(officeOfficer, receipt.applicationId()).summary().version();
    pool.decide(officeOfficer, receipt.applicationId(), version, new Decision(Decision.Kind.APPROVE, null, null));
    return receipt.applicationId();
  }

  private DrawRequest request(int roads, int costs) {
    return new DrawRequest("G230 改建工程", "G230-01", "G230 改建工程一标段", "麻城市交通建设投资有限公司", "湖北某招标代理有限公司",
        List.of("湖北甲路桥有限公司", "湖北乙建设有限公司"),
        List.of(new SpecialtyQuota("A0301", roads), new SpecialtyQuota("A0304", costs)), 0, start, "麻城市公共资源交易中心",
        false, 6);
  }

  private List<Sent> sentTo(int before) {
    List<Sent> all = sms.sent();
    return all.subList(Math.min(before, all.size()), all.size());
  }

  private static String token(Sent sent) {
    return sent.replyLink().substring(sent.replyLink().lastIndexOf('/') + 1);
  }

  @Test
  void anApplicationIsReviewedByTheOfficeAndEveryFaultIsReportedAtOnce() {
    IntakeValidationException refused = assertThrows(IntakeValidationException.class, () -> pool.apply(
        new Client("10.8.0.1", null), region.value(), new ExpertApplication("王某", "123", "1", "单位", "工程师",
            List.of(), List.of(), List.of(), false, true)));
    assertEquals(List.of("residentId", "phone", "specialties", "certificates"),
        refused.violations().stream().map(IntakeValidationException.Violation::field).toList());
    String id = expert("湖北某设计院", "A0301", List.of());
    ExpertPool.ExpertDetail detail = pool.find(officeOfficer, id);
    assertEquals(ExpertState.ACTIVE, detail.summary().state());
    assertTrue(detail.summary().maskedResidentId().contains("************"));
    assertEquals(TestClock.today().plusMonths(12), detail.summary().reviewDue());
    assertThrows(AccessDeniedException.class, () -> pool.find(zjjOfficer, id), "departments do not keep the pool");
    assertThrows(AccessDeniedException.class, () -> pool.list(person(TenantId.of("421181-jgb"), Role.DEPARTMENT_HEAD),
        null, 0, 10));
    String again = residentIdOf(id);
    DomainException duplicate = assertThrows(DomainException.class, () -> pool.apply(new Client("10.8.0.2", null),
        region.value(), new ExpertApplication("重复", again, "13900000000", "某单位", "工程师", List.of("A0301"),
            List.of(new CertificateInput("证", "1", "")), List.of(), false, true)));
    assertEquals("expert.application.duplicate", duplicate.code());
    long readsBefore = audit.count(office);
    assertEquals(again, pool.reveal(officeOfficer, id).residentId());
    assertEquals(readsBefore + 1, audit.count(office), "the reveal is audited");
  }

  private String residentIdOf(String expertId) {
    return pool.reveal(officeOfficer, expertId).residentId();
  }

  @Test
  void theOfficeAsksToCancelAQualificationWithALetterAndACancelledExpertLeavesThePool() {
    String id = expert("湖北某设计院", "A0301", List.of());
    DisqualificationView sent = pool.requestDisqualification(officeOfficer, id, new DisqualificationInput(
        "测监案〔2026〕第0012号", "在G230改建工程评标中私下接触投标人并收受财物", "《中华人民共和国招标投标法实施条例》第七十一条",
        "黄冈市公共资源交易监督管理局"));
    assertEquals(Disqualification.State.SENT, sent.state());
    String text = pdfText(pool.disqualificationLetter(officeOfficer, sent.id()));
    assertTrue(text.contains("关于提请取消评标专家资格的函") && text.contains("黄冈市公共资源交易监督管理局")
        && text.contains(residentIdOf(id)) && text.contains("测监案〔2026〕第0012号"), text);
    assertThrows(AccessDeniedException.class, () -> pool.disqualificationLetter(zjjOfficer, sent.id()));
    DisqualificationView answered = pool.answerDisqualification(officeOfficer, sent.id(), sent.version(), true,
        "黄冈市公共资源交易监督管理局复函：已取消其评标专家资格");
    assertEquals(Disqualification.State.CANCELLED, answered.state());
    assertEquals(ExpertState.EXITED, pool.find(officeOfficer, id).summary().state());
    assertEquals("expert.disqualification.answered", assertThrows(StateConflictException.class,
        () -> pool.answerDisqualification(officeOfficer, sent.id(), answered.version(), false, "再次答复")).code());
    assertEquals(1, pool.disqualifications(officeOfficer, 0, 100).stream().filter(d -> d.id().equals(sent.id())).count());
    assertEquals(List.of(sent.id()), pool.disqualificationsOf(officeOfficer, id).stream().map(DisqualificationView::id)
        .toList());
    IntakeValidationException faults = assertThrows(IntakeValidationException.class,
        () -> pool.requestDisqualification(officeOfficer, id, new DisqualificationInput("", " ", "依据", "")));
    assertEquals(List.of("caseNumber", "facts", "addressee"), faults.violations().stream()
        .map(IntakeValidationException.Violation::field).toList());
  }

  private static String pdfText(byte[] pdf) {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document).replaceAll("[\\s\u3000]+", "");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void theIdentityIsStoredEncrypted() {
    String id = expert("湖北某设计院", "A0301", List.of());
    String residentId = residentIdOf(id);
    Document stored = TestContainer.get(MongoDatabase.class).getCollection("experts")
        .find(new Document("_id", id)).first();
    String raw = stored.toJson();
    assertFalse(raw.contains(residentId), "no resident ID in clear");
    assertFalse(raw.contains(pool.reveal(officeOfficer, id).phone()), "no phone in clear");
  }

  @Test
  void aDrawIsCommittedDrawnSealedUntilTheStartReplacedOnDeclineAndRecomputableByAnyone() {
    for (int i = 0; i < 8; i++) {
      expert("湖北某路桥设计院" + i, "A0301", List.of());
    }
    for (int i = 0; i < 3; i++) {
      expert("湖北某造价咨询公司" + i, "A0304", List.of());
    }
    String tendererStaff = expert("麻城市交通建设投资有限公司", "A0301", List.of());
    String conflicted = expert("某高校", "A0301", List.of("湖北甲路桥有限公司"));
    expert("湖北某路桥设计院0", "A0301", List.of());

    ExpertDrawView committed = draws.request(zjjOfficer, request(4, 1));
    assertEquals(DrawState.COMMITTED, committed.state());
    assertEquals(2, committed.recused(), "the tenderer's staff and the declared conflict");
    assertEquals(12, committed.eligible());
    PublicDraw before = draws.published(committed.id());
    assertTrue(before.sealed());
    assertEquals(committed.rounds().get(0).commitment(), before.rounds().get(0).commitment());
    assertNull(before.rounds().get(0).seed(), "no seed before the evaluation");

    int sentBefore = sms.sent().size();
    ExpertDrawView drawn = draws.draw(zjjOfficer, committed.id(), committed.version(), "纪检组 李某", "20261116-8831");
    assertEquals(DrawState.DRAWN, drawn.state());
    assertEquals(5, drawn.invited());
    List<Sent> invitations = sentTo(sentBefore);
    assertEquals(5, invitations.size(), "every drawn expert gets the invitation");
    assertEquals("expert.draw.sealed", assertThrows(StateConflictException.class,
        () -> draws.unseal(zjjOfficer, committed.id())).code(), "nobody reads the panel before the start");
    assertEquals("expert.draw.sealed", assertThrows(StateConflictException.class,
        () -> draws.unseal(person(office, Role.OFFICE_LEADER), committed.id())).code(), "not even the office");
    assertNull(draws.published(committed.id()).rounds().get(0).result());

    // another department: as if it did not exist; the office: through its audited scope
    Caller jtjOfficer = person(jtj, Role.DEPARTMENT_OFFICER);
    assertThrows(NotFoundException.class, () -> draws.find(jtjOfficer, committed.id()));
    assertThrows(NotFoundException.class, () -> draws.unseal(jtjOfficer, committed.id()));
    assertTrue(draws.list(jtjOfficer, 0, 50).stream().noneMatch(d -> d.id().equals(committed.id())));
    assertEquals(committed.id(), draws.find(officeOfficer, committed.id()).id());

    Invitation first = draws.invitation(token(invitations.get(0)));
    assertEquals(AssignmentStatus.INVITED, first.status());
    assertEquals("麻城市公共资源交易中心", first.place());
    assertEquals("expert.reply.reason", assertThrows(DomainException.class,
        () -> draws.reply(token(invitations.get(0)), false, " ")).code());
    int beforeReplacement = sms.sent().size();
    Invitation declined = draws.reply(token(invitations.get(0)), false, "出差在外");
    assertEquals(AssignmentStatus.DECLINED, declined.status());
    assertEquals(1, sentTo(beforeReplacement).size(), "a replacement is drawn and invited at once");
    assertEquals("expert.reply.answered", assertThrows(StateConflictException.class,
        () -> draws.reply(token(invitations.get(0)), true, null)).code());
    assertEquals(AssignmentStatus.ACCEPTED, draws.reply(token(invitations.get(1)), true, null).status());

    // the three others and the first replacement do not answer: after the reply time the job replaces them
    TestClock.set(TestClock.now().plus(Duration.ofHours(3)));
    int beforeJob = sms.sent().size();
    assertEquals(4, draws.replaceUnanswered());
    assertEquals(4, sentTo(beforeJob).size());
    assertEquals(0, draws.replaceUnanswered(), "nothing left to replace");
    assertEquals("expert.reply.late", assertThrows(StateConflictException.class,
        () -> draws.reply(token(invitations.get(2)), true, null)).code());
    ExpertDrawView after = draws.find(zjjOfficer, committed.id());
    assertEquals(3, after.rounds().size());
    assertEquals(10, after.invited());

    // the evaluation starts: the panel opens (audited), and anyone recomputes every round
    TestClock.set(start.plusSeconds(60));
    long auditBefore = audit.count(zjj);
    List<PanelMember> panel = draws.unseal(zjjOfficer, committed.id());
    assertEquals(auditBefore + 1, audit.count(zjj));
    AuditEntry unsealed = audit.recent(zjj, 1).get(0);
    assertEquals("expert.draw.UNSEAL", unsealed.action());
    assertEquals(10, panel.size());
    List<PanelMember> onPanel = panel.stream().filter(m -> m.status() == AssignmentStatus.ACCEPTED
        || m.status() == AssignmentStatus.INVITED).toList();
    assertEquals(5, onPanel.size(), "4 + 1 on the panel after the replacements");
    Set<String> employers = new HashSet<>();
    for (PanelMember m : onPanel) {
      assertTrue(employers.add(m.employer()), "one per employer: " + onPanel);
      assertNotEquals(tendererStaff, m.expertId());
      assertNotEquals(conflicted, m.expertId());
    }
    PublicDraw opened = draws.published(committed.id());
    assertFalse(opened.sealed());
    assertEquals(3, opened.rounds().size());
    opened.rounds().forEach(r -> assertTrue(r.verification().verified(), "round " + r.number() + " verifies"));
    assertFalse(opened.rounds().get(1).document().contains("湖北某路桥设计院"), "no employer names published");
  }

  @Test
  void whoServedTheSameTendererWithinTheMonthsIsRecusedFromItsNextDraw() {
    for (int i = 0; i < 11; i++) {
      expert("湖北某路桥设计院" + i, "A0301", List.of());
    }
    for (int i = 0; i < 4; i++) {
      expert("湖北某造价咨询公司" + i, "A0304", List.of());
    }
    ExpertDrawView first = draws.request(zjjOfficer, request(4, 1));
    draws.draw(zjjOfficer, first.id(), first.version(), "监督人", "1");
    ExpertDrawView second = draws.request(person(jtj, Role.DEPARTMENT_OFFICER), request(4, 1));
    assertEquals(5, second.recused(), "the first panel served the same tenderer three days ago");
    assertEquals(10, second.eligible());
  }

  @Test
  void afterTheEvaluationEachExpertOfThePanelIsRatedOnceAndTheScoreExplainsAndFades() {
    for (int i = 0; i < 6; i++) {
      expert("湖北某路桥设计院" + i, "A0301", List.of());
    }
    expert("湖北某造价咨询公司", "A0304", List.of());
    expert("湖北某造价咨询公司二", "A0304", List.of());
    ExpertDrawView committed = draws.request(zjjOfficer, request(4, 1));
    draws.draw(zjjOfficer, committed.id(), committed.version(), "监督人", "7");
    RatingInput good = new RatingInput(null, 5, 5, 4, 5, "");
    String someone = pool.list(officeOfficer, ExpertState.ACTIVE, 0, 50).get(0).id();
    assertEquals("expert.rating.notYet", assertThrows(StateConflictException.class, () -> draws.rate(zjjOfficer,
        committed.id(), withExpert(good, someone))).code(), "not before the evaluation starts");

    TestClock.set(start.plusSeconds(3600));
    List<PanelMember> panel = draws.unseal(zjjOfficer, committed.id());
    String first = panel.get(0).expertId();
    String second = panel.get(1).expertId();
    draws.rate(zjjOfficer, committed.id(), withExpert(good, first));
    assertEquals("expert.rating.done", assertThrows(StateConflictException.class, () -> draws.rate(zjjOfficer,
        committed.id(), withExpert(good, first))).code());
    IntakeValidationException noNote = assertThrows(IntakeValidationException.class, () -> draws.rate(zjjOfficer,
        committed.id(), new RatingInput(second, 5, 1, 3, 5, " ")));
    assertEquals("note", noNote.field(), "a negative rating says what happened");
    draws.rate(zjjOfficer, committed.id(), new RatingInput(second, 5, 1, 3, 5, "评标过程中多次与投标人代表私下接触"));
    String outsider = pool.list(officeOfficer, ExpertState.ACTIVE, 0, 50).stream().map(ExpertPool.ExpertSummary::id)
        .filter(id -> panel.stream().noneMatch(m -> m.expertId().equals(id))).findFirst().orElseThrow();
    assertEquals("expert.rating.notOnPanel", assertThrows(DomainException.class, () -> draws.rate(zjjOfficer,
        committed.id(), withExpert(good, outsider))).code());

    assertEquals("expert.rating.notNegative", assertThrows(DomainException.class,
        () -> draws.creditRecord(zjjOfficer, committed.id(), first)).code());
    RecordView record = draws.creditRecord(zjjOfficer, committed.id(), second);
    assertEquals(SubjectKind.EXPERT, record.subjectKind());
    assertEquals(RecordKind.POOR_PERFORMANCE, record.kind());
    assertTrue(record.summary().contains("评标过程中多次与投标人代表私下接触"));
    assertEquals(RecordStatus.PENDING_APPROVAL, record.status(), "a second person approves it in the credit module");
    assertEquals("expert.rating.inCredit", assertThrows(StateConflictException.class,
        () -> draws.creditRecord(zjjOfficer, committed.id(), second)).code(), "once only");
    PanelMember rated = draws.unseal(zjjOfficer, committed.id()).stream().filter(m -> m.expertId().equals(second))
        .findFirst().orElseThrow();
    assertEquals(70.0, rated.ratingPoints(), 0.01);
    assertTrue(rated.negativeRating());
    assertEquals(record.id(), rated.creditRecordId());

    // the expert's own page: the link goes only to the phone on file
    ExpertPool.ExpertIdentity identity = pool.reveal(officeOfficer, second);
    int before = sms.sent().size();
    pool.requestAccess(new Client("10.7.0.1", null), region.value(), identity.residentId(), "13000000000");
    assertEquals(before, sms.sent().size(), "a wrong phone gets nothing, and is told nothing");
    pool.requestAccess(new Client("10.7.0.2", null), region.value(), identity.residentId(), identity.phone());
    List<Sent> link = sentTo(before);
    assertEquals(1, link.size());
    assertEquals(identity.phone(), link.get(0).phone());
    ExpertPool.ExpertSelf self = pool.self(token(link.get(0)));
    assertEquals(1, self.served().size());
    assertEquals("G230 改建工程一标段", self.served().get(0).sectionName());
    assertEquals(70.0, self.score().score(), 0.01);
    assertEquals("expert.access.notFound", assertThrows(NotFoundException.class,
        () -> pool.self("x".repeat(43))).code());

    ExpertScore score = pool.score(officeOfficer, second);
    assertEquals(1, score.ratings());
    assertEquals(1, score.negative());
    assertEquals(70.0, score.score(), 0.01, "(5 + 1 + 3 + 5) / 4 × 20");
    TestClock.set(start.plus(Duration.ofDays(365)));
    assertEquals(0.5, pool.score(officeOfficer, second).lines().get(0).weight(), 0.01, "half the weight a year on");
  }

  private static RatingInput withExpert(RatingInput r, String expertId) {
    return new RatingInput(expertId, r.punctuality(), r.independence(), r.judgement(), r.discipline(), r.note());
  }

  @Test
  void anExpertOnThePublishedBlackListIsNotDrawnWhileTheEntryIsPublished() {
    for (int i = 0; i < 6; i++) {
      expert("湖北某路桥设计院" + i, "A0301", List.of());
    }
    expert("湖北某造价咨询公司", "A0304", List.of());
    expert("湖北某造价咨询公司二", "A0304", List.of());
    String listed = expert("湖北某路桥设计院九", "A0301", List.of());
    String person = residentIdOf(listed);
    String hex = String.format("%024x", Math.abs(ThreadLocalRandom.current().nextLong()));
    TestContainer.get(BlacklistRepository.class).store(zjj, BlacklistEntry.restore(new BlacklistEntry.Data(
        new EntryId(hex), zjj, new SubjectId(hex), SubjectIdentity.of(SubjectKind.EXPERT, "被列入者", null, person),
        new RecordId(hex), "测〔2026〕1号", ListClass.SERIOUS, "评标中收受好处", "《招标投标法实施条例》第七十二条",
        Set.of(Measure.SUSPEND_EXPERT), new PublicationPeriod(TestClock.today().minusDays(1),
            TestClock.today().plusMonths(12)), "head", TestClock.now(), null, null, 0)));
    ExpertDrawView committed = draws.request(zjjOfficer, request(4, 1));
    assertEquals(1, committed.recused(), "the listed expert");
    assertEquals(8, committed.eligible());
  }

  @Test
  void tooFewExpertsAfterRecusalIsRefusedBeforeAnythingIsCommitted() {
    for (int i = 0; i < 3; i++) {
      expert("某院" + i, "A0401", List.of());
    }
    ExpertShortfallException e = assertThrows(ExpertShortfallException.class, () -> draws.request(zjjOfficer,
        new DrawRequest("水库", "S1", "某水库除险加固", "麻城市水利局", null, List.of(),
            List.of(new SpecialtyQuota("A0401", 5)), 0, start, "交易中心", false, 0)));
    assertEquals(List.of("A0401", "3", "5"), e.arguments());
    assertEquals(0, draws.list(zjjOfficer, 0, 10).size());
  }
}
