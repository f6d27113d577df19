package cn.ggzy.webui.cases;

import cn.ggzy.server.domain.service.WorkingCalendar;
import cn.ggzy.webui.i18n.Language;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Dates and times as people in each language write them, always in Asia/Shanghai. A deadline is
 * the end of its last day: 2026年12月18日 24:00 / 18 Dec 2026, 24:00.
 */
public final class CaseFormats {
  private static final DateTimeFormatter ZH_DATE = DateTimeFormatter.ofPattern("yyyy年M月d日", Locale.CHINESE);
  private static final DateTimeFormatter EN_DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

  private CaseFormats() {}

  public static String date(LocalDate date, Locale locale) {
    if (date == null) {
      return "";
    }
    return Language.isEnglish(locale) ? EN_DATE.format(date) : ZH_DATE.format(date);
  }

  /** The end of {@code lastDay}, written as that date at 24:00 (not as the next day's 00:00). */
  public static String deadline(LocalDate lastDay, Locale locale) {
    return lastDay == null ? "" : join(date(lastDay, locale), "24:00", locale);
  }

  public static String dateTime(Instant at, Locale locale) {
    if (at == null) {
      return "";
    }
    var local = at.atZone(WorkingCalendar.ZONE);
    return join(date(local.toLocalDate(), locale), TIME.format(local), locale);
  }

  private static String join(String date, String time, Locale locale) {
    return date + (Language.isEnglish(locale) ? ", " : " ") + time;
  }
}
