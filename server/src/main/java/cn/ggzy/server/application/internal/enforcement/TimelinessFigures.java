package cn.ggzy.server.application.internal.enforcement;

import cn.ggzy.server.application.Caller;
import cn.ggzy.server.application.CaseViews.Timeliness;
import cn.ggzy.server.application.CaseViews.TimelinessReport;
import cn.ggzy.server.application.OfficeScopes;
import cn.ggzy.server.application.TenantDirectory;
import cn.ggzy.server.domain.model.DomainException;
import cn.ggzy.server.domain.model.account.Role;
import cn.ggzy.server.domain.model.enforcement.CaseRepository;
import cn.ggzy.server.domain.model.enforcement.CaseSummary;
import cn.ggzy.server.domain.model.enforcement.InboxQuery;
import cn.ggzy.server.domain.service.WorkingCalendar;
import cn.ggzy.tenants.Department;
import cn.ggzy.tenants.TenantId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * On-time rates over a period, per department and per officer: every acceptance clock and every
 * completion clock that ended within the period counts once, on time or late.
 */
final class TimelinessFigures {
  private final CaseRepository cases;
  private final OfficeScopes scopes;
  private final TenantDirectory directory;

  TimelinessFigures(CaseRepository cases, OfficeScopes scopes, TenantDirectory directory) {
    this.cases = cases;
    this.scopes = scopes;
    this.directory = directory;
  }

  TimelinessReport report(Caller caller, LocalDate from, LocalDate to) {
    if (from == null || to == null || to.isBefore(from)) {
      throw new DomainException("case.timeliness.period.invalid", "to");
    }
    boolean office = caller.roles().stream().anyMatch(Role::officeWide)
        && directory.department(caller.tenant()).map(Department::isOffice).orElse(false);
    InboxQuery scope = office ? InboxQuery.office(scopes.open(caller, "case.timeliness"), 0, 1)
        : InboxQuery.department(caller.tenant(), 0, 1);
    Instant start = from.atStartOfDay(WorkingCalendar.ZONE).toInstant();
    Instant end = to.plusDays(1).atStartOfDay(WorkingCalendar.ZONE).toInstant();
    Map<String, int[]> departments = new LinkedHashMap<>();
    Map<String, int[]> officers = new LinkedHashMap<>();
    Map<String, String> officerNames = new LinkedHashMap<>();
    for (CaseSummary s : cases.finishedBetween(scope, start, end)) {
      int[] dept = departments.computeIfAbsent(s.owner().value(), k -> new int[4]);
      int[] officer = s.assignee() == null ? new int[4] : officers.computeIfAbsent(s.assignee(), k -> new int[4]);
      if (s.assignee() != null) {
        officerNames.put(s.assignee(), s.assigneeName());
      }
      if (s.acceptedOnTime() != null && within(s.acceptedAt(), start, end)) {
        count(dept, officer, 0, s.acceptedOnTime());
      }
      if (s.completedOnTime() != null && within(s.decidedAt(), start, end)) {
        count(dept, officer, 2, s.completedOnTime());
      }
    }
    List<Timeliness> deptRows = new ArrayList<>();
    departments.forEach((k, v) -> deptRows.add(new Timeliness(k,
        directory.department(TenantId.of(k)).map(Department::nameZh).orElse(k), v[0], v[1], v[2], v[3])));
    List<Timeliness> officerRows = new ArrayList<>();
    officers.forEach((k, v) -> officerRows.add(new Timeliness(k, officerNames.get(k), v[0], v[1], v[2], v[3])));
    Comparator<Timeliness> worstFirst = Comparator.comparingDouble(Timeliness::rate).thenComparing(Timeliness::key);
    deptRows.sort(worstFirst);
    officerRows.sort(worstFirst);
    return new TimelinessReport(from, to, deptRows, officerRows);
  }

  private static boolean within(Instant at, Instant start, Instant end) {
    return at == null || (!at.isBefore(start) && at.isBefore(end));
  }

  private static void count(int[] dept, int[] officer, int base, boolean onTime) {
    dept[base]++;
    officer[base]++;
    if (onTime) {
      dept[base + 1]++;
      officer[base + 1]++;
    }
  }
}
