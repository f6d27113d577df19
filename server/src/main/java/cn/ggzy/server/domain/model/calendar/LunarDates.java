package cn.ggzy.server.domain.model.calendar;

import java.time.LocalDate;

/**
 * The lunar calendar (农历) and the solar terms (节气) that fix the movable statutory holidays,
 * as a port: computed by a maintained calendar library in the infrastructure.
 */
public interface LunarDates {
  /**
   * The Gregorian date of day {@code day} of month {@code month} (never a leap month) of the lunar
   * year whose first day (正月初一) falls in Gregorian year {@code year}.
   */
  LocalDate lunar(int year, int month, int day);

  /** The day of the solar term 清明 in Gregorian year {@code year} (4 or 5 April). */
  LocalDate qingming(int year);
}
