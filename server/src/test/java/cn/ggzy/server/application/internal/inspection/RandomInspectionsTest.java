package cn.ggzy.server.application.internal.inspection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.ggzy.server.TestClock;
import cn.ggzy.server.application.AccountAdministration;
import cn.ggzy.server.application.AuthenticationService;
import cn.ggzy.server.application.AuthenticationService.AuthenticationResult;
import cn.ggzy.server.application.Caller;
import cn.ggzy.server.application.CaseRegister;
import cn.ggzy.server.application.InspectionPlans;
import cn.ggzy.server.application.InspectionPlans.PlanInput;
import cn.ggzy.server.application.InspectionRosters;
import cn.ggzy.server.application.InspectionRosters.InspectorInput;
import cn.ggzy.server.application.InspectionRosters.ObjectInput;
import cn.ggzy.server.application.InspectionTasks;
import cn.ggzy.server.application.InspectionTexts;
import cn.ggzy.server.application.InspectionViews.ClockLine;
import cn.ggzy.server.application.InspectionViews.ImportReport;
import cn.ggzy.server.application.InspectionViews.PlanDetail;
import cn.ggzy.server.application.InspectionViews.TaskDetail;
import cn.ggzy.server.application.InspectionViews.TaskSummary;
import cn.ggzy.server.application.InspectionViews.TeamView;
import cn.ggzy.server.application.PublicInspections;
import cn.ggzy.server.application.internal.TestOfficers;
import cn.ggzy.server.domain.model.AccessDeniedException;
import cn.ggzy.server.domain.model.DomainException;
import cn.ggzy.server.domain.model.NotFoundException;
import cn.ggzy.server.domain.model.StateConflictException;
import cn.ggzy.server.domain.model.account.Role;
import cn.ggzy.server.domain.model.draw.DrawReport;
import cn.ggzy.server.domain.model.draw.Hashes;
import cn.ggzy.server.domain.model.enforcement.CaseSource;
import cn.ggzy.server.domain.model.inspection.Conflict;
import cn.ggzy.server.domain.model.inspection.DrawRefusedException;
import cn.ggzy.server.domain.model.inspection.InspectionException;
import cn.ggzy.server.domain.model.inspection.ObjectKind;
import cn.ggzy.server.domain.model.inspection.PlanStatus;
import cn.ggzy.server.domain.model.inspection.Selection;
import cn.ggzy.server.domain.model.inspection.TaskParts.ConclusionKind;
import cn.ggzy.server.domain.model.inspection.TaskParts.Outcome;
import cn.ggzy.server.domain.model.inspection.TaskParts.TaskStatus;
import cn.ggzy.server.domain.service.WorkingCalendar;
import cn.ggzy.server.infrastructure.persistence.mongo.TestContainer;
import cn.ggzy.tenants.RegionCode;
import cn.ggzy.tenants.TenantId;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Random inspections through the real wiring (CDI, JNoSQL, embedded MongoDB, GridFS, calendar,
 * audit, case register), each test in a region of its own so that other tests' rosters stay out.
 */
class RandomInspectionsTest {
  private static final AtomicInteger N = new AtomicInteger();
  private final AuthenticationService auth = TestContainer.get(AuthenticationService.class);
  private final AccountAdministration accounts = TestContainer.get(AccountAdministration.class);
  private final InspectionRosters rosters = TestContainer.get(InspectionRosters.class);
  private final InspectionPlans plans = TestContainer.get(InspectionPlans.class);
  private final InspectionTasks tasks = TestContainer.get(InspectionTasks.class);
  private final PublicInspections published = TestContainer.get(PublicInspections.class);
  private final CaseRegister cases = TestContainer.get(CaseRegister.class);
  private final WorkingCalendar calendar = TestContainer.get(WorkingCalendar.class);
  private final LocalDate today = TestClock.today();

  private final Caller admin = assertInstanceOf(AuthenticationResult.Success.class,
      auth.authenticate("admin", "Test-Admin-Pass-1")).caller();
  private final RegionCode region = TestOfficers.newRegion();
  private final TenantId office = TenantId.of(region, "jgb");
  private final TenantId zjj = TenantId.of(region, "zjj");
  private final TenantId jtj = TenantId.of(region, "jtj");

  private Caller person(TenantId tenant, Role role) {
    var created = accounts.create(admin, tenant, "ri" + N.incrementAndGet() + "x" + region.value(), "人员" + N.get(),
        Set.of(role));
    return assertInstanceOf(AuthenticationResult.Success.class,
        auth.authenticate(created.account().login(), created.initialPassword())).caller();
  }

  private Caller inspector(Caller keeper, TenantId tenant, String certificate, LocalDate validUntil, String... relatives) {
    Caller officer = person(tenant, Role.DEPARTMENT_OFFICER);
    rosters.saveInspector(keeper, tenant.value(), new InspectorInput(officer.login().value(), certificate, validUntil,
        Set.of(relatives), Set.of()));
    return officer;
  }

  private PlanInput plan(List<String> departments, Selection.Mode mode, int value, int teamSize, boolean joint,
      List<Conflict> conflicts) {
    return new PlanInput("2026年第四季度联合抽查", departments, EnumSet.of(ObjectKind.PROJECT, ObjectKind.ENTERPRISE),
        mode, value, today, today.plusDays(30), 3, 2, teamSize, joint, 6,
        List.of("招标文件是否按规定备案", "评标委员会组成是否合法"), conflicts);
  }

  @Test
  void aJointPlanIsCommittedDrawnInspectedAndPublishedAndAnyoneCanVerifyIt() {
    Caller officeOfficer = person(office, Role.OFFICE_OFFICER);
    Caller zjjHead = person(zjj, Role.DEPARTMENT_HEAD);
    ImportReport imported = rosters.importObjects(officeOfficer, zjj.value(), ("\uFEFFcode,kind,name,supervisingUnit,"
        + "complaints,lowCredit\nP001,项目,\"测试市某道路工程，一标段\",,是,否\nP002,PROJECT,某桥梁工程,,,\n"
        + "P003,项目,某水厂工程," + office.value() + ",否,是\n").getBytes(StandardCharsets.UTF_8));
    assertEquals(new ImportReport(3, List.of()), imported);
    rosters.saveObject(officeOfficer, jtj.value(), new ObjectInput("E001", ObjectKind.ENTERPRISE, "某路桥公司", null,
        false, true));
    Caller z1 = inspector(zjjHead, zjj, "ZJ-001", today.plusYears(1), "P001");
    Caller z2 = inspector(zjjHead, zjj, "ZJ-002", today.plusYears(1));
    Caller expired = inspector(zjjHead, zjj, "ZJ-009", today.plusDays(10));
    Caller j1 = inspector(officeOfficer, jtj, "JT-001", today.plusYears(2));
    Caller j2 = inspector(officeOfficer, jtj, "JT-002", today.plusYears(2));

    PlanDetail draft = plans.create(officeOfficer, plan(List.of(zjj.value(), jtj.value()), Selection.Mode.PROPORTION,
        100, 2, true, List.of(new Conflict(j1.login().value(), "P002", "原工作单位"))));
    assertEquals(PlanStatus.DRAFT, draft.status());
    assertThrows(NotFoundException.class, () -> published.plan(region, draft.id()), "a draft is not public");

    PlanDetail committed = plans.commit(officeOfficer, draft.id(), draft.version());
    assertEquals(PlanStatus.COMMITTED, committed.status());
    assertEquals(4, committed.commitment().objects());
    assertEquals(4, committed.commitment().inspectors(), "the certificate ending within the period is left out");
    assertFalse(committed.commitment().document().contains("ZJ-009"));
    assertFalse(committed.commitment().document().contains(z1.login().value()), "no logins in the public data");
    var before = published.plan(region, draft.id());
    assertEquals(committed.commitment().documentHash(), before.commitment().documentHash());
    assertNull(before.draw(), "nothing of the seed before the draw");
    assertEquals("inspection.plan.status.draft", assertThrows(StateConflictException.class,
        () -> plans.revise(officeOfficer, draft.id(), committed.version(),
            plan(List.of(zjj.value()), Selection.Mode.COUNT, 1, 2, false, List.of()))).code(),
        "a committed plan no longer changes");

    PlanDetail drawn = plans.draw(officeOfficer, draft.id(), committed.version(), "纪检监察室 李某", "20261127-4471");
    assertEquals(PlanStatus.DRAWN, drawn.status());
    assertEquals(4, drawn.draw().teams().size());
    assertEquals(4, drawn.tasks().size());
    for (TeamView team : drawn.draw().teams()) {
      Set<String> certificates = Set.copyOf(team.members().stream().map(m -> m.certificateNumber()).toList());
      assertEquals(2, certificates.size());
      assertTrue(certificates.stream().anyMatch(c -> c.startsWith("ZJ")) && certificates.stream()
          .anyMatch(c -> c.startsWith("JT")), "joint teams mix departments: " + team);
      if (team.objectCode().equals("P001")) {
        assertFalse(certificates.contains("ZJ-001"), "z1's relative works on P001");
      }
      if (team.objectCode().equals("P002")) {
        assertFalse(certificates.contains("JT-001"), "j1's former employer (conflict list)");
      }
    }
    DrawReport report = published.verify(region, draft.id());
    assertTrue(report.verified(), report.toString());
    assertEquals(drawn.draw().seed(), published.plan(region, draft.id()).draw().seed(), "the seed is revealed");

    // a team member inspects on site
    Caller member = List.of(z1, z2, j1, j2).stream().filter(c -> !tasks.mine(c).isEmpty()).findFirst().orElseThrow();
    TaskSummary mine = tasks.mine(member).get(0);
    Caller stranger = List.of(z1, z2, j1, j2).stream()
        .filter(c -> tasks.mine(c).stream().noneMatch(t -> t.id().equals(mine.id()))).findFirst().orElseThrow();
    assertThrows(DomainException.class, () -> tasks.answer(stranger, mine.id(), 0, Outcome.PASS, null));
    assertThrows(AccessDeniedException.class, () -> tasks.answer(expired, mine.id(), 0, Outcome.PASS, null));
    tasks.answer(member, mine.id(), 0, Outcome.PASS, "已备案");
    tasks.answer(member, mine.id(), 1, Outcome.FAIL, "评标专家有1人不在专家库");
    byte[] jpeg = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 1, 2, 3, 4};
    TaskDetail withPhoto = tasks.addPhoto(member, mine.id(), "现场.jpg", "image/jpeg", jpeg);
    assertEquals(Hashes.sha256(jpeg), withPhoto.photos().get(0).sha256());
    assertEquals(jpeg.length, tasks.photo(member, mine.id(), withPhoto.photos().get(0).fileId()).content().length);
    assertThrows(InspectionException.class, () -> tasks.addPhoto(member, mine.id(), "x.exe", "application/x-msdownload",
        jpeg));
    tasks.locate(member, mine.id(), 31.1735, 115.0143, 15);
    tasks.addFinding(member, mine.id(), "评标委员会成员王某不在省综合评标专家库");
    assertThrows(InspectionException.class, () -> tasks.conclude(member, mine.id(), ConclusionKind.NO_PROBLEM, "无"));
    TaskDetail filed = tasks.fileCases(member, mine.id());
    String caseId = filed.findings().get(0).caseId();
    assertNotNull(caseId);
    assertEquals(CaseSource.RANDOM_INSPECTION, cases.find(member, caseId).source());
    assertThrows(InspectionException.class, () -> tasks.fileCases(member, mine.id()), "no case twice");
    TaskDetail concluded = tasks.conclude(member, mine.id(), ConclusionKind.PROBLEMS_FOUND, "发现1个问题，已立案查处");
    assertEquals(TaskStatus.CONCLUDED, concluded.status());
    LocalDate last = calendar.nthWorkingDayAfter(region, today, InspectionTasks.PUBLICATION_WORKING_DAYS);
    assertEquals(last, concluded.clock().lastWorkingDay());
    assertEquals(20, concluded.clock().workingDaysLeft());

    // the office follows the clock and publishes
    ClockLine line = tasks.publicationClock(officeOfficer).stream().filter(l -> l.taskId().equals(mine.id()))
        .findFirst().orElseThrow();
    assertEquals(last, line.clock().lastWorkingDay());
    assertFalse(line.clock().overdue());
    assertThrows(AccessDeniedException.class, () -> tasks.publicationClock(member));
    assertThrows(AccessDeniedException.class, () -> tasks.publish(member, mine.id(), "结果"));
    tasks.publish(officeOfficer, mine.id(), "发现1个问题：评标委员会成员不在专家库，已立案查处。");
    var results = published.plan(region, draft.id()).results();
    assertEquals(1, results.size());
    assertEquals(mine.objectCode(), results.get(0).objectCode());
    assertEquals("PROBLEMS_FOUND", results.get(0).conclusion());
    assertTrue(tasks.publicationClock(officeOfficer).stream().noneMatch(l -> l.taskId().equals(mine.id())));
    assertThrows(NotFoundException.class, () -> published.plan(RegionCode.of("421181"), draft.id()),
        "another region never sees it");
  }

  @Test
  void aDrawThatCannotKeepTheRulesIsRefusedWithTheReasonBeforeTheCommitment() {
    Caller head = person(zjj, Role.DEPARTMENT_HEAD);
    rosters.saveObject(head, zjj.value(), new ObjectInput("Q001", ObjectKind.PROJECT, "某安置房工程", null, false, false));
    inspector(head, zjj, "ZQ-1", today.plusYears(1));
    inspector(head, zjj, "ZQ-2", today.plusYears(1));
    inspector(head, zjj, "ZQ-3", today.plusYears(1));
    PlanDetail draft = plans.create(head, plan(List.of(), Selection.Mode.COUNT, 1, 4, false, List.of()));
    assertEquals(List.of(zjj.value()), draft.departments(), "a head plans for the own department");
    DrawRefusedException refused = assertThrows(DrawRefusedException.class,
        () -> plans.commit(head, draft.id(), draft.version()));
    assertEquals(DrawRefusedException.Reason.TOO_FEW_INSPECTORS, refused.reason());
    String zh = InspectionTexts.describe(refused, Locale.SIMPLIFIED_CHINESE);
    assertTrue(zh.contains("Q001") && zh.contains("某安置房工程") && zh.contains("只剩 3 名") && zh.contains("需要 4 名"), zh);
    String en = InspectionTexts.describe(refused, Locale.ENGLISH);
    assertTrue(en.contains("only 3 certified inspector(s) are left for object Q001") && en.contains("needs 4"), en);
    assertEquals(PlanStatus.DRAFT, plans.find(head, draft.id()).status(), "nothing was committed");

    PlanDetail joint = plans.create(head, plan(List.of(zjj.value()), Selection.Mode.COUNT, 1, 2, true, List.of()));
    DrawRefusedException oneDepartment = assertThrows(DrawRefusedException.class,
        () -> plans.commit(head, joint.id(), joint.version()));
    assertEquals(DrawRefusedException.Reason.NO_OTHER_DEPARTMENT, oneDepartment.reason());
  }

  @Test
  void eachKeepsOnlyWhatTheRoleAllows() {
    Caller head = person(zjj, Role.DEPARTMENT_HEAD);
    Caller officer = person(zjj, Role.DEPARTMENT_OFFICER);
    Caller otherHead = person(jtj, Role.DEPARTMENT_HEAD);
    assertThrows(AccessDeniedException.class, () -> rosters.saveObject(officer, zjj.value(),
        new ObjectInput("R1", ObjectKind.PROJECT, "某工程", null, false, false)));
    assertThrows(AccessDeniedException.class, () -> rosters.saveObject(otherHead, zjj.value(),
        new ObjectInput("R1", ObjectKind.PROJECT, "某工程", null, false, false)));
    assertThrows(NotFoundException.class, () -> rosters.objects(otherHead, zjj.value()));
    assertThrows(NotFoundException.class, () -> rosters.saveInspector(head, zjj.value(),
        new InspectorInput(otherHead.login().value(), "X-1", today.plusYears(1), Set.of(), Set.of())),
        "only officers of the department go on its roster");
    InspectionException scope = assertThrows(InspectionException.class, () -> plans.create(head,
        plan(List.of(jtj.value()), Selection.Mode.COUNT, 1, 2, false, List.of())));
    assertEquals("inspection.plan.departments.invalid", scope.code());
    assertThrows(AccessDeniedException.class, () -> plans.create(officer,
        plan(List.of(), Selection.Mode.COUNT, 1, 2, false, List.of())));
    var report = rosters.importObjects(head, zjj.value(), "code,kind,name\nA1,工厂,某厂\nA1,项目,某工程\nA1,项目,某工程\n"
        .getBytes(StandardCharsets.UTF_8));
    assertEquals(0, report.imported(), "all lines or none");
    assertEquals(List.of(2, 4), report.errors().stream().map(e -> e.line()).toList());
    assertTrue(rosters.objects(head, zjj.value()).isEmpty());
  }
}
