package cn.ggzy.server.domain.model.review;

import cn.ggzy.tenants.RegionCode;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The versions of a region's rule book as the office saved them (version 1, 2, …; the shipped book
 * is version 0). A save names the version it was edited from and is refused when another came first.
 */
public interface RuleBookRepository {
  /** A saved version: its number, the text, who saved it when and why. */
  record Version(int version, String text, String by, Instant at, String note) {}

  Optional<Version> latest(RegionCode region);

  Optional<Version> version(RegionCode region, int version);

  /** Saves {@code next} (its version one above the latest's); refused as a concurrent change otherwise. */
  void save(RegionCode region, Version next);

  /** The versions newest first, without their text. */
  List<Version> history(RegionCode region);
}
