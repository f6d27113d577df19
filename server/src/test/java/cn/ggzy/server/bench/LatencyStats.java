package cn.ggzy.server.bench;

import java.util.Arrays;

/** Collected latencies (milliseconds) of one kind of query, and their percentiles. */
final class LatencyStats {
  private double[] values = new double[64];
  private int size;

  void add(double millis) {
    if (size == values.length) {
      values = Arrays.copyOf(values, size * 2);
    }
    values[size++] = millis;
  }

  void addAll(LatencyStats other) {
    for (int i = 0; i < other.size; i++) {
      add(other.values[i]);
    }
  }

  int count() {
    return size;
  }

  /** Nearest-rank percentile (p in 0..100). */
  double percentile(double p) {
    double[] sorted = Arrays.copyOf(values, size);
    Arrays.sort(sorted);
    int rank = (int) Math.ceil(p / 100.0 * size);
    return sorted[Math.max(0, Math.min(size - 1, rank - 1))];
  }

  String row(String name) {
    if (size == 0) {
      return String.format("%-28s %5d %9s %9s %9s %9s", name, 0, "-", "-", "-", "-");
    }
    return String.format("%-28s %5d %9.1f %9.1f %9.1f %9.1f", name, size, percentile(50), percentile(95),
        percentile(99), percentile(100));
  }

  static String header() {
    return String.format("%-28s %5s %9s %9s %9s %9s", "query (ms)", "n", "p50", "p95", "p99", "max");
  }
}
