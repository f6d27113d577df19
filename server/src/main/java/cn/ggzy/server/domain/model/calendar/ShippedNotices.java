package cn.ggzy.server.domain.model.calendar;

import java.util.List;

/**
 * The State Council notices shipped with the product (holiday-cn data); every region has them
 * in force for the years it has not uploaded itself. An unpublished placeholder year is absent.
 */
public interface ShippedNotices {
  /** Oldest year first. */
  List<HolidayNotice> all();
}
