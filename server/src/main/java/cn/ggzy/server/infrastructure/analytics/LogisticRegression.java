package cn.ggzy.server.infrastructure.analytics;

import java.util.Arrays;

/**
 * L2-penalised logistic regression fitted by Newton's method: a learner that stays steady on the
 * few labels a region has (tens to hundreds), deterministic, with no native library. Rows are
 * row-major with {@code width} inputs; NaN inputs must be replaced before fitting.
 */
public final class LogisticRegression {
  static final double PENALTY = 1.0;
  static final int ITERATIONS = 50;
  private final double[] weights;

  private LogisticRegression(double[] weights) {
    this.weights = weights;
  }

  /** The weights, the intercept last. */
  public double[] weights() {
    return weights.clone();
  }

  public static LogisticRegression of(double[] weights) {
    return new LogisticRegression(weights.clone());
  }

  public static LogisticRegression fit(double[] x, int[] y, int width) {
    int n = y.length;
    int d = width + 1;
    double[] b = new double[d];
    double[] g = new double[d];
    double[][] h = new double[d][d];
    double[] row = new double[d];
    for (int it = 0; it < ITERATIONS; it++) {
      Arrays.fill(g, 0);
      for (double[] r : h) {
        Arrays.fill(r, 0);
      }
      for (int i = 0; i < n; i++) {
        System.arraycopy(x, i * width, row, 0, width);
        row[width] = 1;
        double p = sigmoid(dot(b, row));
        double w = p * (1 - p);
        for (int j = 0; j < d; j++) {
          g[j] += (p - y[i]) * row[j];
          for (int k = 0; k <= j; k++) {
            h[j][k] += w * row[j] * row[k];
          }
        }
      }
      for (int j = 0; j < d; j++) {
        for (int k = 0; k < j; k++) {
          h[k][j] = h[j][k];
        }
        double penalty = j < width ? PENALTY : 1e-6;
        g[j] += penalty * b[j];
        h[j][j] += penalty;
      }
      double[] step = solve(h, g);
      double change = 0;
      for (int j = 0; j < d; j++) {
        b[j] -= step[j];
        change = Math.max(change, Math.abs(step[j]));
      }
      if (change < 1e-9) {
        break;
      }
    }
    return new LogisticRegression(b);
  }

  public double[] predict(double[] x, int width) {
    int n = x.length / width;
    double[] p = new double[n];
    for (int i = 0; i < n; i++) {
      double z = weights[width];
      for (int j = 0; j < width; j++) {
        z += weights[j] * x[i * width + j];
      }
      p[i] = sigmoid(z);
    }
    return p;
  }

  private static double dot(double[] a, double[] b) {
    double s = 0;
    for (int i = 0; i < a.length; i++) {
      s += a[i] * b[i];
    }
    return s;
  }

  private static double sigmoid(double z) {
    return 1 / (1 + Math.exp(-z));
  }

  /** Solves {@code a · s = g} by Gaussian elimination with partial pivoting (a is positive definite). */
  private static double[] solve(double[][] a, double[] g) {
    int d = g.length;
    double[][] m = new double[d][d + 1];
    for (int i = 0; i < d; i++) {
      System.arraycopy(a[i], 0, m[i], 0, d);
      m[i][d] = g[i];
    }
    for (int c = 0; c < d; c++) {
      int pivot = c;
      for (int r = c + 1; r < d; r++) {
        if (Math.abs(m[r][c]) > Math.abs(m[pivot][c])) {
          pivot = r;
        }
      }
      double[] t = m[c];
      m[c] = m[pivot];
      m[pivot] = t;
      for (int r = c + 1; r < d; r++) {
        double f = m[r][c] / m[c][c];
        for (int k = c; k <= d; k++) {
          m[r][k] -= f * m[c][k];
        }
      }
    }
    double[] s = new double[d];
    for (int r = d - 1; r >= 0; r--) {
      double v = m[r][d];
      for (int k = r + 1; k < d; k++) {
        v -= m[r][k] * s[k];
      }
      s[r] = v / m[r][r];
    }
    return s;
  }
}
