package cn.ggzy.server.application.internal.dispatch;

import cn.ggzy.server.application.AgencyAssessments;
import cn.ggzy.server.application.Caller;
import cn.ggzy.server.application.Dispatch;
import cn.ggzy.server.application.DispatchDocuments;
import cn.ggzy.server.application.Messages;
import cn.ggzy.server.application.OfficeScopes;
import cn.ggzy.server.application.Permission;
import cn.ggzy.server.application.TenantDirectory;
import cn.ggzy.server.application.internal.DepartmentReach;
import cn.ggzy.server.application.internal.notification.PushChannels;
import cn.ggzy.server.domain.model.AccessDeniedException;
import cn.ggzy.server.domain.model.DomainException;
import cn.ggzy.server.domain.model.NotFoundException;
import cn.ggzy.server.domain.model.account.AccountRepository;
import cn.ggzy.server.domain.model.agency.AgencyRepository;
import cn.ggzy.server.domain.model.agency.Assessment;
import cn.ggzy.server.domain.model.audit.AuditLog;
import cn.ggzy.server.domain.model.credit.BlacklistRepository;
import cn.ggzy.server.domain.model.credit.RedListRepository;
import cn.ggzy.server.domain.model.dispatch.Counted;
import cn.ggzy.server.domain.model.dispatch.DispatchLedger;
import cn.ggzy.server.domain.model.dispatch.DispatchReport;
import cn.ggzy.server.domain.model.dispatch.DispatchReportRepository;
import cn.ggzy.server.domain.model.dispatch.Metric;
import cn.ggzy.server.domain.model.dispatch.Tally;
import cn.ggzy.server.domain.model.enforcement.CaseRepository;
import cn.ggzy.server.domain.model.enforcement.CaseStatus;
import cn.ggzy.server.domain.model.enforcement.InboxQuery;
import cn.ggzy.server.domain.model.inspection.InspectionTaskRepository;
import cn.ggzy.server.domain.model.notification.DeviceRepository;
import cn.ggzy.server.domain.model.warning.WarningRepository;
import cn.ggzy.server.domain.service.WorkingCalendar;
import cn.ggzy.tenants.Department;
import cn.ggzy.tenants.OfficeScope;
import cn.ggzy.tenants.Region;
import cn.ggzy.tenants.RegionCode;
import cn.ggzy.tenants.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;

@ApplicationScoped
public class DefaultDispatch implements Dispatch {
  static final int MAX_DAYS = 366;
  static final int MAX_BEHIND = 200;
  private static final Pattern KEY = Pattern.compile("[A-Z_]{1,60}");
  private DispatchLedger ledger;
  private AgencyRepository agencies;
  private DispatchReportRepository reports;
  private DispatchDocuments documents;
  private CaseRepository cases;
  private TenantDirectory directory;
  private OfficeScopes scopes;
  private DepartmentReach reach;
  private AuditLog audit;
  private Clock clock;
  private Set<ReportKind> schedule;
  private ReportAnnouncer announcer;
  private DispatchBackfill backfill;

  protected DefaultDispatch() {}

  @Inject
  public DefaultDispatch(DispatchLedger ledger, AgencyRepository agencies, DispatchReportRepository reports,
      DispatchDocuments documents, CaseRepository cases, TenantDirectory directory, OfficeScopes scopes, AuditLog audit,
      Clock clock, AccountRepository accounts, DeviceRepository devices, PushChannels channels,
      WarningRepository warnings, InspectionTaskRepository tasks, BlacklistRepository blacklist,
      RedListRepository redlist,
      @ConfigProperty(name = "platform.dispatch.reports", defaultValue = "WEEKLY,MONTHLY") String schedule) {
    this.ledger = ledger;
    this.agencies = agencies;
    this.reports = reports;
    this.documents = documents;
    this.cases = cases;
    this.directory = directory;
    this.scopes = scopes;
    this.reach = new DepartmentReach(directory, scopes);
    this.audit = audit;
    this.clock = clock;
    this.schedule = parseSchedule(schedule);
    this.announcer = new ReportAnnouncer(accounts, devices, channels);
    this.backfill = new DispatchBackfill(ledger, cases, warnings, tasks, blacklist, redlist, directory, scopes, clock);
  }

  static Set<ReportKind> parseSchedule(String text) {
    Set<ReportKind> kinds = new LinkedHashSet<>();
    for (String part : text.split(",")) {
      String p = part.strip().toUpperCase(Locale.ROOT);
      if (p.equals("WEEKLY") || p.equals("MONTHLY")) {
        kinds.add(ReportKind.valueOf(p));
      } else if (!p.isEmpty() && !p.equals("NONE")) {
        throw new IllegalArgumentException("platform.dispatch.reports: WEEKLY, MONTHLY or NONE, not " + part);
      }
    }
    return kinds;
  }

  /** Whom the caller's figures cover: the departments, and how to count their overdue cases. */
  private record Reach(RegionCode region, List<Department> departments, OfficeScope scope, TenantId own) {
    Set<TenantId> ids() {
      Set<TenantId> ids = new LinkedHashSet<>();
      departments.forEach(d -> ids.add(d.id()));
      return ids;
    }
  }

  private Reach reach(Caller caller, String department, String purpose) {
    if (!caller.may(Permission.DISPATCH)) {
      throw new AccessDeniedException(purpose);
    }
    RegionCode region = caller.tenant().region();
    Region r = directory.region(region).orElseThrow(() -> new NotFoundException("region"));
    String wanted = department == null ? "" : department.strip();
    if (reach.office(caller)) {
      OfficeScope scope = scopes.open(caller, purpose);
      List<Department> all = r.departments();
      if (wanted.isEmpty()) {
        return new Reach(region, all, scope, null);
      }
      Department d = all.stream().filter(x -> x.id().value().equals(wanted)).findFirst()
          .orElseThrow(() -> new NotFoundException("department"));
      return new Reach(region, List.of(d), scope, null);
    }
    if (!wanted.isEmpty() && !wanted.equals(caller.tenant().value())) {
      throw new NotFoundException("department");
    }
    Department own = directory.department(caller.tenant()).orElseThrow(() -> new NotFoundException("department"));
    return new Reach(region, List.of(own), null, caller.tenant());
  }

  private static void period(LocalDate from, LocalDate to) {
    if (from == null) {
      throw new DomainException("dispatch.period.from", "from");
    }
    if (to == null || to.isBefore(from) || ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
      throw new DomainException("dispatch.period.invalid", "to");
    }
  }

  @Override
  public Dashboard dashboard(Caller caller, LocalDate from, LocalDate to, String department) {
    period(from, to);
    return compute(reach(caller, department, "dispatch.dashboard"), from, to, department);
  }

  private Dashboard compute(Reach reach, LocalDate from, LocalDate to, String department) {
    Set<TenantId> ids = reach.ids();
    Set<String> all = new LinkedHashSet<>();
    ids.forEach(t -> all.add(t.value()));
    Tally dated = ledger.dated(reach.region(), ids, from, to);
    Tally standing = ledger.standing(reach.region(), ids);
    Instant now = clock.instant();
    List<DepartmentRow> rows = new ArrayList<>();
    long overdue = 0;
    Map<TenantId, Long> overdueByOwner = reach.scope() != null ? cases.overdueByOwner(reach.scope(), now) : null;
    for (Department d : reach.departments()) {
      Set<String> one = Set.of(d.id().value());
      long late = overdueByOwner != null ? overdueByOwner.getOrDefault(d.id(), 0L) : overdue(reach, d.id(), now);
      overdue += late;
      rows.add(new DepartmentRow(d.id().value(), d.nameZh(), dated.sum(one, Metric.CASES_RECEIVED, k -> true),
          dated.sum(one, Metric.CASES_CLOSED, k -> true), clocks(dated, one, Metric.ACCEPTANCE, k -> true),
          clocks(dated, one, Metric.COMPLETION, k -> true), open(standing, one), late,
          dated.sum(one, Metric.WARNINGS_RAISED, k -> true)));
    }
    Predicate<String> filed = k -> k.startsWith("COMPLAINT_") || k.startsWith("REPORT_");
    Map<String, Long> warnings = new LinkedHashMap<>();
    warnings.put("RAISED", dated.sum(all, Metric.WARNINGS_RAISED, k -> true));
    warnings.put("DISMISSED", dated.get(all, Metric.WARNINGS_REVIEWED, "DISMISSED"));
    warnings.put("CASE_OPENED", dated.get(all, Metric.WARNINGS_REVIEWED, "CASE_OPENED"));
    warnings.put("OPEN_NOW", standing.get(all, Metric.WARNING_STATUS, "OPEN"));
    Map<String, Long> inspections = keys(dated, all, Metric.INSPECTIONS, "DRAWN", "CONCLUDED", "PUBLISHED");
    Map<String, Long> blacklist = keys(dated, all, Metric.BLACKLIST, "LISTED", "ENDED");
    Map<String, Long> redlist = keys(dated, all, Metric.REDLIST, "LISTED", "ENDED");
    Map<String, Long> statuses = new LinkedHashMap<>();
    Map<String, Long> byStatus = standing.byKey(all, Metric.CASE_STATUS);
    for (CaseStatus s : CaseStatus.values()) {
      statuses.put(s.name(), byStatus.getOrDefault(s.name(), 0L));
    }
    List<MonthRow> trend = new ArrayList<>();
    YearMonth last = YearMonth.from(to);
    ledger.monthly(reach.region(), ids, last.minusMonths(11), last).forEach((m, t) -> trend.add(new MonthRow(m,
        t.sum(all, Metric.CASES_RECEIVED, k -> true), t.sum(all, Metric.CASES_CLOSED, k -> true),
        t.sum(all, Metric.WARNINGS_RAISED, k -> true), t.get(all, Metric.INSPECTIONS, "CONCLUDED"),
        clocks(t, all, Metric.COMPLETION, k -> true))));
    String chosen = department == null || department.isBlank() ? null : department.strip();
    String quarter = AgencyAssessments.lastQuarterEndedBy(to);
    Map<String, Long> grades = new TreeMap<>();
    if (reach.scope() != null && chosen == null) {
      agencies.assessments(reach.region(), quarter).stream().filter(a -> a.state() != Assessment.State.DRAFT)
          .forEach(a -> grades.merge(a.grade(), 1L, Long::sum));
    }
    return new Dashboard(from, to, chosen, rows, dated.byKey(all, Metric.CASES_RECEIVED),
        dated.byKey(all, Metric.CASES_MATTER), statuses, open(standing, all), overdue,
        clocks(dated, all, Metric.ACCEPTANCE, k -> true), clocks(dated, all, Metric.COMPLETION, k -> true),
        clocks(dated, all, Metric.ACCEPTANCE, filed), clocks(dated, all, Metric.COMPLETION, filed), warnings,
        inspections, blacklist, redlist, trend, quarter, grades);
  }


  private static Map<String, Long> keys(Tally tally, Set<String> all, Metric metric, String... keys) {
    Map<String, Long> out = new LinkedHashMap<>();
    Arrays.stream(keys).forEach(k -> out.put(k, tally.get(all, metric, k)));
    return out;
  }

  private static Clocks clocks(Tally tally, Set<String> departments, Metric metric, Predicate<String> keys) {
    return new Clocks(tally.sum(departments, metric, k -> keys.test(k) && k.endsWith("_" + ThingFacts.ON_TIME)),
        tally.sum(departments, metric, keys));
  }

  private static long open(Tally standing, Set<String> departments) {
    return standing.sum(departments, Metric.CASE_STATUS, k -> {
      try {
        return CaseStatus.valueOf(k).open();
      } catch (IllegalArgumentException retired) {
        return false;
      }
    });
  }

  /** Open cases past their due date now, read from the open cases' inbox lines (never the whole register). */
  private long overdue(Reach reach, TenantId department, Instant now) {
    InboxQuery q = reach.scope() != null
        ? new InboxQuery(null, reach.scope(), null, Set.of(), null, department, true, now, null, 0, 1)
        : new InboxQuery(department, null, null, Set.of(), null, null, true, now, null, 0, 1);
    return cases.count(q);
  }

  @Override
  public List<Behind> behind(Caller caller, String metric, String key, LocalDate from, LocalDate to,
      String department) {
    Metric m;
    try {
      m = Metric.valueOf(metric == null ? "" : metric.strip());
    } catch (IllegalArgumentException e) {
      throw new DomainException("dispatch.metric.unknown", "metric");
    }
    Set<String> keys = new LinkedHashSet<>();
    for (String k : (key == null ? "" : key).split(",", -1)) {
      if (!KEY.matcher(k.strip()).matches() || keys.size() >= 40) {
        throw new DomainException("dispatch.key.invalid", "key");
      }
      keys.add(k.strip());
    }
    if (m.dated()) {
      period(from, to);
    }
    Reach r = reach(caller, department, "dispatch.behind");
    List<Behind> out = new ArrayList<>();
    for (Counted c : ledger.behind(r.region(), r.ids(), m, keys, from, to, MAX_BEHIND)) {
      out.add(new Behind(c.kind(), c.id(), c.label(), path(c)));
    }
    return out;
  }

  private static String path(Counted c) {
    return switch (c.kind()) {
      case "case" -> "console/cases/" + c.id();
      case "warning" -> "console/warnings/" + c.id();
      case "inspection" -> "console/inspections/tasks/" + c.id();
      case "blacklist" -> "console/credit/blacklist";
      case "redlist" -> "console/credit/redlist";
      default -> "console";
    };
  }

  @Override
  public ReportView generate(Caller caller, LocalDate from, LocalDate to) {
    period(from, to);
    if (!reach.office(caller)) {
      throw new AccessDeniedException("dispatch.report");
    }
    Reach r = reach(caller, null, "dispatch.report");
    String id = "ADHOC-" + UUID.randomUUID().toString().replace("-", "").substring(0, 10).toUpperCase(Locale.ROOT);
    DispatchReport report = write(r, id, ReportKind.ON_DEMAND, from, to, caller.login().value());
    return view(report);
  }

  private DispatchReport write(Reach r, String id, ReportKind kind, LocalDate from, LocalDate to, String by) {
    Dashboard d = compute(r, from, to, null);
    String region = directory.region(r.region()).map(Region::nameZh).orElse(r.region().value());
    String title = region + "公共资源交易监管调度" + switch (kind) {
      case WEEKLY -> "周报";
      case MONTHLY -> "月报";
      case ON_DEMAND -> "报告";
    };
    Instant at = clock.instant().truncatedTo(ChronoUnit.MILLIS);
    byte[] pdf = documents.pdf(title, d, DefaultDispatch::chinese);
    byte[] workbook = documents.workbook(title, d, DefaultDispatch::chinese);
    DispatchReport report = new DispatchReport(id, r.region(), kind.name(), from, to, at, by, pdf.length,
        workbook.length, pdf, workbook);
    if (reports.add(report)) {
      TenantId office = r.departments().stream().filter(Department::isOffice).map(Department::id).findFirst()
          .orElse(r.departments().get(0).id());
      audit.record(office, at, by, "dispatch.REPORT_GENERATED", id, from + "/" + to);
      if (kind != ReportKind.ON_DEMAND) {
        int pushed = announcer.announce(office, report);
        audit.record(office, at, by, "dispatch.REPORT_PUSHED", id, pushed + " devices");
      }
    }
    return report;
  }

  /** The Chinese name of a counted key or a heading code. */
  static String chinese(String code) {
    return Messages.text(code, Messages.CHINESE);
  }

  private static ReportView view(DispatchReport r) {
    return new ReportView(r.id(), ReportKind.valueOf(r.kind()), r.from(), r.to(), r.generatedAt(), r.generatedBy(),
        r.pdfSize(), r.workbookSize());
  }

  @Override
  public List<ReportView> reports(Caller caller) {
    Reach r = reach(caller, null, "dispatch.reports");
    if (r.scope() == null) {
      throw new AccessDeniedException("dispatch.reports");
    }
    return reports.list(r.region(), 200).stream().map(DefaultDispatch::view).toList();
  }

  @Override
  public ReportFile file(Caller caller, String reportId, String format) {
    Reach r = reach(caller, null, "dispatch.report.file");
    if (r.scope() == null) {
      throw new AccessDeniedException("dispatch.report.file");
    }
    boolean pdf = "pdf".equals(format);
    if (!pdf && !"xlsx".equals(format)) {
      throw new DomainException("dispatch.report.format", "format");
    }
    DispatchReport report = reports.find(r.region(), reportId == null ? "" : reportId.strip())
        .orElseThrow(() -> new NotFoundException("reportId"));
    audit.record(caller.tenant(), clock.instant(), caller.login().value(), "dispatch.REPORT_READ", report.id(),
        format);
    String name = report.id() + "_" + report.from() + "_" + report.to() + (pdf ? ".pdf" : ".xlsx");
    return pdf ? new ReportFile(name, "application/pdf", report.pdf())
        : new ReportFile(name, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", report.workbook());
  }

  @Override
  public long backfill() {
    return backfill.run();
  }

  @Override
  public int generateDue() {
    if (schedule.isEmpty()) {
      return 0;
    }
    LocalDate today = LocalDate.ofInstant(clock.instant(), WorkingCalendar.ZONE);
    int made = 0;
    for (Region region : directory.regions()) {
      if (region.departments().isEmpty()) {
        continue;
      }
      for (ReportKind kind : schedule) {
        LocalDate from;
        LocalDate to;
        String id;
        if (kind == ReportKind.WEEKLY) {
          from = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(1);
          to = from.plusDays(6);
          id = "WEEKLY-" + from;
        } else {
          YearMonth last = YearMonth.from(today).minusMonths(1);
          from = last.atDay(1);
          to = last.atEndOfMonth();
          id = "MONTHLY-" + last;
        }
        if (reports.exists(region.code(), id)) {
          continue;
        }
        OfficeScope scope = scopes.forSystem(region.code(), "dispatch.report");
        write(new Reach(region.code(), region.departments(), scope, null), id, kind, from, to, "system:dispatch");
        made++;
      }
    }
    return made;
  }
}
