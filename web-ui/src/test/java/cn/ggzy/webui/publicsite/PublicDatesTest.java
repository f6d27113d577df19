package cn.ggzy.webui.publicsite;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.ggzy.webui.i18n.Language;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class PublicDatesTest {
  /** The end of 18 December 2026 in Beijing. */
  static final Instant END_OF_18TH = Instant.parse("2026-12-18T16:00:00Z");

  @Test
  void aDeadlineIsTheEndOfItsLastWorkingDay() {
    assertEquals("2026年12月18日 24:00", PublicDates.due(END_OF_18TH, Language.CHINESE));
    assertEquals("18 Dec 2026, 24:00", PublicDates.due(END_OF_18TH, Language.ENGLISH));
  }

  @Test
  void otherTimesAreBeijingTime() {
    Instant at = Instant.parse("2026-12-01T06:30:00Z");
    assertEquals("2026年12月1日 14:30", PublicDates.dateTime(at, Language.CHINESE));
    assertEquals("2026年12月1日 14:30", PublicDates.due(at, Language.CHINESE));
    assertEquals("1 Dec 2026, 14:30", PublicDates.dateTime(at, Language.ENGLISH));
  }
}
