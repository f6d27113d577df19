package cn.ggzy.server.domain.model.calendar;

import cn.ggzy.tenants.RegionCode;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

/** The holiday notices and deadline settings each region has stored; nothing is shared between regions. */
public interface CalendarRepository {
  /** The region's stored notices, oldest year first. */
  List<LoadedNotice> notices(RegionCode region);

  Optional<LoadedNotice> find(RegionCode region, int year);

  /** The years the region has stored. */
  default SortedSet<Integer> years(RegionCode region) {
    TreeSet<Integer> years = new TreeSet<>();
    notices(region).forEach(n -> years.add(n.year()));
    return years;
  }

  /**
   * Stores the region's notice of that year, replacing an earlier one of the same year.
   *
   * @return the replaced notice, if there was one
   */
  Optional<LoadedNotice> store(RegionCode region, LoadedNotice notice);

  /** The region's case clocks; {@link DeadlineSettings#MACHENG} until the region sets its own. */
  DeadlineSettings settings(RegionCode region);

  void storeSettings(RegionCode region, DeadlineSettings settings);
}
