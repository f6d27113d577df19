package cn.ggzy.lab.rigging;

import cn.ggzy.server.infrastructure.analytics.FeatureSet;
import cn.ggzy.server.infrastructure.analytics.TenderFeatures;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * How a {@link FeatureSet} chooses its inputs from the training markets, at training time.
 *
 * <p>{@link FeatureSet#PORTABLE} keeps only the within-market percentiles ({@code q_…}) whose link
 * to rigging points the same way in every training market (univariate ROC-AUC ≥ the agreement, by
 * default {@value #AGREEMENT}, in each, or ≤ 1 − agreement in each, present in at least two markets
 * when trained on several), each held monotone in that direction, in shallow trees (depth 1 =
 * additive, or 2). Agreement and depth are picked by leave-one-market-out among the training markets
 * ({@link XgboostTraining#train}). The choice is made from the training markets' labels only, so a
 * left-out market never influences it. {@link FeatureSet#MARKET} uses every input with free
 * directions and interactions.
 */
final class InputChoice {
  static final double AGREEMENT = 0.53;
  private static final int MIN_ROWS = 20;

  /** One training market's feature rows and labels. */
  record Labelled(float[] features, int[] labels) {}

  private InputChoice() {}

  /** As {@link #choose(FeatureSet, List, double, int)} with agreement {@value #AGREEMENT} and additive trees. */
  static FeatureSet.Inputs choose(FeatureSet set, List<Labelled> markets) {
    return choose(set, markets, AGREEMENT, 1);
  }

  /**
   * Chooses the inputs from the training markets (labels of no other market are read); for
   * {@link FeatureSet#PORTABLE}, {@code agreement} is the univariate ROC-AUC each market must reach
   * in the input's direction and {@code depth} the trees' depth.
   */
  static FeatureSet.Inputs choose(FeatureSet set, List<Labelled> markets, double agreement, int depth) {
    if (set == FeatureSet.MARKET) {
      int[] all = new int[TenderFeatures.COUNT];
      for (int k = 0; k < all.length; k++) {
        all[k] = k;
      }
      return new FeatureSet.Inputs(all, new int[all.length], 3);
    }
    int required = Math.min(2, markets.size());
    List<Integer> columns = new ArrayList<>();
    List<Integer> directions = new ArrayList<>();
    int fallback = -1;
    int fallbackSign = 0;
    double fallbackStrength = -1;
    for (int c = TenderFeatures.BASE_COUNT; c < TenderFeatures.COUNT; c++) {
      int present = 0;
      double up = Double.POSITIVE_INFINITY;
      double down = Double.POSITIVE_INFINITY;
      for (Labelled m : markets) {
        double auc = univariateAuc(m, c);
        if (!Double.isNaN(auc)) {
          present++;
          up = Math.min(up, auc - 0.5);
          down = Math.min(down, 0.5 - auc);
        }
      }
      if (present < required) {
        continue;
      }
      double strength = Math.max(up, down);
      int sign = up >= down ? 1 : -1;
      if (strength >= agreement - 0.5) {
        columns.add(c);
        directions.add(sign);
      } else if (strength > fallbackStrength) {
        fallback = c;
        fallbackSign = sign;
        fallbackStrength = strength;
      }
    }
    if (columns.isEmpty() && fallback >= 0) {
      columns.add(fallback);
      directions.add(fallbackSign);
    }
    return new FeatureSet.Inputs(columns.stream().mapToInt(Integer::intValue).toArray(),
        directions.stream().mapToInt(Integer::intValue).toArray(), depth);
  }

  /** ROC-AUC of one input alone over the tenders where it is defined (NaN: fewer than 20 or one class). */
  static double univariateAuc(Labelled m, int column) {
    int rows = m.labels().length;
    double[] p = new double[rows];
    int[] y = new int[rows];
    int n = 0;
    for (int r = 0; r < rows; r++) {
      float v = m.features()[r * TenderFeatures.COUNT + column];
      if (!Float.isNaN(v)) {
        p[n] = v;
        y[n++] = m.labels()[r];
      }
    }
    return n < MIN_ROWS ? Double.NaN : Metrics.rocAuc(Arrays.copyOf(p, n), Arrays.copyOf(y, n));
  }
}
