package cn.ggzy.server.application.internal.enforcement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.ggzy.server.TestClock;
import cn.ggzy.server.application.Caller;
import cn.ggzy.server.application.CaseDocuments.NoticeKind;
import cn.ggzy.server.application.CaseRegister;
import cn.ggzy.server.application.CaseRegister.Command;
import cn.ggzy.server.application.CaseRegister.NewCase;
import cn.ggzy.server.application.CaseViews.Detail;
import cn.ggzy.server.application.internal.TestOfficers;
import cn.ggzy.server.domain.model.account.Role;
import cn.ggzy.server.domain.model.enforcement.CaseAction;
import cn.ggzy.server.domain.model.enforcement.CaseSource;
import cn.ggzy.server.domain.model.enforcement.Industry;
import cn.ggzy.server.infrastructure.persistence.mongo.TestContainer;
import cn.ggzy.tenants.TenantId;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A complaint's way from registration to acceptance on the days of the year that matter, each
 * as its own test on the fixed test clock (never the machine's date): mid-year, the days before
 * 春节 and 国庆, December days whose clocks run into a year whose State Council notice is not
 * loaded (provisional deadlines), and a 春节 of such a year. The expected last days are counted by
 * hand on the 2026 notice and, for 2027, on the statutory holidays.
 */
class DatesThatMatterTest {
  private static final AtomicInteger N = new AtomicInteger();
  private static final TenantId OFFICE = TenantId.of("421181-jgb");
  private static final TenantId ZJJ = TenantId.of("421181-zjj");

  private final CaseRegister register = TestContainer.get(CaseRegister.class);

  @AfterEach
  void backToTheDefaultDay() {
    TestClock.reset();
  }

  @ParameterizedTest(name = "{0}: acceptance {1}, completion {2}, provisional from {3}")
  @CsvSource(nullValues = "-", value = {
      // mid-year, Monday: 端午 (19 June) off
      "2026-06-15, 2026-06-16, 2026-07-07, -",
      // Friday before 春节 2026: Saturday 14 February is an adjusted working day, 15–23 February off
      "2026-02-13, 2026-02-14, 2026-03-12, -",
      // the eve of 国庆 2026: 1–7 October off, Saturday 10 October worked
      "2026-09-30, 2026-10-08, 2026-10-27, -",
      // December: the completion clock runs into 2027, whose notice is not loaded
      "2026-12-14, 2026-12-15, 2027-01-05, 2027",
      // New Year's Eve: both clocks run into 2027 (元旦 by law, then the weekend)
      "2026-12-31, 2027-01-04, 2027-01-22, 2027",
      // 春节 2027 by law: 5–8 February, the weekend's two days owed on 9 and 10 February
      "2027-02-04, 2027-02-11, 2027-03-03, 2027"})
  void aComplaintIsAcceptedAndItsClocksRunOnTheRegionsCalendar(LocalDate day, LocalDate acceptanceLastDay,
      LocalDate completionLastDay, Integer provisionalYear) throws IOException {
    TestClock.set(day, 10);
    Caller office = TestOfficers.signedIn(OFFICE, "dates" + N.incrementAndGet(), "日期" + N.get(), Role.OFFICE_OFFICER);
    Caller officer = TestOfficers.signedIn(ZJJ, "dates" + N.incrementAndGet(), "日期" + N.get(),
        Role.DEPARTMENT_OFFICER);
    Detail c = register.register(office, new NewCase(CaseSource.COMPLAINT, Industry.HOUSING_CONSTRUCTION,
        "某道路工程评标投诉（" + day + "）", "评标不公", null, "麻城市某道路工程", "某建设公司", null, false));
    assertEquals(acceptanceLastDay, c.acceptanceClock().lastDay());
    assertEquals(provisionalYear != null && acceptanceLastDay.getYear() >= provisionalYear,
        c.acceptanceClock().provisional());
    assertEquals(1, c.acceptanceClock().remainingWorkingDays());

    c = register.act(officer, c.id(), Command.of(CaseAction.ACCEPT, c.version()));
    assertEquals(completionLastDay, c.completionClock().lastDay());
    assertEquals(provisionalYear != null, c.completionClock().provisional());
    assertEquals(provisionalYear, c.completionClock().missingCalendarYear());
    assertEquals(15, c.completionClock().remainingWorkingDays());
    String id = c.id();
    var line = register.inbox(officer, new CaseRegister.InboxRequest(CaseRegister.Inbox.DEPARTMENT, Set.of(), null,
        null, false, c.number(), 0, 10)).lines().stream().filter(l -> l.id().equals(id)).findFirst().orElseThrow();
    assertEquals(completionLastDay, line.clock().lastDay());
    assertEquals(provisionalYear != null, line.clock().provisional(), "the inbox marks it too");

    String notice = text(register.notice(officer, c.id(), NoticeKind.ACCEPTANCE));
    String lastDay = completionLastDay.getYear() + "年" + completionLastDay.getMonthValue() + "月"
        + completionLastDay.getDayOfMonth() + "日24时";
    assertTrue(notice.contains(lastDay), notice);
    assertEquals(provisionalYear != null, notice.contains("暂定期限"), notice);
  }

  private static String text(byte[] pdf) throws IOException {
    try (var document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document).replaceAll("\\s+", "");
    }
  }
}
