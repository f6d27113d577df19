package cn.ggzy.server.application.internal.agency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.ggzy.server.TestClock;
import cn.ggzy.server.application.AgencyAssessments;
import cn.ggzy.server.application.AgencyAssessments.AgencyInput;
import cn.ggzy.server.application.AgencyAssessments.GradeInput;
import cn.ggzy.server.application.AgencyAssessments.IndicatorInput;
import cn.ggzy.server.application.AgencyAssessments.MethodInput;
import cn.ggzy.server.application.AgencyAssessments.ProjectInput;
import cn.ggzy.server.application.AgencyAssessments.PublicGrade;
import cn.ggzy.server.application.AgencyAssessments.StaffInput;
import cn.ggzy.server.application.Caller;
import cn.ggzy.server.application.CaseRegister;
import cn.ggzy.server.application.CaseRegister.Command;
import cn.ggzy.server.application.CaseRegister.DecisionInput;
import cn.ggzy.server.application.CaseRegister.NewCase;
import cn.ggzy.server.application.CaseViews.Detail;
import cn.ggzy.server.application.CreditRecords;
import cn.ggzy.server.application.Dispatch;
import cn.ggzy.server.application.Dispatch.Dashboard;
import cn.ggzy.server.application.internal.TestOfficers;
import cn.ggzy.server.domain.model.AccessDeniedException;
import cn.ggzy.server.domain.model.DomainException;
import cn.ggzy.server.domain.model.StateConflictException;
import cn.ggzy.server.domain.model.account.Role;
import cn.ggzy.server.domain.model.agency.Agency;
import cn.ggzy.server.domain.model.agency.Assessment;
import cn.ggzy.server.domain.model.agency.Assessment.IndicatorScore;
import cn.ggzy.server.domain.model.agency.AssessmentMethod;
import cn.ggzy.server.domain.model.credit.CreditFixtures;
import cn.ggzy.server.domain.model.credit.RecordKind;
import cn.ggzy.server.domain.model.credit.RecordStatus;
import cn.ggzy.server.domain.model.credit.SubjectKind;
import cn.ggzy.server.domain.model.enforcement.CaseAction;
import cn.ggzy.server.domain.model.enforcement.CaseSource;
import cn.ggzy.server.domain.model.enforcement.DecisionKind;
import cn.ggzy.server.domain.model.enforcement.Industry;
import cn.ggzy.server.infrastructure.persistence.mongo.TestContainer;
import cn.ggzy.tenants.TenantId;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * 代理机构考核 through the real wiring: an agency's projects bring a founded case into its result (the
 * point deducted names the case); on-site items are scored by an officer; results are ranked,
 * published with the appeal's last day on the working-day calendar (国庆 2026 and its adjusted Saturday
 * counted), appealed in time or refused late, decided; a final grade enters a credit record and the
 * restricting grade restricts the agency; the public sees the ranking.
 */
class AgencyAssessmentTest {
  private static final AtomicInteger N = new AtomicInteger(700_000);
  private static final TenantId OFFICE = TenantId.of("421181-jgb");
  private static final TenantId ZJJ = TenantId.of("421181-zjj");

  private final AgencyAssessments assessments = TestContainer.get(AgencyAssessments.class);
  private final CaseRegister register = TestContainer.get(CaseRegister.class);
  private final CreditRecords credit = TestContainer.get(CreditRecords.class);

  private static Caller person(TenantId tenant, Role role) {
    return TestOfficers.signedIn(tenant, "agy" + N.incrementAndGet() + "p", "考核" + N.get(), role);
  }

  private Agency agency(Caller officer, String name, String project) {
    return assessments.keep(officer, new AgencyInput(CreditFixtures.code(N.incrementAndGet()), name, "0713-1234567",
        List.of(new StaffInput("张工", "项目负责人", "ZB-2026-001")), List.of("工程招标代理"),
        project == null ? List.of() : List.of(new ProjectInput(project, "某道路工程", ZJJ.value()))), 0);
  }

  private static Assessment of(List<Assessment> list, Agency a) {
    return list.stream().filter(x -> x.agencyCode().equals(a.creditCode())).findFirst().orElseThrow();
  }

  private static IndicatorScore line(Assessment a, String indicator) {
    return a.lines().stream().filter(l -> l.indicator().equals(indicator)).findFirst().orElseThrow();
  }

  private Detail founded(Caller office, Caller officer, Caller head, String project, DecisionKind kind) {
    Detail c = register.register(office, new NewCase(CaseSource.COMPLAINT, Industry.HOUSING_CONSTRUCTION,
        "代理机构违规投诉" + N.incrementAndGet(), "代理机构泄露投标人名单", project, "某道路工程", "某代理公司", null, false));
    c = register.act(officer, c.id(), Command.of(CaseAction.ACCEPT, c.version()));
    c = register.act(officer, c.id(), Command.of(CaseAction.START_INVESTIGATION, c.version()));
    c = register.act(officer, c.id(), new Command(CaseAction.PROPOSE_DECISION, c.version(), null, null, null, null,
        null, null, null, null, null, null, null, null, new DecisionInput(kind, "责令改正", null, false, null, false)));
    return register.act(head, c.id(), Command.of(CaseAction.APPROVE_DECISION, c.version()).withReason("同意"));
  }

  @Test
  void aQuartersResultsAreExplainedRankedPublishedAppealedAndFeedTheCreditRecords() {
    Instant start = TestClock.now();
    try {
      TestClock.set(LocalDate.of(2026, 8, 10), 10);
      Caller leader = person(OFFICE, Role.OFFICE_LEADER);
      Caller officer = person(OFFICE, Role.OFFICE_OFFICER);
      Caller zjjOfficer = person(ZJJ, Role.DEPARTMENT_OFFICER);
      Caller zjjHead = person(ZJJ, Role.DEPARTMENT_HEAD);
      String project = "AGY-P-" + N.incrementAndGet();
      AssessmentMethod standard = assessments.method(leader);
      AssessmentMethod method = assessments.publishMethod(leader, new MethodInput(standard.indicators().stream()
          .map(i -> new IndicatorInput(i.code(), i.nameZh(), i.nameEn(), i.source().name(), i.weight(), i.perItem()))
          .toList(), List.of(new GradeInput("A", 95), new GradeInput("B", 88), new GradeInput("C", 0)), 5, "C", 6),
          standard.version());
      Agency x = agency(officer, "甲招标代理有限公司", project);
      Agency y = agency(officer, "乙招标代理有限公司", null);
      Agency z = agency(officer, "丙招标代理有限公司", null);
      Detail penalty = founded(officer, zjjOfficer, zjjHead, project, DecisionKind.FOUNDED_MEASURES_ORDERED);
      founded(officer, zjjOfficer, zjjHead, project, DecisionKind.DISMISSED);
      var poor = credit.enter(officer, new CreditRecords.NewRecord(SubjectKind.AGENCY, z.name(), z.creditCode(), null,
          RecordKind.POOR_PERFORMANCE, "代理项目档案管理混乱", "《招标代理机构考核办法》", null,
          LocalDate.of(2026, 8, 5)));
      credit.approve(leader, poor.id(), poor.version());

      TestClock.set(LocalDate.of(2026, 9, 30), 10); // the day before 国庆
      List<Assessment> drafts = assessments.assess(officer, "2026-Q3");
      Assessment ax = of(drafts, x);
      assertEquals(1, line(ax, "CASES").count(), "the founded case counts; the dismissed one does not");
      assertEquals(new BigDecimal("20.0"), line(ax, "CASES").points(), "30 points less 10 for the one case");
      assertTrue(line(ax, "CASES").evidence().get(0).contains(penalty.number()), "the deducted points name the case");
      assertEquals(new BigDecimal("30.0"), line(of(drafts, y), "CASES").points());
      assertEquals(method.version(), ax.methodVersion());
      assertThrows(StateConflictException.class, () -> assessments.publish(leader, ax.id(), ax.version()),
          "the period ends on 30 September");

      TestClock.set(LocalDate.of(2026, 10, 1), 9);
      assertEquals("indicator", assertThrows(StateConflictException.class,
          () -> assessments.publish(leader, ax.id(), ax.version())).field(), "ended, but the on-site items are not scored");
      Assessment sx = assessments.score(officer, ax.id(), "ONSITE", 12, "档案基本齐全，一名负责人未到岗", ax.version());
      Assessment ay = of(drafts, y);
      Assessment sy = assessments.score(officer, ay.id(), "ONSITE", 15, "档案齐全", ay.version());
      Assessment az = of(drafts, z);
      assertEquals(1, line(az, "CREDIT").count(), "the negative record in force, decided in the quarter");
      assertEquals(new BigDecimal("5.0"), line(az, "CREDIT").points());
      assertTrue(line(az, "CREDIT").evidence().get(0).contains("代理项目档案管理混乱"));
      Assessment sz = assessments.score(officer, az.id(), "ONSITE", 2, "未按规定收费，档案缺失", az.version());
      assertEquals(new BigDecimal("87.0"), sx.total());
      assertEquals("C", sx.grade());
      assertEquals(new BigDecimal("100.0"), sy.total());
      assertEquals("A", sy.grade());
      List<Assessment> ranked = assessments.assess(officer, "2026-Q3");
      assertEquals(List.of(y.creditCode()), ranked.stream().limit(1).map(Assessment::agencyCode).toList(),
          "ranked best first");
      assertEquals(new BigDecimal("87.0"), of(ranked, x).total(), "computing again keeps the on-site scores");
      Assessment rx = of(ranked, x);

      Assessment px = assessments.publish(leader, rx.id(), rx.version());
      assertEquals(LocalDate.of(2026, 10, 1), px.publishedOn());
      assertEquals(LocalDate.of(2026, 10, 13), px.appealDue(),
          "5 working days: 8, 9 Oct, Saturday 10 Oct (adjusted), 12, 13 Oct — 1 to 7 Oct are holidays");
      Assessment py = assessments.publish(leader, of(ranked, y).id(), of(ranked, y).version());
      Assessment pz = assessments.publish(leader, of(ranked, z).id(), of(ranked, z).version());
      assertThrows(AccessDeniedException.class, () -> assessments.publish(officer, sz.id(), sz.version()),
          "only leaders publish");

      TestClock.set(LocalDate.of(2026, 10, 15), 9);
      assertEquals("receivedOn", assertThrows(StateConflictException.class, () -> assessments.appeal(officer, px.id(),
          "考核扣分有误", LocalDate.of(2026, 10, 14), px.version())).field(), "received after its last day");
      Assessment appealed = assessments.appeal(officer, px.id(), "现场考核时项目负责人因公外出，已提交证明",
          LocalDate.of(2026, 10, 13), px.version());
      Assessment decided = assessments.decideAppeal(leader, appealed.id(), true, "证明属实，现场考核改为满分",
          Map.of("ONSITE", 15), appealed.version());
      assertEquals(Assessment.State.FINAL, decided.state());
      assertEquals(new BigDecimal("90.0"), decided.total());
      assertEquals("B", decided.grade(), "upheld: the grade follows the new total");
      assertTrue(line(decided, "ONSITE").evidence().stream().anyMatch(e -> e.contains("申诉复核")));

      Assessment fy = assessments.makeFinal(leader, py.id(), py.version());
      Assessment fz = assessments.makeFinal(leader, pz.id(), pz.version());
      assertEquals("A", fy.grade());
      assertEquals("C", fz.grade());
      var entered = credit.records(leader, RecordStatus.PENDING_APPROVAL, false, 0, 200).items();
      assertTrue(entered.stream().anyMatch(r -> y.creditCode().equals(r.creditCode())
          && r.kind() == RecordKind.GOOD_PERFORMANCE), "the best grade: a good-performance record to approve");
      assertTrue(entered.stream().anyMatch(r -> z.creditCode().equals(r.creditCode())
          && r.kind() == RecordKind.POOR_PERFORMANCE), "the restricting grade: a poor-performance record");
      assertTrue(entered.stream().noneMatch(r -> x.creditCode().equals(r.creditCode())), "B: neither");
      Agency restricted = assessments.agencies(leader).stream().filter(a -> a.creditCode().equals(z.creditCode()))
          .findFirst().orElseThrow();
      assertEquals(LocalDate.of(2027, 4, 15), restricted.restrictedUntil(), "restricted for six months");

      List<PublicGrade> shown = assessments.published(OFFICE.region(), "2026-Q3");
      assertEquals(List.of(y.creditCode(), x.creditCode(), z.creditCode()),
          shown.stream().map(PublicGrade::agencyCode).filter(c -> List.of(x.creditCode(), y.creditCode(),
              z.creditCode()).contains(c)).toList(), "the public ranking");
      assertEquals(1, shown.get(0).rank());
      Dashboard board = TestContainer.get(Dispatch.class).dashboard(leader, LocalDate.of(2026, 10, 1),
          LocalDate.of(2026, 10, 15), null);
      assertEquals("2026-Q3", board.agencyPeriod(), "the last quarter ended by the period's end");
      assertTrue(board.agencyGrades().get("A") >= 1 && board.agencyGrades().get("B") >= 1
          && board.agencyGrades().get("C") >= 1, "the dispatch dashboard counts the grades: " + board.agencyGrades());
    } finally {
      TestClock.set(start);
    }
  }

  @Test
  void onlyTheOfficeAssessesAndBadInputIsRefusedAtItsField() {
    Caller leader = person(OFFICE, Role.OFFICE_LEADER);
    Caller officer = person(OFFICE, Role.OFFICE_OFFICER);
    assertThrows(AccessDeniedException.class, () -> assessments.agencies(person(ZJJ, Role.DEPARTMENT_HEAD)));
    assertEquals("creditCode", assertThrows(DomainException.class, () -> assessments.keep(officer,
        new AgencyInput("91421181MA49ABCD10", "某代理", null, List.of(), List.of(), List.of()), 0)).field());
    assertEquals("projects.department", assertThrows(DomainException.class, () -> assessments.keep(officer,
        new AgencyInput(CreditFixtures.code(N.incrementAndGet()), "某代理", null, List.of(), List.of(),
            List.of(new ProjectInput("P-1", "某工程", "999999-zjj"))), 0)).field());
    assertEquals("period", assertThrows(DomainException.class, () -> assessments.assess(officer, "2026-Q5")).field());
    AssessmentMethod m = assessments.method(leader);
    assertEquals("indicators", assertThrows(DomainException.class, () -> assessments.publishMethod(leader,
        new MethodInput(List.of(new IndicatorInput("ONLY", "唯一指标", "Only", "ON_SITE", 50, null)),
            List.of(new GradeInput("A", 0)), 5, null, 0), m.version())).field(), "weights must add up to 100");
    assertThrows(AccessDeniedException.class, () -> assessments.publishMethod(officer, new MethodInput(List.of(),
        List.of(), 5, null, 0), m.version()));
  }
}
