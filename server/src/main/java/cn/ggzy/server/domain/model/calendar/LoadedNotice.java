package cn.ggzy.server.domain.model.calendar;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A notice in force for a region, with who loaded it and when. {@link #PLATFORM} marks the
 * notices shipped with the product; {@code loadedAt} is null for a shipped notice the region has
 * not stored yet (a region added after the last start).
 */
public record LoadedNotice(HolidayNotice notice, String loadedBy, Instant loadedAt) {
  public static final String PLATFORM = "platform";

  public LoadedNotice {
    Objects.requireNonNull(notice, "notice");
    Objects.requireNonNull(loadedBy, "loadedBy");
  }

  public int year() {
    return notice.year();
  }

  public boolean shipped() {
    return PLATFORM.equals(loadedBy);
  }

  /**
   * What is in force for a region: its stored notices, and the shipped notice for every year it
   * has not stored; oldest year first.
   */
  public static List<LoadedNotice> inForce(List<LoadedNotice> stored, List<HolidayNotice> shipped) {
    Map<Integer, LoadedNotice> byYear = stored.stream()
        .collect(Collectors.toMap(LoadedNotice::year, Function.identity(), (a, b) -> b));
    List<LoadedNotice> result = new ArrayList<>(byYear.values());
    shipped.stream().filter(n -> !byYear.containsKey(n.year()))
        .forEach(n -> result.add(new LoadedNotice(n, PLATFORM, null)));
    result.sort(Comparator.comparingInt(LoadedNotice::year));
    return List.copyOf(result);
  }
}
