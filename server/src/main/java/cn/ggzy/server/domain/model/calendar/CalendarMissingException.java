package cn.ggzy.server.domain.model.calendar;

import cn.ggzy.server.domain.model.DomainException;

/**
 * A date falls in a year whose State Council holiday notice has not been loaded for the region:
 * the deadline cannot be computed, and the software never guesses it.
 */
public class CalendarMissingException extends DomainException {
  private final int year;

  public CalendarMissingException(int year, String field) {
    super("calendar.year.missing", field);
    this.year = year;
  }

  public int year() {
    return year;
  }
}
