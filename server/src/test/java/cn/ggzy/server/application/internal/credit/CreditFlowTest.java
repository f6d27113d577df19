package cn.ggzy.server.application.internal.credit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.ggzy.server.MutableClock;
import cn.ggzy.server.application.Blacklisting;
import cn.ggzy.server.application.Blacklisting.NewEntry;
import cn.ggzy.server.application.Caller;
import cn.ggzy.server.application.CreditRecords;
import cn.ggzy.server.application.CreditRecords.NewRecord;
import cn.ggzy.server.application.CreditRepairs;
import cn.ggzy.server.application.CreditScores;
import cn.ggzy.server.application.CreditViews.EntryView;
import cn.ggzy.server.application.CreditViews.RecordView;
import cn.ggzy.server.application.CreditViews.RepairView;
import cn.ggzy.server.application.CreditViews.ScoreView;
import cn.ggzy.server.application.OfficeScopes;
import cn.ggzy.server.application.PublicCredit;
import cn.ggzy.server.application.PublicCredit.ListRequest;
import cn.ggzy.server.application.PublicCreditViews.RepairReceipt;
import cn.ggzy.server.application.PublicCreditViews.RepairTarget;
import cn.ggzy.server.application.RedListing;
import cn.ggzy.server.application.TenantDirectory;
import cn.ggzy.server.application.internal.PublicJson;
import cn.ggzy.server.domain.model.AccessDeniedException;
import cn.ggzy.server.domain.model.DomainException;
import cn.ggzy.server.domain.model.NotFoundException;
import cn.ggzy.server.domain.model.account.Login;
import cn.ggzy.server.domain.model.account.Role;
import cn.ggzy.server.domain.model.audit.AuditLog;
import cn.ggzy.server.domain.model.credit.BlacklistRepository;
import cn.ggzy.server.domain.model.credit.CreditFixtures;
import cn.ggzy.server.domain.model.credit.CreditRecordRepository;
import cn.ggzy.server.domain.model.credit.CreditSettingsRepository;
import cn.ggzy.server.domain.model.credit.EntryStatus;
import cn.ggzy.server.domain.model.credit.ListClass;
import cn.ggzy.server.domain.model.credit.Measure;
import cn.ggzy.server.domain.model.credit.RecordKind;
import cn.ggzy.server.domain.model.credit.RecordStatus;
import cn.ggzy.server.domain.model.credit.RedListRepository;
import cn.ggzy.server.domain.model.credit.RedListStatus;
import cn.ggzy.server.domain.model.credit.RepairRepository;
import cn.ggzy.server.domain.model.credit.RepairRequest;
import cn.ggzy.server.domain.model.credit.RepairStatus;
import cn.ggzy.server.domain.model.credit.SubjectId;
import cn.ggzy.server.domain.model.credit.SubjectKind;
import cn.ggzy.server.domain.model.credit.SubjectRepository;
import cn.ggzy.server.domain.model.enforcement.CaseDecided;
import cn.ggzy.server.domain.model.enforcement.CaseId;
import cn.ggzy.server.domain.model.enforcement.CaseNumber;
import cn.ggzy.server.domain.model.enforcement.DecisionKind;
import cn.ggzy.server.domain.service.WorkingCalendar;
import cn.ggzy.server.infrastructure.persistence.mongo.TestContainer;
import cn.ggzy.tenants.RegionCode;
import cn.ggzy.tenants.TenantId;
import jakarta.enterprise.inject.spi.BeanManager;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * Credit through the real wiring (CDI, JNoSQL, embedded MongoDB, the shipped working calendar,
 * audit) with a clock the test sets: case decisions, second-person approval, listing, expiry on the
 * exact date, credit repair on working days, the red list, scores, and what the public sees.
 */
class CreditFlowTest {
  private static final AtomicLong N = new AtomicLong(System.nanoTime() % 100_000_000L);
  private static final RegionCode MACHENG = RegionCode.of("421181");
  private static final TenantId ZJJ = TenantId.of("421181-zjj");
  private static final TenantId JTJ = TenantId.of("421181-jtj");
  private static final TenantId OFFICE = TenantId.of("421181-jgb");
  private static final Caller CLERK = caller("zjj.clerk", ZJJ, Role.DEPARTMENT_OFFICER);
  private static final Caller HEAD = caller("zjj.head", ZJJ, Role.DEPARTMENT_HEAD);
  private static final Caller HEAD2 = caller("zjj.deputy", ZJJ, Role.DEPARTMENT_HEAD);
  private static final Caller JTJ_HEAD = caller("jtj.head", JTJ, Role.DEPARTMENT_HEAD);
  private static final Caller OFFICER = caller("jgb.officer", OFFICE, Role.OFFICE_OFFICER);

  private final MutableClock clock = new MutableClock("2026-03-02T10:00:00");
  private final TenantDirectory directory = TestContainer.get(TenantDirectory.class);
  private final AuditLog audit = TestContainer.get(AuditLog.class);
  private final CreditRecordRepository recordRepository = TestContainer.get(CreditRecordRepository.class);
  private final SubjectRepository subjects = TestContainer.get(SubjectRepository.class);
  private final BlacklistRepository blacklistRepository = TestContainer.get(BlacklistRepository.class);
  private final RepairRepository repairRepository = TestContainer.get(RepairRepository.class);
  private final RedListRepository redRepository = TestContainer.get(RedListRepository.class);
  private final CreditSettingsRepository settings = TestContainer.get(CreditSettingsRepository.class);
  private final OfficeScopes scopes = TestContainer.get(OfficeScopes.class);
  private final RedListProposer proposer = new RedListProposer(recordRepository, subjects, redRepository, settings,
      directory, audit, clock);
  private final CreditRecords records = new DefaultCreditRecords(recordRepository, subjects, proposer, scopes,
      directory, audit, clock);
  private final Blacklisting blacklisting = new DefaultBlacklisting(blacklistRepository, recordRepository, subjects,
      scopes, directory, audit, clock);
  private final CreditRepairs repairs = new DefaultCreditRepairs(repairRepository, blacklistRepository,
      TestContainer.get(WorkingCalendar.class), directory, audit, clock);
  private final RedListing redListing = new DefaultRedListing(redRepository, recordRepository, settings, proposer,
      directory, audit, clock);
  private final CreditScores scores = new DefaultCreditScores(subjects, recordRepository, settings, directory, audit,
      clock);
  private final PublicCredit publicCredit = new DefaultPublicCredit(blacklistRepository, redRepository, subjects,
      repairRepository, directory, clock);
  private final CreditFromCases fromCases = new CreditFromCases(recordRepository, subjects, proposer, audit);

  private static Caller caller(String login, TenantId tenant, Role role) {
    return new Caller(new Login(login), tenant, Set.of(role), login);
  }

  private static String newCode() {
    return CreditFixtures.code("92421181", N.incrementAndGet());
  }

  private static CaseDecided decided(DecisionKind kind, String name, String code, String at) {
    String id = CreditFixtures.hex();
    return new CaseDecided(new CaseId(id), new CaseNumber("麻监案〔2026〕第" + id.substring(20) + "号"), ZJJ, kind,
        "对其串通投标行为处以罚款五万元", name, code, ZonedDateTime.parse(at + "+08:00[Asia/Shanghai]").toInstant(),
        null);
  }

  /** A penalty decided by a case on {@code day}, listed for the given period by the department head. */
  private EntryView listed(String name, String code, ListClass listClass, String start, String end) {
    CaseDecided event = decided(DecisionKind.ADMINISTRATIVE_PENALTY, name, code, start + "T09:00:00");
    fromCases.record(event);
    return blacklisting.list(HEAD, new NewEntry(event.caseId().value(), listClass, "串通投标，情节严重",
        "《招标投标法实施条例》第六十七条", EnumSet.of(Measure.RESTRICT_BIDDING, Measure.INTENSIFIED_SUPERVISION),
        LocalDate.parse(start), LocalDate.parse(end)));
  }

  private boolean onPublicBlacklist(String code) {
    return publicCredit.blacklist(new ListRequest("421181", code, null, null, null, 0, 20)).total() > 0;
  }

  @Test
  void anApprovedCaseDecisionFiredAsAnEventLeavesACreditRecordOnce() {
    String code = newCode();
    CaseDecided penalty = decided(DecisionKind.ADMINISTRATIVE_PENALTY, "麻城市围标建设有限公司", code, "2026-03-02T09:30:00");
    BeanManager beans = TestContainer.get(BeanManager.class);
    beans.getEvent().select(CaseDecided.class).fire(penalty);
    beans.getEvent().select(CaseDecided.class).fire(penalty);

    RecordView record = records.find(HEAD, penalty.caseId().value());
    assertEquals(RecordKind.PENALTY, record.kind());
    assertEquals(RecordStatus.IN_FORCE, record.status());
    assertEquals(penalty.caseNumber().value(), record.caseNumber());
    assertEquals(code, record.creditCode());
    assertEquals(LocalDate.parse("2026-03-02"), record.decidedOn());
    assertEquals(subjects.findByKey(MACHENG, "C:" + code).orElseThrow().id().value(), record.subjectId());
    assertEquals(1, recordRepository.inForce(MACHENG, new SubjectId(
        record.subjectId())).size(), "the same event twice records once");

    CaseDecided dismissed = decided(DecisionKind.DISMISSED, "无责公司", newCode(), "2026-03-02T09:30:00");
    beans.getEvent().select(CaseDecided.class).fire(dismissed);
    assertThrows(NotFoundException.class, () -> records.find(HEAD, dismissed.caseId().value()));
    assertThrows(NotFoundException.class, () -> records.find(JTJ_HEAD, penalty.caseId().value()),
        "another department does not see it");
  }

  @Test
  void aRespondentWithoutCreditCodeIsRecordedByNameAndIdentifiedByAnOfficer() {
    CaseDecided founded = decided(DecisionKind.FOUNDED_MEASURES_ORDERED, "某某公司", null, "2026-03-02T09:30:00");
    RecordView record = fromCases.record(founded).map(r -> records.find(HEAD, r.id().value())).orElseThrow();
    assertEquals(RecordKind.VIOLATION, record.kind());
    assertNull(record.subjectId());
    assertTrue(record.mayIdentify());
    assertFalse(record.mayList());
    assertEquals("credit.record.unidentified", assertThrows(DomainException.class, () -> blacklisting.list(HEAD,
        new NewEntry(record.id(), ListClass.GENERAL, "理由", "依据", EnumSet.of(Measure.NO_HONOURS),
            LocalDate.parse("2026-03-02"), LocalDate.parse("2026-06-01")))).code());
    String code = newCode();
    RecordView identified = records.identify(CLERK, record.id(), record.version(), SubjectKind.ENTERPRISE,
        "麻城市某某建筑有限公司", code, null);
    assertEquals(code, identified.creditCode());
    assertTrue(listedOk(identified));
  }

  private boolean listedOk(RecordView record) {
    return blacklisting.list(HEAD, new NewEntry(record.id(), ListClass.GENERAL, "理由", "依据",
        EnumSet.of(Measure.NO_HONOURS), LocalDate.parse("2026-03-02"), LocalDate.parse("2026-06-01")))
        .status() == EntryStatus.PUBLISHED;
  }

  @Test
  void aRecordEnteredByHandNeedsTheLegalBasisAndASecondPerson() {
    NewRecord input = new NewRecord(SubjectKind.ENTERPRISE, "麻城市履约评价公司", newCode(), null,
        RecordKind.POOR_PERFORMANCE, "项目经理长期不在岗", "《麻城市公共资源交易履约评价办法》第八条", "内部：待核实",
        LocalDate.parse("2026-03-01"));
    assertEquals("credit.record.legalBasis.required", assertThrows(DomainException.class, () -> records.enter(CLERK,
        new NewRecord(input.subjectKind(), input.subjectName(), input.creditCode(), null, input.kind(),
            input.summary(), " ", null, input.decidedOn()))).code());
    RecordView pendingByHead = records.enter(HEAD, input);
    assertEquals(RecordStatus.PENDING_APPROVAL, pendingByHead.status());
    assertFalse(pendingByHead.mayApprove(), "nobody approves their own record");
    assertEquals("credit.record.secondPerson", assertThrows(DomainException.class,
        () -> records.approve(HEAD, pendingByHead.id(), pendingByHead.version())).code());
    assertThrows(AccessDeniedException.class, () -> records.approve(CLERK, pendingByHead.id(),
        pendingByHead.version()), "an officer without the head's role cannot approve");
    assertThrows(NotFoundException.class, () -> records.approve(JTJ_HEAD, pendingByHead.id(),
        pendingByHead.version()), "another department's head cannot even see it");
    RecordView approved = records.approve(HEAD2, pendingByHead.id(), pendingByHead.version());
    assertEquals(RecordStatus.IN_FORCE, approved.status());
    assertEquals("zjj.deputy", approved.approvedBy());
    assertEquals("credit.record.notListable", assertThrows(DomainException.class, () -> blacklisting.list(HEAD,
        new NewEntry(approved.id(), ListClass.GENERAL, "理由", "依据", EnumSet.of(Measure.NO_HONOURS),
            LocalDate.parse("2026-03-02"), LocalDate.parse("2026-06-01")))).code(),
        "a performance rating is no decision to list from");
  }

  @Test
  void anEntryIsPublicUntilTheEndOfItsLastDayAndGoneAtMidnightButStaysInTheHistory() {
    String code = newCode();
    EntryView entry = listed("麻城市到期测试有限公司", code, ListClass.GENERAL, "2026-03-02", "2026-06-01");
    clock.set("2026-06-01T23:59:59");
    assertTrue(onPublicBlacklist(code));
    assertEquals(1, publicCredit.subjects(new ListRequest("421181", code, null, null, null, 0, 20)).total());
    assertEquals(1, publicCredit.subject("421181", entry.subjectId()).blacklist().size());

    clock.set("2026-06-02T00:00:00");
    assertFalse(onPublicBlacklist(code), "gone at 00:00 the day after the last day");
    assertEquals(0, publicCredit.subjects(new ListRequest("421181", code, null, null, null, 0, 20)).total());
    assertThrows(NotFoundException.class, () -> publicCredit.subject("421181", entry.subjectId()));
    EntryView history = blacklisting.find(HEAD, entry.id());
    assertEquals(EntryStatus.EXPIRED, history.status(), "the officers keep it, as expired");
    assertEquals("region.unknown", assertThrows(DomainException.class, () -> publicCredit.blacklist(
        new ListRequest("420100", null, null, null, null, 0, 100))).code(), "no region but a known one answers");
  }

  @Test
  void repairIsDecidedWithinThreeWorkingDaysExtendableByThreeAndTakesTheEntryOffAtOnce() {
    String code = newCode();
    EntryView entry = listed("麻城市修复测试有限公司", code, ListClass.GENERAL, "2026-03-02", "2027-03-01");
    RepairRequest request = new RepairRequest(code, "李经理", "13912345678", "本单位承诺依法诚信经营……", true,
        "已缴清罚款，完成内部整改", "罚款缴纳凭证；整改报告");

    clock.set("2026-06-01T16:00:00");
    assertEquals("credit.repair.tooEarly", assertThrows(DomainException.class,
        () -> repairs.apply("421181", entry.id(), request)).code(), "3 months from 2 March end on 1 June");
    assertFalse(publicCredit.repairTarget("421181", entry.id()).openForApplication());

    // received on Wednesday 30 September: 1–7 October are holidays, Saturday 10 October is a working day
    clock.set("2026-09-30T15:00:00");
    assertTrue(publicCredit.repairTarget("421181", entry.id()).openForApplication());
    RepairReceipt receipt = repairs.apply("421181", entry.id(), request);
    assertEquals(LocalDate.parse("2026-10-10"), receipt.decisionDueOn());
    assertEquals(ZonedDateTime.parse("2026-10-11T00:00:00+08:00[Asia/Shanghai]").toInstant(), receipt.due());
    assertEquals("credit.repair.pending", assertThrows(DomainException.class,
        () -> repairs.apply("421181", entry.id(), request)).code());
    assertEquals(RepairStatus.SUBMITTED, publicCredit.repairTarget("421181", entry.id()).latest().status());

    clock.set("2026-10-09T11:00:00");
    RepairView open = repairs.find(HEAD, receipt.receiptNumber());
    assertThrows(AccessDeniedException.class, () -> repairs.extend(CLERK, open.id(), open.version(), "理由"));
    RepairView extended = repairs.extend(HEAD, open.id(), open.version(), "需要现场核实整改情况");
    assertEquals(LocalDate.parse("2026-10-14"), extended.lastWorkingDay(), "Monday 12 to Wednesday 14 October");
    assertFalse(extended.mayExtend());

    clock.set("2026-10-14T23:59:59");
    assertFalse(repairs.find(HEAD, open.id()).overdue());
    clock.set("2026-10-13T10:00:00");
    assertTrue(onPublicBlacklist(code));
    RepairView approved = repairs.decide(HEAD, open.id(), extended.version(), true,
        "经审查，该单位已完成整改，准予信用修复，自即日起移出黑名单公示");
    assertEquals(RepairStatus.APPROVED, approved.status());
    assertFalse(approved.decidedLate());
    assertFalse(onPublicBlacklist(code), "off the public list at once");
    assertEquals(EntryStatus.REMOVED, blacklisting.find(HEAD, entry.id()).status());
    RepairTarget outcome = publicCredit.repairTarget("421181", entry.id());
    assertEquals(RepairStatus.APPROVED, outcome.latest().status());
    assertEquals(LocalDate.parse("2026-10-13"), outcome.latest().decidedOn());
    assertFalse(outcome.published());
  }

  @Test
  void aRepairDecidedAfterTheDeadlineIsMarkedOverdueAndLate() {
    String code = newCode();
    EntryView entry = listed("麻城市逾期测试有限公司", code, ListClass.SERIOUS, "2026-03-02", "2027-03-01");
    clock.set("2026-09-30T15:00:00");
    RepairReceipt receipt = repairs.apply("421181", entry.id(), new RepairRequest(code, "王", "027-12345678",
        "承诺", true, "整改", "凭证"));
    clock.set("2026-10-11T00:00:00");
    RepairView overdue = repairs.find(HEAD, receipt.receiptNumber());
    assertTrue(overdue.overdue());
    assertEquals("credit.repair.extension.late", assertThrows(DomainException.class,
        () -> repairs.extend(HEAD, overdue.id(), overdue.version(), "太迟")).code());
    RepairView refused = repairs.decide(HEAD, overdue.id(), overdue.version(), false, "整改证明材料不足，不予修复");
    assertTrue(refused.decidedLate());
    assertTrue(onPublicBlacklist(code), "a refused repair leaves the entry published");
    assertEquals(RepairStatus.REFUSED, publicCredit.blacklist(new ListRequest("421181", code, null, null, null, 0, 5))
        .items().get(0).repair().status());
  }

  @Test
  void theRedListIsProposedFromTheCriteriaConfirmedByTheOfficeAndEndedByAPenalty() {
    String code = newCode();
    clock.set("2026-05-01T09:00:00");
    NewRecord good = new NewRecord(SubjectKind.AGENCY, "麻城市诚信招标代理有限公司", code, null,
        RecordKind.GOOD_PERFORMANCE, "代理项目履约评价优秀", "《麻城市公共资源交易履约评价办法》第八条", null,
        LocalDate.parse("2026-04-20"));
    RecordView first = records.enter(CLERK, good);
    records.approve(HEAD, first.id(), first.version());
    assertTrue(redListing.entries(OFFICER, RedListStatus.PROPOSED, 0, 200).items().stream()
        .noneMatch(e -> e.identifier().equals(code)), "one good rating is not enough");
    RecordView second = records.enter(CLERK, good);
    records.approve(HEAD, second.id(), second.version());
    var proposal = redListing.entries(OFFICER, RedListStatus.PROPOSED, 0, 200).items().stream()
        .filter(e -> e.identifier().equals(code)).findFirst().orElseThrow();
    assertEquals(2, proposal.positiveRecords());
    assertEquals(0, new BigDecimal("90.0").compareTo(proposal.score()), "80 + 2 × (5 × 0.990 = 4.95 → 5.0)");
    assertFalse(publicCredit.redlist(new ListRequest("421181", code, null, null, null, 0, 5)).total() > 0,
        "not public before an officer confirms");
    assertThrows(AccessDeniedException.class, () -> redListing.confirm(HEAD, proposal.id(), proposal.version()),
        "a department head does not keep the office's red list");
    redListing.confirm(OFFICER, proposal.id(), proposal.version());
    var published = publicCredit.redlist(new ListRequest("421181", code, null, null, null, 0, 5)).items();
    assertEquals(1, published.size());
    assertEquals(LocalDate.parse("2027-04-30"), published.get(0).end());

    ScoreView score = scores.byCreditCode(MACHENG, code).orElseThrow();
    assertEquals(2, score.lines().size());
    BigDecimal sum = BigDecimal.valueOf(score.base()).add(score.adjustment());
    for (var line : score.lines()) {
      sum = sum.add(line.contribution());
    }
    assertEquals(0, sum.compareTo(score.total()), "every point is explained");
    // an officer's read of the region-wide score is audited in the reader's department
    ScoreView read = scores.forOfficerByCode(HEAD, code).orElseThrow();
    assertEquals(score.total(), read.total());
    assertTrue(audit.recent(HEAD.tenant(), 5).stream().anyMatch(e -> e.action().equals("credit.score.read")
        && e.target().equals("subject:" + read.subjectId()) && e.actor().equals(HEAD.login().value())));

    clock.set("2026-05-10T09:00:00");
    fromCases.record(new CaseDecided(new CaseId(CreditFixtures.hex()), new CaseNumber("麻监案〔2026〕第0999号"), JTJ,
        DecisionKind.ADMINISTRATIVE_PENALTY, "罚款", "麻城市诚信招标代理有限公司", code, clock.instant(), null));
    assertEquals(0, publicCredit.redlist(new ListRequest("421181", code, null, null, null, 0, 5)).total(),
        "one violation anywhere in the region ends it the same day");
  }

  @Test
  void nothingPrivateReachesAPublicResponse() {
    String note = "内部备注-请勿外传";
    clock.set("2026-03-02T10:00:00");
    RecordView expertRecord = records.enter(CLERK, new NewRecord(SubjectKind.EXPERT, "张某某",
        null, CreditFixtures.EXPERT_ID, RecordKind.POOR_PERFORMANCE, "评标打分明显畸高", "评标专家管理办法", note,
        LocalDate.parse("2026-03-01")));
    records.approve(HEAD, expertRecord.id(), expertRecord.version());
    CaseDecided expertCase = new CaseDecided(new CaseId(CreditFixtures.hex()), new CaseNumber("麻监案〔2026〕第0777号"),
        ZJJ, DecisionKind.ADMINISTRATIVE_PENALTY, "取消评标专家资格", "张某某", null, clock.instant(), null);
    RecordView caseRecord = records.find(HEAD, fromCases.record(expertCase).orElseThrow().id().value());
    records.identify(CLERK, caseRecord.id(), caseRecord.version(), SubjectKind.EXPERT, "张某某", null,
        CreditFixtures.EXPERT_ID);
    EntryView entry = blacklisting.list(HEAD, new NewEntry(caseRecord.id(), ListClass.SERIOUS, "评标中收受好处",
        "《招标投标法实施条例》第七十二条", EnumSet.of(Measure.SUSPEND_EXPERT), LocalDate.parse("2026-03-02"),
        LocalDate.parse("2027-03-01")));
    clock.set("2026-09-02T10:00:00");
    repairs.apply("421181", entry.id(), new RepairRequest(CreditFixtures.EXPERT_ID, "张某某本人", "13800001111",
        "承诺", true, "整改内容-私密", "材料"));

    String json = String.join("\n",
        PublicJson.of(publicCredit.blacklist(new ListRequest("421181", "张某某", null, null, null, 0, 50))),
        PublicJson.of(publicCredit.subjects(new ListRequest("421181", "张某某", null, null, null, 0, 50))),
        PublicJson.of(publicCredit.subject("421181", entry.subjectId())),
        PublicJson.of(publicCredit.repairTarget("421181", entry.id())),
        PublicJson.of(publicCredit.redlist(new ListRequest("421181", null, null, null, null, 0, 50))));
    assertTrue(json.contains("1101************2X"), "the masked ID number is shown");
    assertTrue(json.contains("评标中收受好处"), "the reason is public");
    for (String secret : new String[] {CreditFixtures.EXPERT_ID, "19491231", note, "13800001111", "张某某本人",
        "整改内容-私密", "zjj.head", "zjj.clerk", "internalNote", "contactPhone"}) {
      assertFalse(json.contains(secret), "a public response contains " + secret);
    }
    assertNotNull(records.find(HEAD, expertRecord.id()).internalNote(), "officers keep the note");
  }
}
