package cn.ggzy.server.infrastructure.analytics;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Which of the {@link TenderFeatures} a model uses, and how.
 *
 * <p>{@link #PORTABLE} is for markets the model has never seen (a new city): only the inputs whose
 * link to rigging points the same way in all four published markets — the gap between the lowest
 * bid and the cover bids above it, and the number of bids — each held monotone (more gap, more
 * risk), in an additive model (trees of depth 1), so that no market-specific combination is learnt.
 * {@link #MARKET} uses every input (screens, ranks, winner, bidder network) with free directions and
 * interactions: better inside a market whose labelled history it was trained on, useless elsewhere.
 */
public enum FeatureSet {
  PORTABLE(1, List.of("bids", "rankBids", "rd", "rankRd", "gapRatio", "rdAlt", "firstGapRank", "gap12over23",
      "winnerSeparation", "gapOverLoserMad", "firstGapShare"),
      Set.of("bids", "rankBids", "rd", "rankRd", "gapRatio", "rdAlt", "firstGapRank", "gap12over23", "winnerSeparation",
          "gapOverLoserMad", "firstGapShare")),
  MARKET(3, TenderFeatures.NAMES,
      Set.of("rd", "rankRd", "gapRatio", "rdAlt", "firstGapRank", "gap12over23", "winnerSeparation",
          "gapOverLoserMad", "firstGapShare"));

  private final int depth;
  private final boolean[] used;
  private final int[] monotone;

  FeatureSet(int depth, List<String> used, Set<String> rising) {
    this.depth = depth;
    this.used = new boolean[TenderFeatures.COUNT];
    this.monotone = new int[TenderFeatures.COUNT];
    for (int k = 0; k < TenderFeatures.COUNT; k++) {
      String name = TenderFeatures.NAMES.get(k);
      this.used[k] = used.contains(name);
      this.monotone[k] = rising.contains(name) ? 1 : 0;
    }
  }

  /** Whether any bidder-network input is used (they are the costly ones to compute). */
  boolean usesNetwork() {
    for (int k = 20; k < 25; k++) {
      if (used[k]) {
        return true;
      }
    }
    return false;
  }

  int depth() {
    return depth;
  }

  /** XGBoost's monotone_constraints parameter. */
  String monotoneConstraints() {
    return Arrays.toString(monotone).replace('[', '(').replace(']', ')').replace(" ", "");
  }

  /** Blanks (NaN) the inputs this set does not use, in place; returns the matrix. */
  float[] mask(float[] x) {
    int c = TenderFeatures.COUNT;
    for (int r = 0; r < x.length / c; r++) {
      for (int k = 0; k < c; k++) {
        if (!used[k]) {
          x[r * c + k] = Float.NaN;
        }
      }
    }
    return x;
  }
}
