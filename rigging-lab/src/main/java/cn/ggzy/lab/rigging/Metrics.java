package cn.ggzy.lab.rigging;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/** ROC-AUC (ties count half), average precision (PR-AUC) and balanced accuracy. */
final class Metrics {
  private Metrics() {}

  static double rocAuc(double[] p, int[] y) {
    Integer[] order = IntStream.range(0, p.length).boxed().toArray(Integer[]::new);
    Arrays.sort(order, Comparator.comparingDouble(i -> p[i]));
    double rankSumPositives = 0;
    long positives = 0;
    int i = 0;
    while (i < order.length) {
      int j = i;
      while (j + 1 < order.length && p[order[j + 1]] == p[order[i]]) {
        j++;
      }
      double rank = (i + j) / 2.0 + 1;
      for (int k = i; k <= j; k++) {
        if (y[order[k]] == 1) {
          rankSumPositives += rank;
          positives++;
        }
      }
      i = j + 1;
    }
    long negatives = p.length - positives;
    if (positives == 0 || negatives == 0) {
      return Double.NaN;
    }
    return (rankSumPositives - positives * (positives + 1) / 2.0) / ((double) positives * negatives);
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
