package cn.ggzy.server.domain.model.calendar;

import cn.ggzy.tenants.RegionCode;
import java.util.Objects;

/**
 * A region's working calendar changed: a notice was uploaded for {@code year}, or (year
 * {@link #SETTINGS}) the region's deadline settings changed. Deadlines computed before may be
 * wrong now. Fired after the change is stored.
 */
public record CalendarChanged(RegionCode region, int year) {
  /** The year of a settings change: every year is concerned. */
  public static final int SETTINGS = 0;

  public CalendarChanged {
    Objects.requireNonNull(region, "region");
  }

  public static CalendarChanged settings(RegionCode region) {
    return new CalendarChanged(region, SETTINGS);
  }

  public boolean settingsChanged() {
    return year == SETTINGS;
  }
}
