package cn.ggzy.server.infrastructure.documents.pdf;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/** Dates and times as written in Chinese documents, always in Asia/Shanghai. */
final class ChineseDates {
  static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

  private ChineseDates() {}

  /** 2026年11月27日; empty for null. */
  static String date(LocalDate date) {
    return date == null ? "" : DATE.format(date);
  }

  /** 2026年11月27日 (the date in Shanghai); empty for null. */
  static String date(ZonedDateTime at) {
    return at == null ? "" : date(at.withZoneSameInstant(SHANGHAI).toLocalDate());
  }

  /** 2026年11月27日 10:05; empty for null. */
  static String dateTime(ZonedDateTime at) {
    if (at == null) {
      return "";
    }
    ZonedDateTime local = at.withZoneSameInstant(SHANGHAI);
    return date(local.toLocalDate()) + " " + TIME.format(local);
  }

  /**
   * A deadline: a due time of 00:00 is the end of the day before, written 2026年12月18日24时;
   * any other due time is written as a plain date and time. Empty for null.
   */
  /** A deadline, with the remark that it is provisional when counted without {@code provisionalYear}'s notice. */
  static String deadline(ZonedDateTime due, Integer provisionalYear) {
    return due == null ? "" : deadline(due) + NoticeWording.provisional(provisionalYear);
  }

  static String deadline(ZonedDateTime due) {
    if (due == null) {
      return "";
    }
    ZonedDateTime local = due.withZoneSameInstant(SHANGHAI);
    if (local.toLocalTime().equals(LocalTime.MIDNIGHT)) {
      return date(local.toLocalDate().minusDays(1)) + "24时";
    }
    return dateTime(local);
  }
}
