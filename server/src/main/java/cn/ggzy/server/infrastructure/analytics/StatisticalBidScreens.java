package cn.ggzy.server.infrastructure.analytics;

import cn.ggzy.server.domain.model.rigging.TenderScreens;
import cn.ggzy.server.domain.service.BidScreens;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Arrays;

/**
 * The seven screens, computed as in the published data sets: sample standard deviation (n − 1),
 * bias-corrected skewness and excess kurtosis (0 when there are too few bids), and the
 * Kolmogorov–Smirnov distance of the bids scaled to [0, 1] by their minimum and maximum. A screen
 * that is undefined for the bids (too few bids, all equal) is 0.
 */
@ApplicationScoped
public class StatisticalBidScreens implements BidScreens {

  @Override
  public TenderScreens screen(double[] prices) {
    double[] x = prices.clone();
    Arrays.sort(x);
    return screenSorted(x);
  }

  /** The screens of prices already sorted ascending (no copy: the hot path of batch scoring). */
  public TenderScreens screenSorted(double[] x) {
    int n = x.length;
    double mean = 0;
    for (double v : x) {
      mean += v;
    }
    mean /= n;
    double m2 = 0;
    double m3 = 0;
    double m4 = 0;
    for (double v : x) {
      double d = v - mean;
      double d2 = d * d;
      m2 += d2;
      m3 += d2 * d;
      m4 += d2 * d2;
    }
    double sd = n > 1 ? Math.sqrt(m2 / (n - 1)) : 0;
    double lowest = x[0];
    double cv = n > 1 && mean != 0 ? sd / mean : 0;
    double spread = n > 1 && lowest != 0 ? (x[n - 1] - lowest) / lowest : 0;
    double diffp = n > 1 && lowest != 0 ? (x[1] - lowest) / lowest : 0;
    return new TenderScreens(n, cv, spread, diffp, relativeDistance(x), kurtosis(n, m2, m4),
        skewness(n, m2, m3), kolmogorovSmirnov(x));
  }

  /** (second lowest − lowest) / sample standard deviation of the losing bids. */
  private static double relativeDistance(double[] x) {
    int n = x.length;
    if (n < 3) {
      return 0;
    }
    double mean = 0;
    for (int i = 1; i < n; i++) {
      mean += x[i];
    }
    mean /= n - 1;
    double ss = 0;
    for (int i = 1; i < n; i++) {
      ss += (x[i] - mean) * (x[i] - mean);
    }
    double sd = Math.sqrt(ss / (n - 2));
    return sd > 0 ? (x[1] - x[0]) / sd : 0;
  }

  private static double skewness(int n, double m2, double m3) {
    if (n < 3 || m2 <= 0) {
      return 0;
    }
    double g1 = (m3 / n) / Math.pow(m2 / n, 1.5);
    return g1 * Math.sqrt(n * (n - 1.0)) / (n - 2);
  }

  private static double kurtosis(int n, double m2, double m4) {
    if (n < 4 || m2 <= 0) {
      return 0;
    }
    double g2 = n * m4 / (m2 * m2) - 3;
    return ((n + 1) * g2 + 6) * (n - 1) / ((double) (n - 2) * (n - 3));
  }

  /** sup |F_n − U| of the bids scaled to [0, 1]: high when bids bunch at one end. */
  private static double kolmogorovSmirnov(double[] x) {
    int n = x.length;
    double range = x[n - 1] - x[0];
    if (n < 2 || range <= 0) {
      return 0;
    }
    double d = 0;
    for (int i = 0; i < n; i++) {
      double f = (x[i] - x[0]) / range;
      d = Math.max(d, Math.max((i + 1.0) / n - f, f - (double) i / n));
    }
    return d;
  }
}
