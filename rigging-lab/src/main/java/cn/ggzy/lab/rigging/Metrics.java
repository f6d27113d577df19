package cn.ggzy.lab.rigging;

import cn.ggzy.server.infrastructure.analytics.RocAuc;
import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/** ROC-AUC (ties count half), average precision (PR-AUC) and balanced accuracy. */
final class Metrics {
  private Metrics() {}

  static double rocAuc(double[] p, int[] y) {
    return RocAuc.of(p, y);
  }

  static double prAuc(double[] p, int[] y) {
    Integer[] order = IntStream.range(0, p.length).boxed().toArray(Integer[]::new);
    Arrays.sort(order, Comparator.comparingDouble(i -> -p[i]));
    long positives = Arrays.stream(y).filter(v -> v == 1).count();
    if (positives == 0) {
      return Double.NaN;
    }
    double ap = 0;
    int hits = 0;
    for (int k = 0; k < order.length; k++) {
      if (y[order[k]] == 1) {
        hits++;
        ap += (double) hits / (k + 1);
      }
    }
    return ap / positives;
  }

  static double balancedAccuracy(double[] p, int[] y, double threshold) {
    int tp = 0;
    int tn = 0;
    int pos = 0;
    int neg = 0;
    for (int i = 0; i < p.length; i++) {
      if (y[i] == 1) {
        pos++;
        tp += p[i] >= threshold ? 1 : 0;
      } else {
        neg++;
        tn += p[i] < threshold ? 1 : 0;
      }
    }
    return pos == 0 || neg == 0 ? Double.NaN : 0.5 * ((double) tp / pos + (double) tn / neg);
  }
}
