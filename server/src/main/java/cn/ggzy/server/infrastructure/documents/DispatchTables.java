package cn.ggzy.server.infrastructure.documents;

import cn.ggzy.server.application.Dispatch.Clocks;
import cn.ggzy.server.application.Dispatch.Dashboard;
import cn.ggzy.server.application.Dispatch.DepartmentRow;
import cn.ggzy.server.application.Dispatch.MonthRow;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * A dispatch dashboard as the tables of its report, in the report's order: the PDF prints them (with
 * charts of some), the workbook puts each on a sheet. One source, so both show the same numbers.
 * Cells are {@code Long} for counts and {@code String} for words and rates.
 */
public final class DispatchTables {
  /** One table: its heading, its column headings, its rows; {@code chart} names the count columns to chart. */
  public record Table(String sheet, String title, List<String> header, List<List<Object>> rows, int[] chart) {}

  private DispatchTables() {}

  public static String rate(Clocks c) {
    return c.total() == 0 ? "—" : String.format(Locale.ROOT, "%.1f%%", 100.0 * c.rate());
  }

  public static List<Table> of(Dashboard d, UnaryOperator<String> names) {
    List<Table> out = new ArrayList<>();
    UnaryOperator<String> l = k -> names.apply("dispatch.label." + k);
    long received = d.receivedBySource().values().stream().mapToLong(Long::longValue).sum();
    long closed = d.departments().stream().mapToLong(DepartmentRow::closed).sum();
    List<List<Object>> summary = new ArrayList<>();
    summary.add(List.of(l.apply("received"), received, "", ""));
    summary.add(List.of(l.apply("closed"), closed, "", ""));
    summary.add(List.of(l.apply("open"), d.openNow(), "", ""));
    summary.add(List.of(l.apply("overdue"), d.overdueNow(), "", ""));
    summary.add(clockRow(l.apply("acceptance"), d.acceptance()));
    summary.add(clockRow(l.apply("completion"), d.completion()));
    summary.add(clockRow(l.apply("complaintAcceptance"), d.complaintAcceptance()));
    summary.add(clockRow(l.apply("complaintCompletion"), d.complaintCompletion()));
    out.add(new Table("summary", names.apply("dispatch.heading.summary"),
        List.of(l.apply("item"), l.apply("count"), "总数", l.apply("rate")), summary, new int[0]));
    List<List<Object>> depts = new ArrayList<>();
    for (DepartmentRow r : d.departments()) {
      depts.add(List.of(r.name(), r.received(), r.closed(), r.acceptance().onTime(), r.acceptance().total(),
          r.completion().onTime(), r.completion().total(), r.openNow(), r.overdueNow(), r.warningsRaised()));
    }
    out.add(new Table("departments", names.apply("dispatch.heading.departments"),
        List.of(l.apply("department"), l.apply("received"), l.apply("closed"), l.apply("acceptance"), "受理总数",
            l.apply("completion"), "办结总数", l.apply("open"), l.apply("overdue"), l.apply("warningsRaised")),
        depts, new int[] {1, 2}));
    out.add(keyed("source", names.apply("dispatch.heading.source"), d.receivedBySource(), "case.source.", names, l,
        true));
    out.add(keyed("matter", names.apply("dispatch.heading.matter"), d.receivedByMatter(), "case.industry.", names, l,
        true));
    out.add(keyed("status", names.apply("dispatch.heading.status"), d.statusNow(), "case.status.", names, l, false));
    out.add(keyed("warnings", names.apply("dispatch.heading.warnings"), d.warnings(), "dispatch.key.", names, l,
        false));
    out.add(keyed("inspections", names.apply("dispatch.heading.inspections"), d.inspections(), "dispatch.key.", names,
        l, false));
    List<List<Object>> lists = new ArrayList<>();
    lists.add(List.of(l.apply("blacklist"), d.blacklist().getOrDefault("LISTED", 0L),
        d.blacklist().getOrDefault("ENDED", 0L)));
    lists.add(List.of(l.apply("redlist"), d.redlist().getOrDefault("LISTED", 0L),
        d.redlist().getOrDefault("ENDED", 0L)));
    out.add(new Table("lists", names.apply("dispatch.heading.lists"),
        List.of(l.apply("item"), names.apply("dispatch.key.LISTED"), names.apply("dispatch.key.ENDED")), lists,
        new int[0]));
    if (!d.agencyGrades().isEmpty()) {
      List<List<Object>> grades = new ArrayList<>();
      d.agencyGrades().forEach((g, n) -> grades.add(List.of(g, n)));
      out.add(new Table("agencies", names.apply("dispatch.heading.agencies") + "（" + d.agencyPeriod() + "）",
          List.of(names.apply("dispatch.label.grade"), l.apply("count")), grades, new int[] {1}));
    }
    List<List<Object>> trend = new ArrayList<>();
    for (MonthRow m : d.trend()) {
      trend.add(List.of(m.month().toString(), m.received(), m.closed(), m.warningsRaised(), m.inspectionsConcluded(),
          rate(m.completion())));
    }
    out.add(new Table("trend", names.apply("dispatch.heading.trend"), List.of(l.apply("month"), l.apply("received"),
        l.apply("closed"), l.apply("warningsRaised"), l.apply("inspectionsConcluded"), l.apply("completion")), trend,
        new int[] {1, 2}));
    return out;
  }

  private static List<Object> clockRow(String label, Clocks c) {
    return List.of(label, c.onTime(), c.total(), rate(c));
  }

  private static Table keyed(String sheet, String title, Map<String, Long> counts, String prefix,
      UnaryOperator<String> names, UnaryOperator<String> l, boolean chart) {
    List<List<Object>> rows = new ArrayList<>();
    counts.forEach((k, v) -> rows.add(List.of(names.apply(prefix + k), v)));
    return new Table(sheet, title, List.of(l.apply("item"), l.apply("count")), rows, chart ? new int[] {1} : new int[0]);
  }
}
