package cn.ggzy.lab.rigging;

import java.util.Arrays;
import java.util.List;

/**
 * The inputs of a research model: every {@link TenderFeatures} input with free directions and
 * interactions ({@link #MARKET}), for a market's own labelled history. The earlier "portable" set
 * (the percentile inputs whose direction agreed across the training markets, chosen by
 * leave-one-market-out) was retired: on every dev market it ranked below the screen index that
 * replaced it as the default (README "Bid-rigging screen index").
 */
public enum FeatureSet {
  MARKET;

  /** The columns a model uses, each with its monotone direction (1, −1, or 0 = free), and the tree depth. */
  public record Inputs(int[] columns, int[] monotone, int depth) {
    static final int DEPTH = 3;

    /** Every input, free directions, depth {@value #DEPTH}. */
    public static Inputs all() {
      int[] columns = new int[TenderFeatures.COUNT];
      for (int i = 0; i < columns.length; i++) {
        columns[i] = i;
      }
      return new Inputs(columns, new int[columns.length], DEPTH);
    }

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
