package cn.ggzy.server.infrastructure.documents.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

class ChineseDatesTest {
  private static ZonedDateTime shanghai(int y, int m, int d, int h, int min) {
    return ZonedDateTime.of(y, m, d, h, min, 0, 0, ChineseDates.SHANGHAI);
  }

  @Test
  void aDeadlineAtMidnightIsTheEndOfThePreviousDay() {
    assertEquals("2026年12月18日24时", ChineseDates.deadline(shanghai(2026, 12, 19, 0, 0)));
    assertEquals("2026年12月31日24时", ChineseDates.deadline(shanghai(2027, 1, 1, 0, 0)));
    assertEquals("2026年2月28日24时", ChineseDates.deadline(shanghai(2026, 3, 1, 0, 0)));
  }

  @Test
  void aDeadlineGivenInUtcIsReadInShanghai() {
    ZonedDateTime utc = ZonedDateTime.of(2026, 12, 18, 16, 0, 0, 0, ZoneOffset.UTC);
    assertEquals("2026年12月18日24时", ChineseDates.deadline(utc));
  }

  @Test
  void aDeadlineAtAnotherTimeKeepsItsDateAndTime() {
    assertEquals("2026年12月18日 17:30", ChineseDates.deadline(shanghai(2026, 12, 18, 17, 30)));
    assertEquals("2026年12月19日 00:01", ChineseDates.deadline(shanghai(2026, 12, 19, 0, 1)));
  }

  @Test
  void datesAndTimesAreWrittenInChineseInShanghai() {
    assertEquals("2026年11月27日 10:05", ChineseDates.dateTime(shanghai(2026, 11, 27, 10, 5)));
    ZonedDateTime utc = ZonedDateTime.of(2026, 11, 26, 23, 30, 0, 0, ZoneOffset.UTC);
    assertEquals("2026年11月27日 07:30", ChineseDates.dateTime(utc));
    assertEquals("2026年11月27日", ChineseDates.date(utc));
    assertEquals("2026年1月5日", ChineseDates.date(LocalDate.of(2026, 1, 5)));
  }

  @Test
  void missingValuesAreEmpty() {
    assertEquals("", ChineseDates.deadline(null));
    assertEquals("", ChineseDates.dateTime(null));
    assertEquals("", ChineseDates.date((LocalDate) null));
  }
}
