package cn.ggzy.webui.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.ggzy.server.application.CaseViews.Clock;
import cn.ggzy.webui.cases.ClockLabel.Tone;
import cn.ggzy.webui.i18n.Language;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ClockLabelTest {
  static final LocalDate LAST_DAY = LocalDate.of(2026, 12, 18);

  static Clock running(Integer remaining, boolean overdue) {
    return new Clock("completion", LAST_DAY.plusDays(1).atStartOfDay(ZoneId.of("Asia/Shanghai")).toInstant(),
        LAST_DAY, remaining, overdue, false, false, null);
  }

  static ClockLabel zh(Clock clock) {
    return ClockLabel.of(clock, Language.CHINESE, UiTexts.chinese());
  }

  static ClockLabel en(Clock clock) {
    return ClockLabel.of(clock, Language.ENGLISH, UiTexts.english());
  }

  @Test
  void theDeadlineIsTheEndOfItsLastDayWrittenAs24Hundred() {
    assertEquals("2026年12月18日 24:00", zh(running(3, false)).due());
    assertEquals("18 Dec 2026, 24:00", en(running(3, false)).due());
  }

  @Test
  void workingDaysLeftAreCounted() {
    assertEquals(new ClockLabel("2026年12月18日 24:00", "剩余3个工作日", Tone.RUNNING), zh(running(3, false)));
    assertEquals("3 working days left", en(running(3, false)).state());
    assertEquals("1 working day left", en(running(1, false)).state());
  }

  @Test
  void theLastDayIsDueToday() {
    assertEquals(new ClockLabel("2026年12月18日 24:00", "今日到期", Tone.DUE_TODAY), zh(running(0, false)));
    assertEquals("Due today", en(running(0, false)).state());
  }

  @Test
  void anOverdueClockSaysByHowManyWorkingDaysInRed() {
    ClockLabel late = zh(running(-2, true));
    assertEquals("已超期2个工作日", late.state());
    assertEquals(Tone.OVERDUE, late.tone());
    assertEquals("clock-overdue", late.toneClass());
    assertEquals("Overdue by 2 working days", en(running(-2, true)).state());
  }

  @Test
  void eachStateHasAShapeOfItsOwnSoThatNothingIsToldByColourAlone() {
    String overdue = zh(running(-2, true)).icon().orElseThrow().getElement().getAttribute("icon");
    String today = zh(running(0, false)).icon().orElseThrow().getElement().getAttribute("icon");
    String running = zh(running(3, false)).icon().orElseThrow().getElement().getAttribute("icon");
    assertEquals(3, Set.of(overdue, today, running).size(), overdue + " " + today + " " + running);
    assertEquals("true", zh(running(-2, true)).icon().orElseThrow().getElement().getAttribute("aria-hidden"));
    assertTrue(ClockLabel.of(null, Language.CHINESE, UiTexts.of(Language.CHINESE)).icon().isEmpty());
  }

  @Test
  void overdueOverAWeekendWithoutAWorkingDayInBetweenIsStillOverdue() {
    assertEquals("已超期", zh(running(0, true)).state());
  }

  @Test
  void aPausedClockSaysSoInsteadOfCounting() {
    Clock paused = new Clock("completion", running(3, false).due(), LAST_DAY, null, false, true, false, null);
    assertEquals(new ClockLabel("2026年12月18日 24:00", "计时暂停", Tone.PAUSED), zh(paused));
    assertEquals("Clock paused", en(paused).state());
  }

  @Test
  void aMissingCalendarYearIsNamedNotGuessed() {
    Clock unknown = new Clock("acceptance", null, null, null, false, false, false, 2027);
    assertEquals(new ClockLabel("", "期限无法计算：2027年工作日历未加载", Tone.UNKNOWN), zh(unknown));
    assertEquals("Deadline unknown: the 2027 working-day calendar is not loaded", en(unknown).state());
  }

  @Test
  void aProvisionalDeadlineIsMarkedInBothLanguages() {
    Clock provisional = new Clock("completion", Instant.parse("2027-01-15T16:00:00Z"), LocalDate.of(2027, 1, 15), 9,
        false, false, true, 2027);
    assertEquals(new ClockLabel("2027年1月15日 24:00（暂定：2027年放假通知未载入，按法定节假日推算）", "剩余9个工作日",
        Tone.RUNNING), zh(provisional));
    assertTrue(en(provisional).due().endsWith(
        "(provisional: counted on the statutory holidays until the 2027 holiday notice is loaded)"), en(provisional).due());
  }

  @Test
  void aStoppedClockShowsOnlyItsDeadline() {
    Clock stopped = new Clock("acceptance", running(3, false).due(), LAST_DAY, null, false, false, false, null);
    assertEquals(new ClockLabel("2026年12月18日 24:00", "", Tone.STOPPED), zh(stopped));
    assertEquals(new ClockLabel("", "", Tone.STOPPED), zh(null));
  }
}
