package cn.ggzy.server.application.internal.oversight;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.ggzy.server.TestClock;
import cn.ggzy.server.application.Caller;
import cn.ggzy.server.application.CaseRegister;
import cn.ggzy.server.application.CaseRegister.NewCase;
import cn.ggzy.server.application.Oversight;
import cn.ggzy.server.application.Oversight.Board;
import cn.ggzy.server.application.Oversight.DepartmentLine;
import cn.ggzy.server.application.Oversight.NoticeView;
import cn.ggzy.server.application.Oversight.OfficerLine;
import cn.ggzy.server.application.internal.TestOfficers;
import cn.ggzy.server.domain.model.AccessDeniedException;
import cn.ggzy.server.domain.model.DomainException;
import cn.ggzy.server.domain.model.NotFoundException;
import cn.ggzy.server.domain.model.StateConflictException;
import cn.ggzy.server.domain.model.account.Role;
import cn.ggzy.server.domain.model.audit.AuditLog;
import cn.ggzy.server.domain.model.enforcement.CaseSource;
import cn.ggzy.server.domain.model.enforcement.Industry;
import cn.ggzy.server.infrastructure.persistence.mongo.TestContainer;
import cn.ggzy.tenants.TenantId;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * 督查 through the real wiring: the board's figures per department and officer move with a case left
 * overdue and idle and with reads of submissions outside the reader's cases; a 督办 notice is due on the
 * working-day calendar, becomes overdue unanswered, and is answered once by the department's head.
 */
class OversightTest {
  private static final AtomicInteger N = new AtomicInteger();
  private static final TenantId OFFICE = TenantId.of("421181-jgb");
  private static final TenantId ZJJ = TenantId.of("421181-zjj");
  private static final TenantId JTJ = TenantId.of("421181-jtj");

  private final Oversight oversight = TestContainer.get(Oversight.class);
  private final CaseRegister register = TestContainer.get(CaseRegister.class);
  private final AuditLog audit = TestContainer.get(AuditLog.class);

  private static Caller person(TenantId tenant, Role role) {
    return TestOfficers.signedIn(tenant, "ovs" + N.incrementAndGet() + "p", "督查" + N.get(), role);
  }

  private static DepartmentLine line(Board b, TenantId tenant) {
    return b.departments().stream().filter(d -> d.tenant().equals(tenant.value())).findFirst().orElseThrow();
  }

  @Test
  void aCaseLeftOverdueAndIdleAndReadsOutsideOnesOwnCasesShowOnTheBoard() {
    Instant start = TestClock.now();
    Caller office = person(OFFICE, Role.OFFICE_OFFICER);
    Caller leader = person(OFFICE, Role.OFFICE_LEADER);
    Instant later = start.plus(Duration.ofDays(30));
    try {
      TestClock.set(later);
      LocalDate today = TestClock.today();
      Board before = oversight.board(leader, today.minusDays(40), today);
      TestClock.set(start);
      var c = register.register(office, new NewCase(CaseSource.COMPLAINT, Industry.HOUSING_CONSTRUCTION,
          "督查测试投诉" + N.incrementAndGet(), "评标过程不公", null, "麻城市某工程", "某公司", null, false));
      TestClock.set(later);
      String snoop = "snoop" + N.incrementAndGet();
      for (int i = 0; i < 3; i++) {
        audit.record(ZJJ, TestClock.now(), snoop, DefaultOversight.REVEAL, c.id(), "核实投诉人身份" + i);
      }
      audit.record(ZJJ, TestClock.now(), snoop, DefaultOversight.DOWNLOAD, c.id(), "EV-1");
      Board after = oversight.board(leader, today.minusDays(40), today);

      DepartmentLine was = line(before, ZJJ);
      DepartmentLine is = line(after, ZJJ);
      assertEquals(was.open() + 1, is.open(), "the new case is open in 住建");
      assertEquals(was.overdue() + 1, is.overdue(), "not accepted within its working day");
      assertEquals(was.idle() + 1, is.idle(), "nothing happened on it for 30 days");
      assertEquals(was.reveals() + 3, is.reveals());
      assertEquals(was.downloads() + 1, is.downloads());
      OfficerLine reader = after.officers().stream().filter(o -> o.login().equals(snoop)).findFirst().orElseThrow();
      assertEquals(3, reader.reveals());
      assertEquals(4, reader.outsideOwnCases(), "none of the reads on a case of their own");
      assertTrue(reader.unusual(), "flagged from " + after.unusualReads() + " reads outside their cases");
      assertTrue(after.accesses().stream().anyMatch(a -> a.login().equals(snoop) && "核实投诉人身份0".equals(a.reason())
          && !a.ownCase()), "each reveal listed with its reason");
      assertTrue(after.accesses().stream().filter(a -> a.login().equals(snoop)
          && a.action().equals(DefaultOversight.DOWNLOAD)).allMatch(a -> a.reason() == null),
          "a download's audit detail (the file id) is not shown as a reason");
    } finally {
      TestClock.set(start);
    }
  }

  @Test
  void aNoticeIsDueOnTheWorkingDayCalendarTurnsOverdueAndIsAnsweredOnceByTheHead() {
    Instant start = TestClock.now();
    try {
      TestClock.set(LocalDate.of(2026, 11, 20), 10);
      Caller leader = person(OFFICE, Role.OFFICE_LEADER);
      Caller head = person(ZJJ, Role.DEPARTMENT_HEAD);
      NoticeView issued = oversight.issue(leader, ZJJ.value(), "案件超期", "请说明某投诉案件未按期受理的原因", 3);
      assertEquals(LocalDate.of(2026, 11, 25), issued.dueOn(), "Friday + 3 working days: Wednesday");
      assertEquals("OPEN", issued.state());
      assertFalse(issued.departmentName().equals(ZJJ.value()), "the department by its name");

      assertThrows(AccessDeniedException.class, () -> oversight.answer(person(ZJJ, Role.DEPARTMENT_OFFICER),
          issued.id(), "已整改", issued.version()));
      assertThrows(NotFoundException.class, () -> oversight.answer(person(JTJ, Role.DEPARTMENT_HEAD), issued.id(),
          "已整改", issued.version()));
      assertTrue(oversight.notices(person(JTJ, Role.DEPARTMENT_OFFICER)).stream()
          .noneMatch(n -> n.id().equals(issued.id())), "another department does not see it");

      TestClock.set(LocalDate.of(2026, 11, 26), 9);
      NoticeView overdue = oversight.notices(head).stream().filter(n -> n.id().equals(issued.id())).findFirst()
          .orElseThrow();
      assertEquals("OVERDUE", overdue.state());
      NoticeView answered = oversight.answer(head, issued.id(), "已查明原因并督促经办人受理", overdue.version());
      assertEquals("ANSWERED", answered.state());
      assertEquals(head.login().value(), answered.repliedBy());
      assertThrows(StateConflictException.class, () -> oversight.answer(head, issued.id(), "再次答复",
          answered.version()));
      assertTrue(oversight.notices(leader).stream().anyMatch(n -> n.id().equals(issued.id())
          && "ANSWERED".equals(n.state())), "the office follows it to its answer");
      assertFalse(oversight.board(leader, TestClock.today().minusDays(7), TestClock.today()).notices().isEmpty());
    } finally {
      TestClock.set(start);
    }
  }

  @Test
  void onlyTheOfficeOverseesOnlyItsLeadersIssueAndBadInputIsRefusedAtItsField() {
    Caller leader = person(OFFICE, Role.OFFICE_LEADER);
    LocalDate today = TestClock.today();
    assertThrows(AccessDeniedException.class, () -> oversight.board(person(ZJJ, Role.DEPARTMENT_HEAD), today, today));
    assertThrows(AccessDeniedException.class, () -> oversight.issue(person(OFFICE, Role.OFFICE_OFFICER),
        ZJJ.value(), null, "请说明原因", 3));
    assertEquals("text", assertThrows(DomainException.class, () -> oversight.issue(leader, ZJJ.value(), null, "x",
        3)).field());
    assertEquals("workingDays", assertThrows(DomainException.class, () -> oversight.issue(leader, ZJJ.value(), null,
        "请说明原因", 0)).field());
    assertEquals("department", assertThrows(DomainException.class, () -> oversight.issue(leader, OFFICE.value(),
        null, "请说明原因", 3)).field());
    assertEquals("to", assertThrows(DomainException.class, () -> oversight.board(leader, today, today.minusDays(1)))
        .field());
  }
}
