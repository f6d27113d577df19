package cn.ggzy.server.application;

import cn.ggzy.server.domain.model.calendar.LoadedNotice;
import java.time.Instant;
import java.util.List;

/**
 * A year's notice in force for a region: its papers (web addresses of the State Council
 * documents), how many holidays and adjusted working days it names, and who loaded it when
 * ({@code shipped}: the notice shipped with the product; {@code loadedAt} null when not yet
 * stored for the region).
 */
public record CalendarYearView(int year, List<String> papers, int offDays, int adjustedWorkingDays,
    boolean shipped, String loadedBy, Instant loadedAt) {
  public static CalendarYearView of(LoadedNotice loaded) {
    return new CalendarYearView(loaded.year(), loaded.notice().papers(),
        loaded.notice().offDays().size(), loaded.notice().adjustedWorkingDays().size(),
        loaded.shipped(), loaded.loadedBy(), loaded.loadedAt());
  }
}
