package cn.ggzy.server.infrastructure.analytics;

/** Mean and sample standard deviation of a slice of bids. */
public final class BidStatistics {
  private BidStatistics() {}

  public static double mean(double[] v, int from, int to) {
    double s = 0;
    for (int i = from; i < to; i++) {
      s += v[i];
    }
    return s / (to - from);
  }

  /** Sample standard deviation (n − 1) of {@code v[from, to)}; 0 below two values. */
  public static double sd(double[] v, int from, int to, double mean) {
    int n = to - from;
    if (n < 2) {
      return 0;
    }
    double ss = 0;
    for (int i = from; i < to; i++) {
      ss += (v[i] - mean) * (v[i] - mean);
    }
    return Math.sqrt(ss / (n - 1));
  }
}
