package cn.ggzy.server.domain.model.dispatch;

import cn.ggzy.tenants.RegionCode;
import cn.ggzy.tenants.TenantId;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The counted facts of stored things, kept as counters per department and day so that a dashboard
 * reads a few counter documents instead of scanning cases and warnings. Each thing's current facts
 * are kept with it: storing a new version counts what it added and takes back what it no longer
 * states (a case leaving 受理 for 调查 moves one standing count), so the counters always equal the
 * sum of the things' current facts, whatever the order of writes. Reads take the region first and
 * count only its departments.
 */
public interface DispatchLedger {
  /**
   * Records the facts of version {@code version} of a thing. An older or equal version than the one
   * recorded is ignored (two writers finishing out of order cannot count a stale state).
   */
  void record(Counted thing, long version, Set<Fact> facts);

  /** Whether the things a region stored before the counters existed have been counted. */
  boolean backfilled(RegionCode region);

  /** Notes that they have, with how many things were counted. */
  void markBackfilled(RegionCode region, Instant at, long things);

  /** Counts of the departments' dated facts whose day lies within {@code from} … {@code to}. */
  Tally dated(RegionCode region, Collection<TenantId> departments, LocalDate from, LocalDate to);

  /** Dated counts per whole month of {@code from} … {@code to}, every month present. */
  Map<YearMonth, Tally> monthly(RegionCode region, Collection<TenantId> departments, YearMonth from, YearMonth to);

  /** Counts of the departments' standing facts. */
  Tally standing(RegionCode region, Collection<TenantId> departments);

  /**
   * The things behind one figure: those with a fact of the metric and one of the keys in the
   * departments, within the period for a dated metric; at most {@code limit}, in no particular order.
   */
  List<Counted> behind(RegionCode region, Collection<TenantId> departments, Metric metric, Set<String> keys, LocalDate from,
      LocalDate to, int limit);
}
