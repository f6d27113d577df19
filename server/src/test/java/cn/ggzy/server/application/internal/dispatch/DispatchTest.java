package cn.ggzy.server.application.internal.dispatch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.ggzy.server.TestClock;
import cn.ggzy.server.application.AgencyAssessments;
import cn.ggzy.server.application.Caller;
import cn.ggzy.server.application.CaseRegister;
import cn.ggzy.server.application.CaseRegister.Command;
import cn.ggzy.server.application.CaseRegister.NewCase;
import cn.ggzy.server.application.CaseViews.Detail;
import cn.ggzy.server.application.DevicePush;
import cn.ggzy.server.application.Dispatch;
import cn.ggzy.server.application.Dispatch.Dashboard;
import cn.ggzy.server.application.Dispatch.DepartmentRow;
import cn.ggzy.server.application.Dispatch.ReportFile;
import cn.ggzy.server.application.Dispatch.ReportView;
import cn.ggzy.server.application.Notifications;
import cn.ggzy.server.application.Notifications.DeviceRegistration;
import cn.ggzy.server.application.internal.TestOfficers;
import cn.ggzy.server.application.internal.notification.PushChannels;
import cn.ggzy.server.domain.model.AccessDeniedException;
import cn.ggzy.server.domain.model.DomainException;
import cn.ggzy.server.domain.model.NotFoundException;
import cn.ggzy.server.domain.model.account.AccountRepository;
import cn.ggzy.server.domain.model.account.Role;
import cn.ggzy.server.domain.model.dispatch.Counted;
import cn.ggzy.server.domain.model.dispatch.DispatchLedger;
import cn.ggzy.server.domain.model.dispatch.DispatchReport;
import cn.ggzy.server.domain.model.dispatch.Fact;
import cn.ggzy.server.domain.model.dispatch.Metric;
import cn.ggzy.server.domain.model.enforcement.CaseAction;
import cn.ggzy.server.domain.model.enforcement.CaseSource;
import cn.ggzy.server.domain.model.enforcement.Industry;
import cn.ggzy.server.domain.model.notification.Device;
import cn.ggzy.server.domain.model.notification.DeviceChannel;
import cn.ggzy.server.domain.model.notification.DeviceRepository;
import cn.ggzy.server.infrastructure.persistence.mongo.TestContainer;
import cn.ggzy.tenants.TenantId;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * 统筹调度 through the real wiring: the counters move with what is stored (a case received, accepted
 * late or on time, its status; a ledger version written out of order), each figure lists the things
 * behind it, a report's PDF and workbook carry the dashboard's numbers, the schedule makes each
 * week's and month's report once, and the scope: a department its own, the office all.
 */
class DispatchTest {
  private static final AtomicInteger N = new AtomicInteger();
  private static final TenantId OFFICE = TenantId.of("421181-jgb");
  private static final TenantId ZJJ = TenantId.of("421181-zjj");
  private static final TenantId JTJ = TenantId.of("421181-jtj");

  private final Dispatch dispatch = TestContainer.get(Dispatch.class);
  private final CaseRegister register = TestContainer.get(CaseRegister.class);
  private final DispatchLedger ledger = TestContainer.get(DispatchLedger.class);

  private static Caller person(TenantId tenant, Role role) {
    return TestOfficers.signedIn(tenant, "dsp" + N.incrementAndGet() + "p", "调度" + N.get(), role);
  }

  private static DepartmentRow row(Dashboard d, TenantId tenant) {
    return d.departments().stream().filter(r -> r.tenant().equals(tenant.value())).findFirst().orElseThrow();
  }

  private Detail complaint(Caller office, Industry industry) {
    return register.register(office, new NewCase(CaseSource.COMPLAINT, industry, "调度测试投诉" + N.incrementAndGet(),
        "评标过程不公", null, "麻城市某工程", "某公司", null, false));
  }

  @Test
  void theFiguresMoveWithWhatIsStoredAndListWhatIsBehindThem() {
    Instant start = TestClock.now();
    try {
      LocalDate day = LocalDate.of(2027, 3, 9);
      TestClock.set(day, 9);
      Caller leader = person(OFFICE, Role.OFFICE_LEADER);
      Caller office = person(OFFICE, Role.OFFICE_OFFICER);
      Caller zjjOfficer = person(ZJJ, Role.DEPARTMENT_OFFICER);
      Caller zjjHead = person(ZJJ, Role.DEPARTMENT_HEAD);
      Dashboard before = dispatch.dashboard(leader, day, day, null);
      Dashboard ownBefore = dispatch.dashboard(zjjHead, day, day, null);

      Detail onTime = complaint(office, Industry.HOUSING_CONSTRUCTION);
      register.act(zjjOfficer, onTime.id(), Command.of(CaseAction.ACCEPT, onTime.version()));
      Detail late = complaint(office, Industry.HOUSING_CONSTRUCTION);
      complaint(office, Industry.TRANSPORT);
      TestClock.set(day.plusDays(3), 9); // Friday 12 March: past the one working day
      register.act(zjjOfficer, late.id(), Command.of(CaseAction.ACCEPT, late.version()));

      Dashboard after = dispatch.dashboard(leader, day, day.plusDays(3), null);
      Dashboard beforeWide = dispatch.dashboard(leader, day, day.plusDays(3), null);
      assertEquals(after, beforeWide, "reading twice changes nothing");
      long was = before.receivedBySource().getOrDefault("COMPLAINT", 0L);
      assertEquals(was + 3, after.receivedBySource().get("COMPLAINT"));
      assertEquals(before.receivedByMatter().getOrDefault("TRANSPORT", 0L) + 1,
          after.receivedByMatter().get("TRANSPORT"));
      assertEquals(row(before, ZJJ).received() + 2, row(after, ZJJ).received());
      assertEquals(row(before, JTJ).received() + 1, row(after, JTJ).received());
      assertEquals(before.complaintAcceptance().total() + 2, after.complaintAcceptance().total());
      assertEquals(before.complaintAcceptance().onTime() + 1, after.complaintAcceptance().onTime(),
          "accepted the same day: on time; three days later: late");
      assertEquals(before.statusNow().get("ACCEPTED") + 2, after.statusNow().get("ACCEPTED"),
          "two cases stand accepted now");
      assertEquals(before.statusNow().get("REGISTERED") + 1, after.statusNow().get("REGISTERED"),
          "the accepted ones left 待受理: the standing counts moved, not only grew");
      assertEquals(before.openNow() + 3, after.openNow());
      assertTrue(after.overdueNow() >= before.overdueNow() + 1, "the 交通 complaint is past its working day");
      MonthRowCheck.trendHasTheMonth(after, YearMonth.of(2027, 3), 3);

      Dashboard own = dispatch.dashboard(zjjHead, day, day.plusDays(3), null);
      assertEquals(1, own.departments().size(), "a department sees its own figures");
      assertEquals(ownBefore.departments().get(0).tenant(), ZJJ.value());
      assertEquals(row(after, ZJJ), own.departments().get(0));

      List<Dispatch.Behind> behind = dispatch.behind(leader, "ACCEPTANCE", "COMPLAINT_LATE", day, day.plusDays(3),
          null);
      assertTrue(behind.stream().anyMatch(b -> b.id().equals(late.id()) && b.path().equals("console/cases/" + late.id())
          && b.label().contains(late.number())), "the late acceptance lists its case");
      assertTrue(behind.stream().noneMatch(b -> b.id().equals(onTime.id())));
      assertTrue(dispatch.behind(zjjHead, "CASE_STATUS", "ACCEPTED", null, null, null).stream()
          .anyMatch(b -> b.id().equals(onTime.id())), "a standing figure needs no period");
      assertTrue(dispatch.behind(person(JTJ, Role.DEPARTMENT_HEAD), "CASES_RECEIVED", "COMPLAINT", day,
          day.plusDays(3), null).stream().noneMatch(b -> b.id().equals(late.id())), "not another department's");
    } finally {
      TestClock.set(start);
    }
  }

  /** A tiny helper kept apart so the main test reads as the office would check it. */
  private static final class MonthRowCheck {
    static void trendHasTheMonth(Dashboard d, YearMonth month, long atLeast) {
      assertEquals(12, d.trend().size());
      assertEquals(month, d.trend().get(11).month(), "the trend ends with the period's month");
      assertTrue(d.trend().get(11).received() >= atLeast);
    }
  }

  @Test
  void theAgencyGradesAreThoseOfTheLastQuarterEndedByThePeriod() {
    assertEquals("2026-Q3", AgencyAssessments.lastQuarterEndedBy(LocalDate.of(2026, 11, 30)));
    assertEquals("2026-Q3", AgencyAssessments.lastQuarterEndedBy(LocalDate.of(2026, 9, 30)));
    assertEquals("2026-Q2", AgencyAssessments.lastQuarterEndedBy(LocalDate.of(2026, 9, 29)));
    assertEquals("2026-Q4", AgencyAssessments.lastQuarterEndedBy(LocalDate.of(2026, 12, 31)));
    assertEquals("2025-Q4", AgencyAssessments.lastQuarterEndedBy(LocalDate.of(2026, 1, 5)));
  }

  @Test
  void aVersionRecordedOutOfOrderNeverCountsAStaleState() {
    TenantId t = TenantId.of("999998-tst" + N.incrementAndGet());
    LocalDate day = LocalDate.of(2027, 5, 4);
    Counted thing = new Counted("case", "T-" + N.incrementAndGet(), "测试");
    ledger.record(thing, 2, Set.of(Fact.on(t, day, Metric.CASES_RECEIVED, "REPORT"),
        Fact.standing(t, Metric.CASE_STATUS, "INVESTIGATING")));
    ledger.record(thing, 1, Set.of(Fact.on(t, day, Metric.CASES_RECEIVED, "REPORT"),
        Fact.standing(t, Metric.CASE_STATUS, "REGISTERED")));
    assertEquals(Map.of("INVESTIGATING", 1L), ledger.standing(t.region(), List.of(t)).keys(t.value(), Metric.CASE_STATUS),
        "version 1 arrived late and was ignored");
    ledger.record(thing, 3, Set.of(Fact.on(t, day, Metric.CASES_RECEIVED, "REPORT"),
        Fact.on(t, day.plusDays(1), Metric.CASES_CLOSED, "REPORT"), Fact.standing(t, Metric.CASE_STATUS, "CLOSED")));
    var standing = ledger.standing(t.region(), List.of(t)).keys(t.value(), Metric.CASE_STATUS);
    assertEquals(0L, standing.getOrDefault("INVESTIGATING", 0L));
    assertEquals(1L, standing.get("CLOSED"));
    assertEquals(1L, ledger.dated(t.region(), List.of(t), day, day.plusDays(1)).get(Set.of(t.value()), Metric.CASES_RECEIVED,
        "REPORT"), "a fact kept across versions counts once");
    assertEquals(0L, ledger.dated(t.region(), List.of(t), day, day).get(Set.of(t.value()), Metric.CASES_CLOSED, "REPORT"),
        "the day after lies outside a one-day period");
    assertEquals(List.of(thing), ledger.behind(t.region(), List.of(t), Metric.CASES_CLOSED, Set.of("REPORT", "X"), day,
        day.plusDays(1), 10));
    assertEquals(List.of(), ledger.behind(TenantId.of("421181-zjj").region(), List.of(t), Metric.CASES_CLOSED,
        Set.of("REPORT"), day, day.plusDays(1), 10), "another region's departments are not read");
    assertEquals(0L, ledger.standing(TenantId.of("421181-zjj").region(), List.of(t)).sum(Set.of(t.value()),
        Metric.CASE_STATUS, k -> true));
  }

  @Test
  void aReportCarriesTheDashboardsNumbersInItsPdfAndWorkbook() throws IOException {
    Instant start = TestClock.now();
    try {
      LocalDate day = LocalDate.of(2027, 4, 13);
      TestClock.set(day, 10);
      Caller leader = person(OFFICE, Role.OFFICE_LEADER);
      Caller office = person(OFFICE, Role.OFFICE_OFFICER);
      complaint(office, Industry.WATER_CONSERVANCY);
      complaint(office, Industry.HOUSING_CONSTRUCTION);
      LocalDate from = LocalDate.of(2027, 4, 1);
      LocalDate to = LocalDate.of(2027, 4, 30);
      Dashboard d = dispatch.dashboard(leader, from, to, null);
      ReportView report = dispatch.generate(leader, from, to);
      assertTrue(dispatch.reports(leader).stream().anyMatch(r -> r.id().equals(report.id())), "listed");

      ReportFile xlsx = dispatch.file(leader, report.id(), "xlsx");
      try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.content()))) {
        Sheet departments = book.getSheet("各部门情况");
        Map<String, Long> received = new HashMap<>();
        for (int r = 3; r <= departments.getLastRowNum(); r++) {
          Row row = departments.getRow(r);
          received.put(row.getCell(0).getStringCellValue(), (long) row.getCell(1).getNumericCellValue());
        }
        for (DepartmentRow row : d.departments()) {
          assertEquals(row.received(), received.get(row.name()), row.name() + " received, as on the dashboard");
        }
        Sheet source = book.getSheet("案件来源");
        assertEquals("投诉", source.getRow(3).getCell(0).getStringCellValue());
        assertEquals((double) d.receivedBySource().get("COMPLAINT"), source.getRow(3).getCell(1).getNumericCellValue());
        Sheet summary = book.getSheet("总体情况");
        assertEquals((double) d.openNow(), summary.getRow(5).getCell(1).getNumericCellValue(), "在办 now");
      }
      ReportFile pdf = dispatch.file(leader, report.id(), "pdf");
      assertEquals("application/pdf", pdf.contentType());
      try (PDDocument doc = Loader.loadPDF(pdf.content())) {
        String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        assertTrue(text.contains("公共资源交易监管调度报告"), text);
        assertTrue(text.contains("各部门情况") && text.contains("近12个月趋势"), text);
        assertTrue(text.contains("统计期间：2027年4月1日至2027年4月30日"), text);
        DepartmentRow zjj = row(d, ZJJ);
        assertTrue(text.contains(zjj.name() + " " + zjj.received() + " " + zjj.closed()), "the 住建 line: " + text);
      }
      assertThrows(DomainException.class, () -> dispatch.file(leader, report.id(), "doc"));
      assertThrows(NotFoundException.class, () -> dispatch.file(leader, "ADHOC-NOPE", "pdf"));
      assertThrows(AccessDeniedException.class, () -> dispatch.generate(person(ZJJ, Role.DEPARTMENT_HEAD), from, to));
    } finally {
      TestClock.set(start);
    }
  }

  @Test
  void theScheduleMakesEachWeeksAndMonthsReportOnce() {
    Instant start = TestClock.now();
    try {
      TestClock.set(LocalDate.of(2027, 6, 2), 8); // a Wednesday
      int made = dispatch.generateDue();
      assertTrue(made >= 2, "last week's and last month's reports of each region");
      assertEquals(0, dispatch.generateDue(), "made once");
      Caller leader = person(OFFICE, Role.OFFICE_LEADER);
      List<ReportView> reports = dispatch.reports(leader);
      ReportView weekly = reports.stream().filter(r -> r.id().equals("WEEKLY-2027-05-24")).findFirst().orElseThrow();
      assertEquals(LocalDate.of(2027, 5, 30), weekly.to(), "Monday to Sunday");
      ReportView monthly = reports.stream().filter(r -> r.id().equals("MONTHLY-2027-05")).findFirst().orElseThrow();
      assertEquals(LocalDate.of(2027, 5, 1), monthly.from());
      assertEquals(LocalDate.of(2027, 5, 31), monthly.to());
      assertEquals(Dispatch.ReportKind.MONTHLY, monthly.kind());
      assertTrue(monthly.pdfBytes() > 1000 && monthly.workbookBytes() > 1000);
      TestClock.set(LocalDate.of(2027, 6, 7), 8); // the next Monday: one more week, the same month
      assertTrue(dispatch.generateDue() >= 1);
      assertTrue(dispatch.reports(leader).stream().anyMatch(r -> r.id().equals("WEEKLY-2027-05-31")));
    } finally {
      TestClock.set(start);
    }
  }

  @Test
  void aReportIsPushedToTheOfficeLeadersPhonesOnly() {
    Caller leader = person(OFFICE, Role.OFFICE_LEADER);
    Caller officer = person(OFFICE, Role.OFFICE_OFFICER);
    Notifications notifications = TestContainer.get(Notifications.class);
    for (Caller c : List.of(leader, officer)) {
      notifications.registerDevice(c, new DeviceRegistration(DeviceChannel.FCM, "fcm-token-dispatch-"
          + N.incrementAndGet() + "-abcdefghijklmnopqrstuvwxyz", null, null, null, "zh-CN"));
    }
    List<String> received = new ArrayList<>();
    DevicePush phones = new DevicePush() {
      @Override
      public DeviceChannel channel() {
        return DeviceChannel.FCM;
      }

      @Override
      public boolean enabled() {
        return true;
      }

      @Override
      public List<Outcome> send(Message message, List<Device> devices) {
        devices.forEach(d -> received.add(d.owner().login() + ":" + message.title() + ":" + message.data().get("url")));
        return devices.stream().map(d -> Outcome.SENT).toList();
      }
    };
    ReportAnnouncer announcer = new ReportAnnouncer(TestContainer.get(AccountRepository.class),
        TestContainer.get(DeviceRepository.class), new PushChannels(List.of(phones)));
    DispatchReport report = new DispatchReport("MONTHLY-2027-05", OFFICE.region(), "MONTHLY", LocalDate.of(2027, 5, 1),
        LocalDate.of(2027, 5, 31), TestClock.now(), "system:dispatch", 1, 1, new byte[1], new byte[1]);
    assertTrue(announcer.announce(OFFICE, report) >= 1);
    assertTrue(received.contains(leader.login().value() + ":调度月报已生成:console/dispatch"), received.toString());
    assertTrue(received.stream().noneMatch(r -> r.startsWith(officer.login().value() + ":")), "leaders only");
  }

  @Test
  void aDepartmentSeesItsOwnTheOfficeAllAndBadInputIsRefusedAtItsField() {
    LocalDate today = TestClock.today();
    Caller leader = person(OFFICE, Role.OFFICE_LEADER);
    Caller zjjHead = person(ZJJ, Role.DEPARTMENT_HEAD);
    assertThrows(NotFoundException.class, () -> dispatch.dashboard(zjjHead, today, today, JTJ.value()));
    assertThrows(AccessDeniedException.class,
        () -> dispatch.dashboard(person(ZJJ, Role.DEPARTMENT_OFFICER), today, today, null));
    assertThrows(AccessDeniedException.class, () -> dispatch.reports(zjjHead));
    Dashboard one = dispatch.dashboard(leader, today, today, JTJ.value());
    assertEquals(List.of(JTJ.value()), one.departments().stream().map(DepartmentRow::tenant).toList());
    assertEquals(JTJ.value(), one.department());
    assertTrue(dispatch.dashboard(leader, today, today, null).departments().size() >= 4, "the office: all");
    assertEquals("to", assertThrows(DomainException.class,
        () -> dispatch.dashboard(leader, today, today.minusDays(1), null)).field());
    assertEquals("to", assertThrows(DomainException.class,
        () -> dispatch.dashboard(leader, today.minusDays(400), today, null)).field());
    assertEquals("from", assertThrows(DomainException.class, () -> dispatch.dashboard(leader, null, today, null))
        .field());
    assertEquals("metric", assertThrows(DomainException.class,
        () -> dispatch.behind(leader, "NOPE", "X", today, today, null)).field());
    assertEquals("key", assertThrows(DomainException.class,
        () -> dispatch.behind(leader, "CASES_RECEIVED", "a.b", today, today, null)).field());
  }
}
