package cn.ggzy.server.application;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/**
 * 统筹调度: the dashboards of the office and the leading group, and the periodic reports for the
 * leading group's meetings. Every figure is read from the dispatch counters (kept as things are
 * stored), so a dashboard costs a few exact reads whatever the number of cases; a report is a
 * dashboard of its period written as PDF and Excel, with the same numbers. A department sees its own
 * figures; the office every department's through an audited scope.
 */
public interface Dispatch {
  /** A count of clocks that ended: on time of total. */
  record Clocks(long onTime, long total) {
    public double rate() {
      return total == 0 ? 1.0 : (double) onTime / total;
    }
  }

  /** A department's line: cases received and closed in the period, clocks, what stands now, warnings raised. */
  record DepartmentRow(String tenant, String name, long received, long closed, Clocks acceptance,
      Clocks completion, long openNow, long overdueNow, long warningsRaised) {}

  /** One month of the trend. */
  record MonthRow(YearMonth month, long received, long closed, long warningsRaised, long inspectionsConcluded,
      Clocks completion) {}

  /**
   * The figures of a period. Maps are keyed by the counted key (a source, an industry, a status …)
   * in a stable order; {@code department} is the one chosen, or {@code null} for all the caller sees.
   * {@code agencyGrades} counts the published agency results of {@code agencyPeriod} (the last quarter
   * ended by {@code to}) by grade, for the office only.
   */
  record Dashboard(LocalDate from, LocalDate to, String department, List<DepartmentRow> departments,
      Map<String, Long> receivedBySource, Map<String, Long> receivedByMatter, Map<String, Long> statusNow,
      long openNow, long overdueNow, Clocks acceptance, Clocks completion, Clocks complaintAcceptance,
      Clocks complaintCompletion, Map<String, Long> warnings, Map<String, Long> inspections,
      Map<String, Long> blacklist, Map<String, Long> redlist, List<MonthRow> trend, String agencyPeriod,
      Map<String, Long> agencyGrades) {
    public Dashboard {
      departments = List.copyOf(departments);
      trend = List.copyOf(trend);
    }
  }

  /** One thing behind a figure, with where the console shows it. */
  record Behind(String kind, String id, String label, String path) {}

  enum ReportKind { WEEKLY, MONTHLY, ON_DEMAND }

  record ReportView(String id, ReportKind kind, LocalDate from, LocalDate to, Instant generatedAt,
      String generatedBy, long pdfBytes, long workbookBytes) {}

  record ReportFile(String name, String contentType, byte[] content) {}

  /** The dashboard of a period (at most 366 days; the trend covers the 12 months up to {@code to}). */
  Dashboard dashboard(Caller caller, LocalDate from, LocalDate to, String department);

  /**
   * The things behind one figure: {@code metric} and {@code key} as the dashboard counts them (e.g.
   * {@code CASES_RECEIVED}/{@code COMPLAINT}; several keys separated by commas); at most 200.
   */
  List<Behind> behind(Caller caller, String metric, String key, LocalDate from, LocalDate to, String department);

  /** Generates a report of the region for a period now (office roles). */
  ReportView generate(Caller caller, LocalDate from, LocalDate to);

  /** The region's reports, newest first. */
  List<ReportView> reports(Caller caller);

  /** A report's PDF ({@code pdf}) or Excel workbook ({@code xlsx}). */
  ReportFile file(Caller caller, String reportId, String format);

  /**
   * Counts, once per region, what was stored before the dispatch counters existed (cases, warnings,
   * inspection tasks, list entries); answers how many things were counted (0 once done).
   */
  long backfill();

  /** The scheduled reports whose period has ended and which do not exist yet, generated; answers how many. */
  int generateDue();
}
