package cn.ggzy.server.infrastructure.analytics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The distribution of each per-tender input over one market's tenders (no labels), kept as at most
 * {@link #QUANTILES} quantiles per input, so that a tender's input can be read as its percentile
 * within its own market: a market's currency, trade and usual number of bidders then no longer
 * matter. The product ships a pooled reference (the four published markets, each weighed equally)
 * for a market whose own history is too short ({@link #MIN_TENDERS}).
 */
public final class MarketReference {
  /** Fewer tenders than this in a batch or a history: use the shipped reference instead. */
  public static final int MIN_TENDERS = 50;
  static final int QUANTILES = 1001;

  /** Per input, its sorted quantiles (NaN left out; empty when never defined). */
  private final float[][] quantiles;

  private MarketReference(float[][] quantiles) {
    this.quantiles = quantiles;
  }

  /** From a row-major matrix of {@code columns} inputs per tender. */
  public static MarketReference of(float[] x, int columns) {
    return of(x, columns, null);
  }

  /** As {@link #of(float[], int)}, only for the inputs marked in {@code needed} (null: all; others empty). */
  public static MarketReference of(float[] x, int columns, boolean[] needed) {
    int rows = x.length / columns;
    float[][] q = new float[columns][];
    float[] v = new float[rows];
    for (int c = 0; c < columns; c++) {
      if (needed != null && !needed[c]) {
        q[c] = new float[0];
        continue;
      }
      int n = 0;
      for (int r = 0; r < rows; r++) {
        float value = x[r * columns + c];
        if (!Float.isNaN(value)) {
          v[n++] = value;
        }
      }
      float[] sorted = Arrays.copyOf(v, n);
      Arrays.sort(sorted);
      q[c] = thin(sorted, QUANTILES);
    }
    return new MarketReference(q);
  }

  /** Each reference weighed equally (each thinned to the same number of quantiles first). */
  public static MarketReference pooled(List<MarketReference> markets, int quantiles) {
    int columns = markets.get(0).quantiles.length;
    float[][] q = new float[columns][];
    for (int c = 0; c < columns; c++) {
      List<float[]> parts = new ArrayList<>();
      for (MarketReference m : markets) {
        if (m.quantiles[c].length > 0) {
          parts.add(resample(m.quantiles[c], quantiles));
        }
      }
      float[] all = new float[parts.stream().mapToInt(p -> p.length).sum()];
      int k = 0;
      for (float[] p : parts) {
        System.arraycopy(p, 0, all, k, p.length);
        k += p.length;
      }
      Arrays.sort(all);
      q[c] = thin(all, quantiles);
    }
    return new MarketReference(q);
  }

  public int columns() {
    return quantiles.length;
  }

  /**
   * Mid-rank percentile (0…1) of {@code value} among the quantiles of input {@code column}; NaN
   * stays NaN (undefined input), and an input never defined in the reference gives 0.5.
   */
  public float percentile(int column, float value) {
    if (Float.isNaN(value)) {
      return Float.NaN;
    }
    float[] q = quantiles[column];
    int n = q.length;
    if (n < 2) {
      return 0.5f;
    }
    int first = lowerBound(q, value);
    int last = lowerBound(q, Math.nextUp(value)) - 1;
    if (last < first) {
      // between two quantiles: interpolate linearly
      if (first == 0) {
        return 0;
      }
      if (first == n) {
        return 1;
      }
      float lo = q[first - 1];
      float hi = q[first];
      return (float) ((first - 1 + (value - lo) / (double) (hi - lo)) / (n - 1));
    }
    return (float) ((first + last) / 2.0 / (n - 1));
  }

  /** Only some inputs (e.g. those a model uses), in the given order. */
  public MarketReference select(int[] columns) {
    float[][] q = new float[columns.length][];
    for (int i = 0; i < columns.length; i++) {
      q[i] = quantiles[columns[i]];
    }
    return new MarketReference(q);
  }

  /** One line per input: its quantiles separated by spaces. */
  public String encode() {
    StringBuilder s = new StringBuilder();
    for (float[] q : quantiles) {
      for (int i = 0; i < q.length; i++) {
        s.append(i > 0 ? " " : "").append(String.format(Locale.ROOT, "%.7g", q[i]));
      }
      s.append('\n');
    }
    return s.toString();
  }

  public static MarketReference decode(String text) {
    String[] lines = text.split("\n", -1);
    float[][] q = new float[lines.length - 1][];
    for (int c = 0; c < q.length; c++) {
      String line = lines[c].strip();
      q[c] = line.isEmpty() ? new float[0] : toFloats(line.split(" "));
    }
    return new MarketReference(q);
  }

  private static float[] toFloats(String[] parts) {
    float[] f = new float[parts.length];
    for (int i = 0; i < parts.length; i++) {
      f[i] = Float.parseFloat(parts[i]);
    }
    return f;
  }

  /** At most {@code max} evenly spaced order statistics (all of them when fewer). */
  private static float[] thin(float[] sorted, int max) {
    return sorted.length <= max ? sorted : resample(sorted, max);
  }

  private static float[] resample(float[] sorted, int count) {
    float[] out = new float[count];
    for (int k = 0; k < count; k++) {
      out[k] = sorted[(int) Math.round(k * (sorted.length - 1.0) / (count - 1))];
    }
    return out;
  }

  private static int lowerBound(float[] sorted, float value) {
    int lo = 0;
    int hi = sorted.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (sorted[mid] < value) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }
}
