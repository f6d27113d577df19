package cn.ggzy.server.infrastructure.documents.pdf;

import cn.ggzy.server.application.SiteDocuments;
import cn.ggzy.server.application.SiteSupervision.MonthRow;
import cn.ggzy.server.application.SiteSupervision.MonthSheet;
import cn.ggzy.server.domain.model.site.Attendance.AttendanceDay;
import cn.ggzy.server.infrastructure.documents.DispatchTables.Table;
import cn.ggzy.server.infrastructure.documents.pdf.PdfCanvas.Align;
import cn.ggzy.server.infrastructure.documents.pdf.PdfCanvas.Style;
import cn.ggzy.server.infrastructure.documents.sheet.DispatchWorkbook;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * 标后监管考勤月报: per person, the month's weeks as rows of seven days, each day marked 到 (on site), 缺 (a
 * working day away) or 休 (not a working day), with the week's days on site; then the totals. The workbook
 * has one row per person and one column per day, and the same totals.
 */
@ApplicationScoped
public class PdfSiteSheets implements SiteDocuments {
  private static final float TITLE = 16;
  private static final float HEADING = 12;
  private static final float BODY = 10;
  private static final List<String> WEEK = List.of("周起", "一", "二", "三", "四", "五", "六", "日", "到岗");
  private FontFiles fonts;

  protected PdfSiteSheets() {}

  @Inject
  public PdfSiteSheets(
      @ConfigProperty(name = "platform.pdf.font", defaultValue = PdfCaseDocuments.MICRO_HEI) String font) {
    this.fonts = new FontFiles(List.of(Path.of(font), Path.of(PdfCaseDocuments.MICRO_HEI),
        Path.of(PdfCaseDocuments.ZEN_HEI)));
  }

  static String title(MonthSheet s) {
    return "标后监管考勤月报（" + s.month().getYear() + "年" + s.month().getMonthValue() + "月）";
  }

  static String mark(AttendanceDay d) {
    return d.day().getDayOfMonth() + (d.onSite() ? "到" : d.working() ? "缺" : "休");
  }

  @Override
  public byte[] pdf(MonthSheet s) {
    try (FontFiles.OpenFont font = fonts.open(); PDDocument document = new PDDocument()) {
      document.getDocumentInformation().setTitle(title(s));
      PdfCanvas c = new PdfCanvas(document, new DocumentFont(document, font.font()));
      c.write(title(s), TITLE, TITLE * 1.8f, Align.CENTER, Style.BOLD);
      c.paragraph(s.project().sectionName() + "（" + s.project().projectCode() + "）　建设单位：" + s.project().employer()
          + "　中标单位：" + s.project().winnerName() + "　监管部门：" + s.project().departmentName(), BODY, BODY * 1.6f,
          0, Style.PLAIN);
      c.paragraph("标记：到＝到岗（按考勤规则计满一天）；缺＝工作日未到岗；休＝非工作日（按本地区工作日历，含调休）。", BODY - 1,
          (BODY - 1) * 1.6f, 0, Style.PLAIN);
      c.down(BODY);
      for (MonthRow r : s.rows()) {
        c.keep(HEADING * 2 + BODY * 8);
        c.write(r.person().roleName() + "　" + r.person().name() + (r.person().active() ? "" : "（已变更）") + "　规则：每周到岗"
            + r.rule().daysPerWeek() + "天，每天打卡" + r.rule().checkInsPerDay() + "次", HEADING, HEADING * 1.8f,
            Align.LEFT, Style.BOLD);
        PdfTable table = new PdfTable(c, BODY, new float[] {1.4f, 1, 1, 1, 1, 1, 1, 1, 1}, WEEK);
        for (Map.Entry<LocalDate, String[]> week : weeks(r).entrySet()) {
          table.row(week.getValue());
        }
        c.paragraph("本月工作日" + r.workingDays() + "天，到岗" + r.onSiteDays() + "天；未达规则的周：" + r.weeksShort(), BODY,
            BODY * 1.8f, 0, Style.PLAIN);
        c.down(BODY);
      }
      return c.finish(NoticeDocument::pageNumber);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The person's days as weeks: the Monday's date, seven marks (blank outside the month), the days on site. */
  private static Map<LocalDate, String[]> weeks(MonthRow r) {
    Map<LocalDate, String[]> weeks = new TreeMap<>();
    for (AttendanceDay d : r.days()) {
      LocalDate monday = d.day().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
      String[] row = weeks.computeIfAbsent(monday, m -> {
        String[] cells = new String[9];
        Arrays.fill(cells, "");
        cells[0] = m.getMonthValue() + "月" + m.getDayOfMonth() + "日";
        cells[8] = "0";
        return cells;
      });
      row[d.day().getDayOfWeek().getValue()] = mark(d);
      if (d.onSite()) {
        row[8] = String.valueOf(Integer.parseInt(row[8]) + 1);
      }
    }
    return weeks;
  }

  @Override
  public byte[] workbook(MonthSheet s) {
    List<String> header = new ArrayList<>(List.of("岗位", "姓名"));
    int days = s.month().lengthOfMonth();
    for (int d = 1; d <= days; d++) {
      header.add(String.valueOf(d));
    }
    header.addAll(List.of("工作日", "到岗天数", "未达规则周数"));
    List<List<Object>> rows = new ArrayList<>();
    for (MonthRow r : s.rows()) {
      List<Object> row = new ArrayList<>(List.of(r.person().roleName(), r.person().name()));
      r.days().forEach(d -> row.add(mark(d).replaceAll("\\d", "")));
      row.add((long) r.workingDays());
      row.add((long) r.onSiteDays());
      row.add((long) r.weeksShort());
      rows.add(row);
    }
    String period = s.project().sectionName() + "（" + s.project().projectCode() + "） " + s.month();
    return DispatchWorkbook.write(title(s), period, List.of(new Table("attendance", "考勤", header, rows,
        new int[0])));
  }
}
