package cn.ggzy.server.domain.model.credit;

import java.time.LocalDate;

/**
 * A publication period (公示期) given by its first and last day, both inclusive, in Asia/Shanghai:
 * an entry is published from 00:00 of {@code start} until 24:00 of {@code end}, and is gone from
 * 00:00 of the day after {@code end}. A period of N months starting on 1 March ends on the last
 * day of August ({@link #lastDayOf}).
 */
public record PublicationPeriod(LocalDate start, LocalDate end) {
  public PublicationPeriod {
    if (start == null) {
      throw new CreditException("credit.period.start.required", "start");
    }
    if (end == null) {
      throw new CreditException("credit.period.end.required", "end");
    }
    if (end.isBefore(start)) {
      throw new CreditException("credit.period.endBeforeStart", "end");
    }
  }

  public boolean contains(LocalDate day) {
    return !day.isBefore(start) && !day.isAfter(end);
  }

  /**
   * The last day of a period of {@code months} months that starts on {@code start}: the day before
   * the same day-of-month {@code months} later; when that month is too short (a period from 31
   * August), the period runs to the end of that month.
   */
  public static LocalDate lastDayOf(LocalDate start, int months) {
    LocalDate same = start.plusMonths(months);
    LocalDate next = same.getDayOfMonth() < start.getDayOfMonth() ? same.plusDays(1) : same;
    return next.minusDays(1);
  }
}
