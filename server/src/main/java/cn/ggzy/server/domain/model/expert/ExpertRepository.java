package cn.ggzy.server.domain.model.expert;

import cn.ggzy.tenants.RegionCode;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The experts of a region's pool. Region-owned: every read names the region. Experts of other
 * regions are read only when they consented to sharing ({@link #shared}).
 */
public interface ExpertRepository {
  /** A fresh id, the region's code first ({@code 421181-E…}): an expert's region is read from the id. */
  String nextId(RegionCode region);

  Optional<Expert> find(RegionCode region, String id);

  /** Inserts (version 0) or replaces at the version read; a concurrent change is refused. */
  Expert store(RegionCode region, Expert expert);

  /** One page of the region's experts in a state ({@code null}: any), newest application first. */
  List<Expert> list(RegionCode region, ExpertState state, int offset, int limit);

  long count(RegionCode region, ExpertState state);

  /**
   * The region's drawable pool (active and suspended experts) holding one of {@code specialties},
   * for screening a draw, read without their identity: resident ID and phone are empty (a draw needs
   * neither; {@link #find} has them).
   */
  List<Expert> pool(RegionCode region, Collection<String> specialties);

  /** As {@link #pool}: the active and suspended experts of other regions who consented to remote evaluation. */
  List<Expert> shared(RegionCode except, Collection<String> specialties);

  /** The region's entry of the person with this resident ID, if any (an exact read by the keyed hash). */
  Optional<Expert> byResidentId(RegionCode region, String residentId);

  /** Whether the region has an application or expert with this resident ID (one entry per person). */
  boolean knows(RegionCode region, String residentId);
}
