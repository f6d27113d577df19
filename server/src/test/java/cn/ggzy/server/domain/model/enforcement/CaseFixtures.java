package cn.ggzy.server.domain.model.enforcement;

import cn.ggzy.server.domain.model.account.Role;
import cn.ggzy.server.domain.model.calendar.DeadlineSettings;
import cn.ggzy.tenants.TenantId;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

/** People and cases for the case tests (麻城: 住建局 owns the case, 交通局 is consulted). */
final class CaseFixtures {
  static final TenantId ZJJ = TenantId.of("421181-zjj");
  static final TenantId JTJ = TenantId.of("421181-jtj");
  static final TenantId OFFICE = TenantId.of("421181-jgb");
  static final TenantId OTHER_REGION = TenantId.of("420100-zjj");
  static final Actor OFFICER = new Actor("li.officer", "李执法", ZJJ, Set.of(Role.DEPARTMENT_OFFICER), false);
  static final Actor OTHER_OFFICER = new Actor("zhou.officer", "周执法", ZJJ, Set.of(Role.DEPARTMENT_OFFICER), false);
  static final Actor HEAD = new Actor("wang.head", "王科长", ZJJ, Set.of(Role.DEPARTMENT_HEAD), false);
  static final Actor OFFICE_OFFICER = new Actor("chen.office", "陈干事", OFFICE, Set.of(Role.OFFICE_OFFICER), true);
  static final Actor LEADER = new Actor("zhao.leader", "赵主任", OFFICE, Set.of(Role.OFFICE_LEADER), true);
  static final Actor ADMIN = new Actor("admin", "管理员", OFFICE, Set.of(Role.SYSTEM_ADMIN), true);
  static final Actor JTJ_OFFICER = new Actor("sun.jtj", "孙执法", JTJ, Set.of(Role.DEPARTMENT_OFFICER), false);
  static final Actor FOREIGN_HEAD = new Actor("wu.head", "吴科长", OTHER_REGION, Set.of(Role.DEPARTMENT_HEAD), false);
  static final List<Actor> EVERYONE = List.of(OFFICER, HEAD, OFFICE_OFFICER, LEADER, ADMIN, JTJ_OFFICER,
      FOREIGN_HEAD);
  static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  static final WeekdayCalendar CALENDAR = new WeekdayCalendar();

  private CaseFixtures() {}

  static Instant at(String localDateTime) {
    return LocalDateTime.parse(localDateTime).atZone(SHANGHAI).toInstant();
  }

  static Registration complaint() {
    return new Registration(CaseSource.COMPLAINT, Industry.HOUSING_CONSTRUCTION, "某某项目围标串标投诉",
        "投诉人称第一标段多家投标人的投标文件由同一台电脑编制。", "MC2026-001", "麻城市某某道路工程",
        "某某建设有限公司", "TS2026000001");
  }

  static EnforcementCase registered(Instant at) {
    return EnforcementCase.register(new CaseId("0123456789abcdef01234567"),
        CaseNumber.of("麻", 2026, 1), ZJJ, complaint(), OFFICE_OFFICER, at,
        DeadlineSettings.MACHENG, CALENDAR);
  }

  /**
   * A case of 住建局 standing in {@code status}, assigned to {@link #OFFICER}, with whatever the
   * status implies (a pending request by someone else, an open pause).
   */
  static EnforcementCase inStatus(CaseStatus status) {
    EnforcementCase fresh = registered(at("2026-11-02T09:00"));
    CaseState s = fresh.state();
    boolean accepted = !status.beforeAcceptance() && status != CaseStatus.NOT_ACCEPTED;
    PendingRequest pending = switch (status) {
      case NON_ACCEPTANCE_PENDING -> new PendingRequest(ApprovalKind.NON_ACCEPTANCE, "zhou.officer", "周执法",
          at("2026-11-02T10:00"), "与投诉事项无利害关系", 0);
      case DECISION_PENDING -> new PendingRequest(ApprovalKind.DECISION, "zhou.officer", "周执法",
          at("2026-11-10T10:00"), "驳回", 0);
      case CLOSE_PENDING -> new PendingRequest(ApprovalKind.CLOSING, "zhou.officer", "周执法",
          at("2026-11-12T10:00"), "已送达", 0);
      default -> null;
    };
    List<Pause> pauses = status.paused()
        ? List.of(new Pause(status == CaseStatus.PAUSED ? PauseKind.EXPERT_REVIEW : PauseKind.SUPPLEMENT,
            LocalDate.of(2026, 11, 4), at("2026-11-04T10:00"), null, "等待"))
        : List.of();
    boolean assigned = accepted && status != CaseStatus.ACCEPTED;
    CaseState state = CaseState.restore(ZJJ, status, status.paused() ? CaseStatus.INVESTIGATING : null,
        assigned ? OFFICER.login() : null, assigned ? OFFICER.name() : null,
        accepted ? at("2026-11-02T11:00") : null, null, s.deadlines(), null, null, pending, null, 0, null,
        pauses, null, List.of(), Set.of(), List.of(), List.of(), null, null, null, null, null, List.of(),
        s.timeline(), 3);
    EnforcementCase c = EnforcementCase.restore(fresh.id(), fresh.number(), fresh.registration(),
        fresh.receivedAt(), 1, 15, state);
    c.refresh(CALENDAR);
    return c;
  }
}
