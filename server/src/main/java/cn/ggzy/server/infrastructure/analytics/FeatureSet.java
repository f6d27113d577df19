package cn.ggzy.server.infrastructure.analytics;

import java.util.Arrays;
import java.util.List;

/**
 * How a model chooses among the {@link TenderFeatures}.
 *
 * <p>{@link #PORTABLE} is for markets the model has never seen (a new city). It uses only the
 * within-market percentiles ({@code q_…}), and of those only the inputs whose link to rigging
 * points the same way in every training market (univariate ROC-AUC ≥ the agreement, by default
 * 0.53, in each, or ≤ 1 − agreement in each, present in at least two markets when trained on
 * several), each held monotone in that direction, in shallow trees (depth 1 = additive, or 2).
 * Agreement and depth are picked by leave-one-market-out among the training markets. The choice is
 * made from the training markets' labels only, so a left-out market never influences it; it is made
 * at training time, in {@code rigging-lab} ({@code InputChoice}, {@code XgboostTraining}).
 * {@link #MARKET} uses every input with free directions and interactions: for a city that retrains
 * on its own labelled history.
 */
public enum FeatureSet {
  PORTABLE,
  MARKET;

  /** The columns a model uses, each with its monotone direction (1, −1, or 0 = free), and the tree depth. */
  public record Inputs(int[] columns, int[] monotone, int depth) {
    public List<String> names() {
      return Arrays.stream(columns).mapToObj(TenderFeatures.NAMES::get).toList();
    }

    public String monotoneConstraints() {
      return Arrays.toString(monotone).replace('[', '(').replace(']', ')').replace(" ", "");
    }

    /** The used columns of full feature rows, row-major. */
    public float[] extract(float[] features) {
      int rows = features.length / TenderFeatures.COUNT;
      float[] x = new float[rows * columns.length];
      for (int r = 0; r < rows; r++) {
        for (int k = 0; k < columns.length; k++) {
          x[r * columns.length + k] = features[r * TenderFeatures.COUNT + columns[k]];
        }
      }
      return x;
    }
  }
}
