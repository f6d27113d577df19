package cn.ggzy.webui.publicsite;

import cn.ggzy.webui.i18n.Language;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Times on the public pages, in Beijing time: 2026年12月18日 14:05 / 18 Dec 2026, 14:05. A deadline
 * is the end of its last working day and reads 2026年12月18日 24:00, not 19日 00:00.
 */
public final class PublicDates {
  public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
  private static final DateTimeFormatter DATE_ZH = DateTimeFormatter.ofPattern("yyyy年M月d日", Locale.CHINA);
  private static final DateTimeFormatter DATE_EN = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

  private PublicDates() {}

  public static String date(LocalDate date, Locale locale) {
    return (Language.isEnglish(locale) ? DATE_EN : DATE_ZH).format(date);
  }

  public static String dateTime(Instant at, Locale locale) {
    ZonedDateTime local = at.atZone(ZONE);
    return join(date(local.toLocalDate(), locale), TIME.format(local), locale);
  }

  /** A deadline: midnight is written as 24:00 of the day before. */
  public static String due(Instant due, Locale locale) {
    ZonedDateTime local = due.atZone(ZONE);
    if (local.toLocalTime().equals(LocalTime.MIDNIGHT)) {
      return join(date(local.toLocalDate().minusDays(1), locale), "24:00", locale);
    }
    return dateTime(due, locale);
  }

  private static String join(String date, String time, Locale locale) {
    return Language.isEnglish(locale) ? date + ", " + time : date + " " + time;
  }
}
