package cn.ggzy.server.application.internal.oversight;

import cn.ggzy.server.application.Caller;
import cn.ggzy.server.application.OfficeScopes;
import cn.ggzy.server.application.Oversight;
import cn.ggzy.server.application.Permission;
import cn.ggzy.server.application.TenantDirectory;
import cn.ggzy.server.application.internal.DepartmentReach;
import cn.ggzy.server.application.internal.Pages;
import cn.ggzy.server.domain.model.AccessDeniedException;
import cn.ggzy.server.domain.model.ConcurrentChangeException;
import cn.ggzy.server.domain.model.DomainException;
import cn.ggzy.server.domain.model.NotFoundException;
import cn.ggzy.server.domain.model.audit.AuditEntry;
import cn.ggzy.server.domain.model.audit.AuditLog;
import cn.ggzy.server.domain.model.enforcement.CaseEvent;
import cn.ggzy.server.domain.model.enforcement.CaseId;
import cn.ggzy.server.domain.model.enforcement.CaseRepository;
import cn.ggzy.server.domain.model.enforcement.CaseSummary;
import cn.ggzy.server.domain.model.enforcement.EnforcementCase;
import cn.ggzy.server.domain.model.enforcement.InboxQuery;
import cn.ggzy.server.domain.model.oversight.SupervisionNotice;
import cn.ggzy.server.domain.model.oversight.SupervisionNoticeRepository;
import cn.ggzy.server.domain.service.WorkingCalendar;
import cn.ggzy.tenants.Department;
import cn.ggzy.tenants.OfficeScope;
import cn.ggzy.tenants.Region;
import cn.ggzy.tenants.RegionCode;
import cn.ggzy.tenants.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

@ApplicationScoped
public class DefaultOversight implements Oversight {
  /** What the audit trail calls an identity reveal and an evidence download. */
  static final String REVEAL = "intake.identity.reveal";
  static final String DOWNLOAD = "intake.evidence.open";
  static final int MAX_DAYS = 366;
  /** The audit entries read per department and period at most (newest first). */
  static final int MAX_AUDIT = 20_000;
  private static final int PAGE = 200;
  private CaseRepository cases;
  private SupervisionNoticeRepository notices;
  private AuditLog audit;
  private TenantDirectory directory;
  private OfficeScopes scopes;
  private DepartmentReach reach;
  private WorkingCalendar calendar;
  private Clock clock;
  private int idleDays;
  private int unusualReads;

  protected DefaultOversight() {}

  @Inject
  public DefaultOversight(CaseRepository cases, SupervisionNoticeRepository notices, AuditLog audit,
      TenantDirectory directory, OfficeScopes scopes, WorkingCalendar calendar, Clock clock,
      @ConfigProperty(name = "platform.oversight.idle-working-days", defaultValue = "5") int idleDays,
      @ConfigProperty(name = "platform.oversight.unusual-reads", defaultValue = "3") int unusualReads) {
    this.cases = cases;
    this.notices = notices;
    this.audit = audit;
    this.directory = directory;
    this.scopes = scopes;
    this.reach = new DepartmentReach(directory, scopes);
    this.calendar = calendar;
    this.clock = clock;
    this.idleDays = idleDays;
    this.unusualReads = unusualReads;
  }

  @Override
  public Board board(Caller caller, LocalDate from, LocalDate to) {
    office(caller, Permission.OVERSEE, "oversight.board");
    period(from, to);
    OfficeScope scope = scopes.open(caller, "oversight.board");
    RegionCode region = caller.tenant().region();
    Instant now = clock.instant();
    LocalDate today = LocalDate.ofInstant(now, WorkingCalendar.ZONE);
    Map<String, long[]> departments = new LinkedHashMap<>();
    Map<String, String> names = new HashMap<>();
    for (Department d : region(region).departments()) {
      departments.put(d.id().value(), new long[8]);
      names.put(d.id().value(), d.nameZh());
    }
    Map<String, long[]> officers = new LinkedHashMap<>();
    Map<String, String> officerNames = new HashMap<>();
    Map<String, String> assigneeOf = new HashMap<>();
    for (CaseSummary c : openCases(scope)) {
      String tenant = c.owner().value();
      long[] d = departments.computeIfAbsent(tenant, k -> new long[8]);
      boolean overdue = c.due() != null && !c.pausedClock() && c.due().isBefore(now);
      boolean idle = idle(scope, region, c.id(), today);
      d[0]++;
      d[1] += overdue ? 1 : 0;
      d[2] += idle ? 1 : 0;
      d[3] += c.status().awaitsApproval() ? 1 : 0;
      if (c.assignee() != null) {
        assigneeOf.put(c.id().value(), c.assignee());
        String key = tenant + "|" + c.assignee();
        officerNames.putIfAbsent(key, c.assigneeName());
        long[] o = officers.computeIfAbsent(key, k -> new long[6]);
        o[0]++;
        o[1] += overdue ? 1 : 0;
        o[2] += idle ? 1 : 0;
      }
    }
    List<AccessLine> accesses = new ArrayList<>();
    for (String tenant : List.copyOf(departments.keySet())) {
      for (AuditEntry e : accesses(TenantId.of(tenant), from, to)) {
        boolean reveal = REVEAL.equals(e.action());
        String assignee = assigneeOf.computeIfAbsent(e.target(), id -> assignee(scope, id));
        boolean own = e.actor().equals(assignee);
        long[] d = departments.get(tenant);
        d[reveal ? 4 : 5]++;
        long[] o = officers.computeIfAbsent(tenant + "|" + e.actor(), k -> new long[6]);
        o[reveal ? 3 : 4]++;
        o[5] += own ? 0 : 1;
        accesses.add(new AccessLine(e.at(), tenant, e.actor(), e.action(), e.target(), reveal ? e.reason() : null,
            own));
      }
    }
    List<NoticeView> noticeViews = notices.list(region, 500).stream().map(n -> view(n, today)).toList();
    for (NoticeView n : noticeViews) {
      long[] d = departments.computeIfAbsent(n.department(), k -> new long[8]);
      d[6] += n.state().equals(SupervisionNotice.State.ANSWERED.name()) ? 0 : 1;
      d[7] += n.state().equals(SupervisionNotice.State.OVERDUE.name()) ? 1 : 0;
    }
    List<DepartmentLine> departmentLines = departments.entrySet().stream().map(e -> new DepartmentLine(e.getKey(),
        names.getOrDefault(e.getKey(), e.getKey()), e.getValue()[0], e.getValue()[1], e.getValue()[2],
        e.getValue()[3], e.getValue()[4], e.getValue()[5], e.getValue()[6], e.getValue()[7])).toList();
    List<OfficerLine> officerLines = officers.entrySet().stream().map(e -> {
      String[] key = e.getKey().split("\\|", 2);
      long[] o = e.getValue();
      return new OfficerLine(key[0], key[1], officerNames.getOrDefault(e.getKey(), key[1]), o[0], o[1], o[2], o[3],
          o[4], o[5], o[5] >= unusualReads);
    }).sorted(Comparator.comparing(OfficerLine::unusual).reversed()
        .thenComparing(Comparator.comparingLong(OfficerLine::overdue).reversed())
        .thenComparing(OfficerLine::tenant).thenComparing(OfficerLine::login)).toList();
    accesses.sort(Comparator.comparing(AccessLine::at).reversed());
    return new Board(from, to, idleDays, unusualReads, departmentLines, officerLines, accesses, noticeViews);
  }

  @Override
  public NoticeView issue(Caller caller, String department, String about, String text, int workingDays) {
    office(caller, Permission.ISSUE_SUPERVISION_NOTICES, "oversight.issue");
    RegionCode region = caller.tenant().region();
    Department to = region(region).departments().stream()
        .filter(d -> d.id().value().equals(department) && !d.isOffice()).findFirst()
        .orElseThrow(() -> new DomainException("oversight.notice.department", "department"));
    String body = text(text, 1000, "oversight.notice.text", "text");
    String subject = about == null || about.isBlank() ? null : text(about, 100, "oversight.notice.about", "about");
    if (workingDays < 1 || workingDays > 30) {
      throw new DomainException("oversight.notice.workingDays", "workingDays");
    }
    Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
    LocalDate today = LocalDate.ofInstant(now, WorkingCalendar.ZONE);
    SupervisionNotice n = new SupervisionNotice(notices.nextId(), region, to.id(), subject, body,
        caller.login().value(), now, calendar.nthWorkingDayAfter(region, today, workingDays), null, null, null, 1);
    notices.store(region, n, 0);
    audit.record(to.id(), now, caller.login().value(), "oversight.NOTICE_ISSUED", n.id(),
        "due " + n.dueOn() + (subject == null ? "" : ", " + subject));
    return view(n, today);
  }

  @Override
  public NoticeView answer(Caller caller, String noticeId, String text, long version) {
    RegionCode region = caller.tenant().region();
    SupervisionNotice n = notices.find(region, noticeId == null ? "" : noticeId)
        .filter(x -> x.department().equals(caller.tenant()))
        .orElseThrow(() -> new NotFoundException("noticeId"));
    if (!caller.may(Permission.APPROVE_CASES)) {
      throw new AccessDeniedException("oversight.answer");
    }
    if (n.version() != version) {
      throw new ConcurrentChangeException("notice");
    }
    Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
    SupervisionNotice answered = n.answered(text(text, 2000, "oversight.notice.reply", "text"),
        caller.login().value(), now);
    notices.store(region, answered, n.version());
    audit.record(caller.tenant(), now, caller.login().value(), "oversight.NOTICE_ANSWERED", n.id(), null);
    return view(answered, LocalDate.ofInstant(now, WorkingCalendar.ZONE));
  }

  @Override
  public List<NoticeView> notices(Caller caller) {
    LocalDate today = LocalDate.ofInstant(clock.instant(), WorkingCalendar.ZONE);
    if (reach.office(caller)) {
      return notices.list(caller.tenant().region(), 500).stream().map(n -> view(n, today)).toList();
    }
    if (!caller.may(Permission.OFFICER_WORK)) {
      throw new AccessDeniedException("oversight.notices");
    }
    return notices.list(caller.tenant(), 500).stream().map(n -> view(n, today)).toList();
  }

  /** An open case is idle when nothing happened on it for the configured number of working days. */
  private boolean idle(OfficeScope scope, RegionCode region, CaseId id, LocalDate today) {
    Optional<Instant> last = cases.find(scope, id).map(EnforcementCase::timeline)
        .flatMap(t -> t.stream().map(CaseEvent::at).max(Comparator.naturalOrder()));
    return last.isPresent() && calendar.workingDaysBetween(region,
        LocalDate.ofInstant(last.get(), WorkingCalendar.ZONE), today) >= idleDays;
  }

  private String assignee(OfficeScope scope, String caseId) {
    return cases.find(scope, new CaseId(caseId)).map(EnforcementCase::assignee).orElse("");
  }

  private List<CaseSummary> openCases(OfficeScope scope) {
    return Pages.all((o, l) -> cases.inbox(InboxQuery.office(scope, o, l)), PAGE, Integer.MAX_VALUE);
  }

  /** The department's identity reveals and evidence downloads within the period (newest first). */
  private List<AuditEntry> accesses(TenantId tenant, LocalDate from, LocalDate to) {
    Instant start = from.atStartOfDay(WorkingCalendar.ZONE).toInstant();
    Instant end = to.plusDays(1).atStartOfDay(WorkingCalendar.ZONE).toInstant();
    List<AuditEntry> out = new ArrayList<>();
    for (int offset = 0; offset < MAX_AUDIT; offset += PAGE) {
      List<AuditEntry> page = audit.page(tenant, offset, PAGE);
      for (AuditEntry e : page) {
        if (e.at().isBefore(start)) {
          return out;
        }
        if (e.at().isBefore(end) && (REVEAL.equals(e.action()) || DOWNLOAD.equals(e.action()))) {
          out.add(e);
        }
      }
      if (page.size() < PAGE) {
        return out;
      }
    }
    return out;
  }

  private NoticeView view(SupervisionNotice n, LocalDate today) {
    String name = directory.department(n.department()).map(Department::nameZh).orElse(n.department().value());
    return new NoticeView(n.id(), n.department().value(), name, n.about(), n.text(), n.issuedBy(), n.issuedAt(),
        n.dueOn(), n.state(today).name(), n.reply(), n.repliedBy(), n.repliedAt(), n.version());
  }

  private Region region(RegionCode code) {
    return directory.region(code).orElseThrow(() -> new NotFoundException("region"));
  }

  private void office(Caller caller, Permission permission, String action) {
    if (!caller.may(permission) || !reach.office(caller)) {
      throw new AccessDeniedException(action);
    }
  }

  private static void period(LocalDate from, LocalDate to) {
    if (from == null) {
      throw new DomainException("oversight.period.from", "from");
    }
    if (to == null || to.isBefore(from) || ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
      throw new DomainException("oversight.period.to", "to");
    }
  }

  private static String text(String value, int max, String code, String field) {
    String v = value == null ? "" : value.strip();
    if (v.codePointCount(0, v.length()) < 2 || v.codePointCount(0, v.length()) > max) {
      throw new DomainException(code, field);
    }
    return v;
  }
}
