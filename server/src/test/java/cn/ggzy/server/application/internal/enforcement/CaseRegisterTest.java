package cn.ggzy.server.application.internal.enforcement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.ggzy.server.TestClock;
import cn.ggzy.server.application.AccountAdministration;
import cn.ggzy.server.application.AuthenticationService;
import cn.ggzy.server.application.AuthenticationService.AuthenticationResult;
import cn.ggzy.server.application.CalendarAdministration;
import cn.ggzy.server.application.Caller;
import cn.ggzy.server.application.CaseDocuments.NoticeKind;
import cn.ggzy.server.application.CaseRegister;
import cn.ggzy.server.application.CaseRegister.Command;
import cn.ggzy.server.application.CaseRegister.DecisionInput;
import cn.ggzy.server.application.CaseRegister.Inbox;
import cn.ggzy.server.application.CaseRegister.InboxRequest;
import cn.ggzy.server.application.CaseRegister.NewCase;
import cn.ggzy.server.application.CaseViews.Detail;
import cn.ggzy.server.application.CreditRecords;
import cn.ggzy.server.application.TenantDirectory;
import cn.ggzy.server.application.internal.TestOfficers;
import cn.ggzy.server.domain.model.AccessDeniedException;
import cn.ggzy.server.domain.model.ConcurrentChangeException;
import cn.ggzy.server.domain.model.DomainException;
import cn.ggzy.server.domain.model.NotFoundException;
import cn.ggzy.server.domain.model.account.Role;
import cn.ggzy.server.domain.model.audit.AuditEntry;
import cn.ggzy.server.domain.model.audit.AuditLog;
import cn.ggzy.server.domain.model.enforcement.CaseAction;
import cn.ggzy.server.domain.model.enforcement.CaseId;
import cn.ggzy.server.domain.model.enforcement.CaseRepository;
import cn.ggzy.server.domain.model.enforcement.CaseSource;
import cn.ggzy.server.domain.model.enforcement.CaseStatus;
import cn.ggzy.server.domain.model.enforcement.DecisionKind;
import cn.ggzy.server.domain.model.enforcement.Industry;
import cn.ggzy.server.domain.model.enforcement.Registration;
import cn.ggzy.server.domain.model.notification.Audience;
import cn.ggzy.server.domain.model.notification.NotificationKind;
import cn.ggzy.server.infrastructure.persistence.mongo.TestContainer;
import cn.ggzy.tenants.RegionCode;
import cn.ggzy.tenants.TenantId;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The case register through the real wiring: CDI, JNoSQL, embedded MongoDB, calendar, audit, PDF. */
class CaseRegisterTest {
  private static final AtomicInteger N = new AtomicInteger();
  private static final TenantId OFFICE = TenantId.of("421181-jgb");
  private static final TenantId ZJJ = TenantId.of("421181-zjj");
  private static final TenantId JTJ = TenantId.of("421181-jtj");

  private final AuthenticationService auth = TestContainer.get(AuthenticationService.class);
  private final AccountAdministration admin = TestContainer.get(AccountAdministration.class);
  private final CaseRegister register = TestContainer.get(CaseRegister.class);
  private final AuditLog audit = TestContainer.get(AuditLog.class);

  private Caller person(TenantId tenant, Role role) {
    return TestOfficers.signedIn(tenant, "case" + N.incrementAndGet() + "p", "办案" + N.get(), role);
  }

  private static NewCase housingComplaint(boolean keepInOffice) {
    return new NewCase(CaseSource.COMPLAINT, Industry.HOUSING_CONSTRUCTION, "某道路工程围标串标投诉",
        "多家投标文件由同一台电脑制作", "MC2026-018", "麻城市某道路工程", "某建设公司", null, keepInOffice);
  }

  private Detail act(Caller who, Detail c, Command command) {
    return register.act(who, c.id(), command);
  }

  private static Command cmd(CaseAction action, Detail c) {
    return Command.of(action, c.version());
  }

  @Test
  void theOfficeRegistersAndClassificationSendsTheCaseToTheCompetentDepartment() {
    Caller office = person(OFFICE, Role.OFFICE_OFFICER);
    Detail routed = register.register(office, housingComplaint(false));
    assertEquals(ZJJ.value(), routed.ownerTenant());
    assertTrue(routed.number().matches("麻监案〔\\d{4}〕第\\d{4}号"), routed.number());
    assertEquals(CaseStatus.REGISTERED, routed.status());
    assertNotNull(routed.acceptanceClock().due());
    Detail kept = register.register(office, housingComplaint(true));
    assertEquals(OFFICE.value(), kept.ownerTenant());
    assertTrue(kept.number().compareTo(routed.number()) > 0, "numbers only go up");
  }

  @Test
  void aDepartmentSeesItsOwnCasesOnlyAndTheOfficeSeesTheRegion() {
    Caller office = person(OFFICE, Role.OFFICE_LEADER);
    Caller zjjHead = person(ZJJ, Role.DEPARTMENT_HEAD);
    Caller jtjHead = person(JTJ, Role.DEPARTMENT_HEAD);
    Detail c = register.register(office, housingComplaint(false));
    assertTrue(ids(zjjHead, Inbox.DEPARTMENT).contains(c.id()));
    assertFalse(ids(jtjHead, Inbox.DEPARTMENT).contains(c.id()));
    assertThrows(NotFoundException.class, () -> register.find(jtjHead, c.id()));
    assertThrows(NotFoundException.class, () -> register.act(jtjHead, c.id(), cmd(CaseAction.ACCEPT, c)));
    assertTrue(ids(office, Inbox.OFFICE).contains(c.id()));
    assertThrows(AccessDeniedException.class, () -> ids(zjjHead, Inbox.OFFICE));
    assertEquals(c.number(), register.find(office, c.id()).number());
  }

  private List<String> ids(Caller who, Inbox inbox) {
    List<String> ids = new ArrayList<>();
    for (int offset = 0; ; offset += 200) {
      var page = register.inbox(who, new InboxRequest(inbox, Set.of(), null, null, false, null, offset, 200));
      page.lines().forEach(l -> ids.add(l.id()));
      if (offset + 200 >= page.total()) {
        return ids;
      }
    }
  }

  @Test
  void theInboxIsSortedByDueDateAndPagedInTheDatabase() {
    Caller head = person(ZJJ, Role.DEPARTMENT_HEAD);
    RegionCode region = ZJJ.region();
    ZonedDateTime base = ZonedDateTime.of(2026, 11, 2, 9, 0, 0, 0, ZoneId.of("Asia/Shanghai"));
    for (int i = 0; i < 5; i++) {
      register.registerFiled(region, new Registration(CaseSource.REPORT, Industry.HOUSING_CONSTRUCTION,
          "分页测试" + i, "举报", null, null, null, null), base.plusDays(i * 7L).toInstant());
    }
    var first = register.inbox(head, new InboxRequest(Inbox.DEPARTMENT, Set.of(CaseStatus.REGISTERED),
        null, null, false, null, 0, 2));
    var second = register.inbox(head, new InboxRequest(Inbox.DEPARTMENT, Set.of(CaseStatus.REGISTERED),
        null, null, false, null, 2, 2));
    assertEquals(2, first.lines().size());
    assertTrue(first.total() >= 5);
    List<Instant> dues = new ArrayList<>();
    first.lines().forEach(l -> dues.add(l.clock().due()));
    second.lines().forEach(l -> dues.add(l.clock().due()));
    List<Instant> sorted = new ArrayList<>(dues);
    sorted.sort(null);
    assertEquals(sorted, dues);
    assertTrue(first.lines().get(0).clock().overdue(), "received weeks ago and not accepted: overdue");
  }

  @Test
  void anActionOnAStaleVersionIsRefusedAndChangesNothing() {
    Caller office = person(OFFICE, Role.OFFICE_OFFICER);
    Caller officer = person(ZJJ, Role.DEPARTMENT_OFFICER);
    Detail c = register.register(office, housingComplaint(false));
    Detail accepted = act(officer, c, cmd(CaseAction.ACCEPT, c));
    assertEquals(CaseStatus.ACCEPTED, accepted.status());
    assertThrows(ConcurrentChangeException.class, () -> act(officer, c,
        cmd(CaseAction.PROPOSE_NON_ACCEPTANCE, c).withReason("无利害关系")));
    assertEquals(CaseStatus.ACCEPTED, register.find(officer, c.id()).status());
  }

  @Test
  void twoOfficersActingAtOnceOneSucceedsTheOtherIsToldTheCaseChanged() throws Exception {
    Caller office = person(OFFICE, Role.OFFICE_OFFICER);
    Caller one = person(ZJJ, Role.DEPARTMENT_OFFICER);
    Caller two = person(ZJJ, Role.DEPARTMENT_HEAD);
    for (int round = 0; round < 5; round++) {
      Detail c = register.register(office, housingComplaint(false));
      CountDownLatch go = new CountDownLatch(1);
      ExecutorService pool = Executors.newFixedThreadPool(2);
      Future<Object> a = pool.submit(() -> {
        go.await();
        return attempt(() -> act(one, c, cmd(CaseAction.ACCEPT, c)));
      });
      Future<Object> b = pool.submit(() -> {
        go.await();
        return attempt(() -> act(two, c, new Command(CaseAction.PROPOSE_NON_ACCEPTANCE, c.version(), "投诉人未参与投标",
            "NO_INTEREST", null, null, null, null, null, null, null, null, null, null, null)));
      });
      go.countDown();
      List<Object> results = List.of(a.get(), b.get());
      pool.shutdown();
      long wins = results.stream().filter(Detail.class::isInstance).count();
      assertEquals(1, wins, "exactly one wins: " + results);
      assertTrue(results.stream().anyMatch(ConcurrentChangeException.class::isInstance), results.toString());
      Detail stored = register.find(two, c.id());
      assertEquals(2, stored.timeline().size(), "register + the one action that won; nothing lost or doubled");
      assertEquals(c.version() + 1, stored.version());
    }
  }

  private static Object attempt(Callable<Object> action) {
    try {
      return action.call();
    } catch (Exception e) {
      return e;
    }
  }

  @Test
  void aTransferredCaseIsHandledByTheReceiverWhileTheSenderKeepsAReadOnlyTrace() {
    Caller office = person(OFFICE, Role.OFFICE_OFFICER);
    Caller zjjHead = person(ZJJ, Role.DEPARTMENT_HEAD);
    Caller jtjOfficer = person(JTJ, Role.DEPARTMENT_OFFICER);
    Detail c = register.register(office, housingComplaint(false));
    Command transfer = new Command(CaseAction.TRANSFER, c.version(), "属交通运输工程", null, null, JTJ.value(), null,
        null, null, null, null, null, null, null, null);
    Detail moved = act(zjjHead, c, transfer);
    assertEquals(JTJ.value(), moved.ownerTenant());
    assertTrue(ids(jtjOfficer, Inbox.DEPARTMENT).contains(c.id()));
    assertFalse(ids(zjjHead, Inbox.DEPARTMENT).contains(c.id()));
    Detail trace = register.find(zjjHead, c.id());
    assertTrue(trace.readOnly());
    assertTrue(trace.actions().isEmpty());
    assertThrows(AccessDeniedException.class, () -> act(zjjHead, trace, cmd(CaseAction.ACCEPT, trace)));
    assertEquals(CaseStatus.ACCEPTED, act(jtjOfficer, trace, cmd(CaseAction.ACCEPT, trace)).status());
  }

  @Test
  void aTransferToAMemberDepartmentOrAnUnknownOneIsRefusedAtTheField() {
    Caller zjjHead = person(ZJJ, Role.DEPARTMENT_HEAD);
    Detail c = register.register(zjjHead, housingComplaint(false));
    for (String to : List.of("421181-czj", "421181-xyz", "not a tenant")) {
      DomainException e = assertThrows(DomainException.class, () -> act(zjjHead, c, new Command(CaseAction.TRANSFER,
          c.version(), "原因", null, null, to, null, null, null, null, null, null, null, null, null)));
      assertEquals("to", e.field(), to);
    }
  }

  @Test
  void theWholeWayFromReceiptToClosingWithApprovalsNoticesAndAudit() {
    Caller office = person(OFFICE, Role.OFFICE_OFFICER);
    Caller officer = person(ZJJ, Role.DEPARTMENT_OFFICER);
    Caller head = person(ZJJ, Role.DEPARTMENT_HEAD);
    Caller leader = person(OFFICE, Role.OFFICE_LEADER);
    Detail c = register.register(office, housingComplaint(false));
    c = act(officer, c, cmd(CaseAction.ACCEPT, c));
    assertNotNull(c.completionClock().due());
    assertNotNull(c.completionClock().remainingWorkingDays());
    c = act(officer, c, new Command(CaseAction.REQUEST_SUPPLEMENT, c.version(), null, null, null, null, null, null,
        null, null, null, null, null, "异议答复材料", null));
    assertTrue(c.completionClock().paused());
    c = act(officer, c, new Command(CaseAction.RECEIVE_SUPPLEMENT, c.version(), null, null, null, null, null, null,
        null, null, null, null, null, "已收到", null));
    c = act(officer, c, cmd(CaseAction.START_INVESTIGATION, c));
    c = act(officer, c, new Command(CaseAction.REQUEST_EXTENSION, c.version(), "需调取银行流水", null, null, null, 5,
        null, null, null, null, null, null, null, null));
    Detail asked = c;
    AccessDeniedException notPrincipal = assertThrows(AccessDeniedException.class,
        () -> act(head, asked, cmd(CaseAction.APPROVE_EXTENSION, asked)));
    assertEquals("case.action.roleNotAllowed", notPrincipal.code());
    var dueBefore = c.completionClock().due();
    c = act(leader, c, cmd(CaseAction.APPROVE_EXTENSION, c).withReason("同意"));
    assertTrue(c.completionClock().due().isAfter(dueBefore));
    c = act(officer, c, new Command(CaseAction.PROPOSE_DECISION, c.version(), null, null, null, null, null, null, null,
        null, null, null, null, null, new DecisionInput(DecisionKind.DISMISSED, "投诉缺乏事实根据，驳回", null, false,
        null, false)));
    Detail pending = c;
    AccessDeniedException own = assertThrows(AccessDeniedException.class,
        () -> act(officer, pending, cmd(CaseAction.APPROVE_DECISION, pending)));
    assertEquals("case.action.roleNotAllowed", own.code());
    c = act(head, c, cmd(CaseAction.APPROVE_DECISION, c).withReason("同意"));
    assertEquals(CaseStatus.DECIDED, c.status());
    assertTrue(c.notices().containsAll(Set.of(NoticeKind.ACCEPTANCE, NoticeKind.SUPPLEMENT_REQUEST,
        NoticeKind.DECISION)));
    byte[] pdf = register.notice(officer, c.id(), NoticeKind.DECISION);
    assertEquals("%PDF", new String(pdf, 0, 4, StandardCharsets.US_ASCII));
    assertEquals("%PDF", new String(register.caseFile(head, c.id()), 0, 4, StandardCharsets.US_ASCII));
    c = act(officer, c, cmd(CaseAction.DELIVER, c));
    c = act(officer, c, cmd(CaseAction.PROPOSE_CLOSE, c).withReason("已送达各方"));
    c = act(leader, c, cmd(CaseAction.APPROVE_CLOSE, c).withReason("同意结案"));
    assertEquals(CaseStatus.CLOSED, c.status());
    assertEquals(List.of("REGISTER", "ACCEPT", "REQUEST_SUPPLEMENT", "RECEIVE_SUPPLEMENT", "START_INVESTIGATION",
        "REQUEST_EXTENSION", "APPROVE_EXTENSION", "PROPOSE_DECISION", "APPROVE_DECISION", "DELIVER", "PROPOSE_CLOSE",
        "APPROVE_CLOSE"), c.timeline().stream().map(e -> e.action()).toList());
    var proposal = c.timeline().get(7);
    assertEquals("投诉缺乏事实根据，驳回", proposal.note(), "the officer's words, read back from the store");
    assertEquals("case.decisionKind.DISMISSED", proposal.subjectKey(), "the kind as a code, not inside the note");
    assertEquals(officer.displayName(), c.approvals().stream().filter(a -> a.kind().equals("DECISION")).findFirst()
        .orElseThrow().requestedByName(), "the proposer by name, read back from the store");
    String id = c.id();
    List<AuditEntry> trail = audit.recent(ZJJ, 200).stream().filter(e -> id.equals(e.target())).toList();
    assertTrue(trail.size() >= 12, "every action audited: " + trail.size());
    AuditEntry closing = trail.stream().filter(e -> e.action().equals("case.APPROVE_CLOSE")).findFirst().orElseThrow();
    assertTrue(closing.before().contains("status=CLOSE_PENDING"), closing.before());
    assertTrue(closing.after().contains("status=CLOSED"), closing.after());
    LocalDate today = TestClock.today();
    var report = register.timeliness(leader, today.minusDays(1), today.plusDays(1));
    var zjj = report.departments().stream().filter(d -> d.key().equals(ZJJ.value())).findFirst().orElseThrow();
    assertTrue(zjj.acceptanceTotal() >= 1 && zjj.completionTotal() >= 1);
  }

  @Test
  void aComplaintReceivedOnNewYearsEveWhoseDeadlineFallsInAnUnloadedYearGetsAProvisionalDeadline() {
    Caller head = person(ZJJ, Role.DEPARTMENT_HEAD);
    Detail c = register.registerFiled(ZJJ.region(), new Registration(CaseSource.COMPLAINT,
        Industry.HOUSING_CONSTRUCTION, "跨年投诉", "跨年", null, null, null, null),
        ZonedDateTime.of(2026, 12, 31, 16, 0, 0, 0, ZoneId.of("Asia/Shanghai")).toInstant());
    Detail seen = register.find(head, c.id());
    // Thursday 31 December; 1 January 2027 is 元旦 by law, then the weekend: Monday 4 January, 24:00
    assertEquals(ZonedDateTime.of(2027, 1, 5, 0, 0, 0, 0, ZoneId.of("Asia/Shanghai")).toInstant(),
        seen.acceptanceClock().due());
    assertTrue(seen.acceptanceClock().provisional());
    assertEquals(2027, seen.acceptanceClock().missingCalendarYear());
  }

  @Test
  void loadingTheMissingYearMakesTheWaitingDeadlinesKnown() {
    Caller systemAdmin = assertInstanceOf(AuthenticationResult.Success.class,
        auth.authenticate("admin", "Test-Admin-Pass-1")).caller();
    TestContainer.get(TenantDirectory.class).addRegion(systemAdmin, "421182", "测试市",
        "Test City", "测", "测试市监管办", "Test Office");
    RegionCode region = new RegionCode("421182");
    Detail c = register.registerFiled(region, new Registration(CaseSource.REPORT, Industry.OTHER, "跨年举报", "跨年",
        null, null, null, null), ZonedDateTime.of(2026, 12, 31, 10, 0, 0, 0, ZoneId.of("Asia/Shanghai")).toInstant());
    assertTrue(c.number().startsWith("测监案〔2026〕第"), c.number());
    assertEquals(2027, c.acceptanceClock().missingCalendarYear());
    assertTrue(c.acceptanceClock().provisional());
    // the notice as published: 4 January is also off (调休), so the deadline moves by a day
    String notice2027 = """
        {"year": 2027, "papers": ["https://www.gov.cn/zhengce/content/2027.htm"],
         "days": [{"name": "元旦", "date": "2027-01-01", "isOffDay": true},
                  {"name": "元旦", "date": "2027-01-04", "isOffDay": true}]}""";
    TestContainer.get(CalendarAdministration.class).upload(systemAdmin, region, "2027.json",
        notice2027.getBytes(StandardCharsets.UTF_8));
    Caller office = person(TenantId.of("421182-jgb"), Role.OFFICE_LEADER);
    Detail after = register.find(office, c.id());
    // received Thursday 31 December; 1 and 4 January are off → Tuesday 5 January 2027, 24:00, final
    assertEquals(ZonedDateTime.of(2027, 1, 6, 0, 0, 0, 0, ZoneId.of("Asia/Shanghai")).toInstant(),
        after.acceptanceClock().due());
    assertFalse(after.acceptanceClock().provisional());
    assertEquals(null, after.acceptanceClock().missingCalendarYear());
    // the department's heads (no officer yet) are told that the deadline moved, in the same write
    var stored = TestContainer.get(CaseRepository.class)
        .find(TenantId.of(after.ownerTenant()), new CaseId(c.id()))
        .orElseThrow();
    var moved = stored.state().outbox().stream()
        .filter(n -> n.kind() == NotificationKind.DEADLINE_MOVED).toList();
    assertEquals(1, moved.size(), stored.state().outbox().toString());
    assertEquals(after.acceptanceClock().due(), moved.get(0).due());
    assertEquals(List.of(Audience.heads(TenantId.of(after.ownerTenant()))),
        moved.get(0).audiences());
  }

  @Test
  void anApprovedPenaltyLeavesACreditRecordOfTheRespondent() {
    Caller office = person(OFFICE, Role.OFFICE_OFFICER);
    Caller officer = person(ZJJ, Role.DEPARTMENT_OFFICER);
    Caller head = person(ZJJ, Role.DEPARTMENT_HEAD);
    Detail c = register.register(office, new NewCase(CaseSource.REPORT, Industry.HOUSING_CONSTRUCTION, "串通投标",
        "同一台电脑制作投标文件", null, "某道路工程", "麻城市某建设有限公司（91421181MA49ABCD17）", null, false));
    c = act(officer, c, cmd(CaseAction.ACCEPT, c));
    c = act(officer, c, cmd(CaseAction.START_INVESTIGATION, c));
    c = act(officer, c, new Command(CaseAction.PROPOSE_DECISION, c.version(), null, null, null, null, null, null, null,
        null, null, null, null, null, new DecisionInput(DecisionKind.ADMINISTRATIVE_PENALTY, "罚款并取消投标资格一年",
        80_000L, false, 1, false)));
    c = act(head, c, cmd(CaseAction.APPROVE_DECISION, c).withReason("同意"));
    var record = TestContainer.get(CreditRecords.class).find(head, c.id());
    assertTrue(record.toString().contains("91421181MA49ABCD17"), record.toString());
    assertTrue(record.toString().contains("麻城市某建设有限公司"), record.toString());
  }
}
