package cn.ggzy.lab.rigging;

import cn.ggzy.server.domain.model.rigging.TenderBids;
import cn.ggzy.server.domain.model.rigging.TenderScreens;
import cn.ggzy.server.infrastructure.analytics.BidStatistics;
import cn.ggzy.server.infrastructure.analytics.ScreenIndex;
import cn.ggzy.server.infrastructure.analytics.StatisticalBidScreens;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.List;

/**
 * Scale-free inputs of one tender computed from its own bids only (no other tender, no id, no
 * date): the seven screens and finer measures of the sorted bid vector — how far the lowest bid
 * stands from the cover bids, how tightly the cover bids bunch, how regular their gaps are, how
 * round the prices are. DIFFP and RD are also read over the distinct prices ({@code diffpDistinct},
 * {@code rdDistinct}): when two bids are equal (a duplicated consortium row, or two bidders at one
 * price) the plain figures collapse to 0, which hides how far the next price stands. Undefined inputs
 * (too few bids or distinct prices, no winner known) are NaN.
 */
public final class BidShape {
  static final List<String> NAMES = List.of(
      "bids", "cv", "spd", "diffp", "rd", "kurt", "skew", "ks",
      "gapRatio", "lowestZ", "ties", "medianGap", "winnerLowest", "winnerGap",
      "rdAlt", "firstGapRank", "gap12over23", "winnerSeparation", "gapOverLoserMad", "firstGapShare",
      "loserCv", "loserCvOverCv", "within1", "within3", "nearMedian2", "gapsCv", "minGapShare",
      "topGapShare", "roundShare", "sigDigits", "rangeOverMedian", "diffpDistinct", "rdDistinct");
  static final int COUNT = NAMES.size();

  private static final StatisticalBidScreens SCREENS = new StatisticalBidScreens();

  private BidShape() {}

  static int index(String name) {
    int i = NAMES.indexOf(name);
    if (i < 0) {
      throw new IllegalArgumentException(name);
    }
    return i;
  }

  /** Writes the {@link #COUNT} inputs of {@code tender} into {@code x} from {@code o}. */
  static void of(TenderBids tender, float[] x, int o) {
    double[] b = tender.prices().clone();
    Arrays.sort(b);
    int n = b.length;
    TenderScreens s = SCREENS.screenSorted(b);
    Arrays.fill(x, o, o + COUNT, Float.NaN);
    x[o] = n;
    x[o + 1] = (float) s.coefficientOfVariation();
    x[o + 2] = (float) s.spread();
    x[o + 3] = (float) s.differenceOfLowestTwo();
    x[o + 4] = (float) s.relativeDistance();
    x[o + 5] = (float) s.kurtosis();
    x[o + 6] = (float) s.skewness();
    x[o + 7] = (float) s.kolmogorovSmirnov();
    double mean = BidStatistics.mean(b, 0, n);
    double sd = BidStatistics.sd(b, 0, n, mean);
    double median = median(b, 0, n);
    double range = b[n - 1] - b[0];
    double first = n > 1 ? b[1] - b[0] : Double.NaN;
    x[o + 8] = n > 2 && range > 0 ? (float) (first / (range / (n - 1))) : Float.NaN;
    x[o + 9] = n > 1 && sd > 0 ? (float) ((b[0] - mean) / sd) : Float.NaN;
    int tied = 0;
    for (int i = 0; i < n; i++) {
      if ((i > 0 && b[i] == b[i - 1]) || (i + 1 < n && b[i] == b[i + 1])) {
        tied++;
      }
    }
    x[o + 10] = (float) tied / n;
    x[o + 11] = n > 1 ? (float) ((median - b[0]) / b[0]) : Float.NaN;
    if (tender.winner() >= 0) {
      double w = tender.prices()[tender.winner()];
      x[o + 12] = w <= b[0] ? 1 : 0;
      x[o + 13] = (float) ((w - b[0]) / b[0]);
    }
    ScreenIndex.distinctScreens(b, x, o + 31);
    x[o + 28] = (float) roundShare(b);
    x[o + 29] = (float) meanSignificantDigits(b);
    if (n < 2) {
      return;
    }
    x[o + 22] = (float) withinOfLowest(b, 0.01);
    x[o + 23] = (float) withinOfLowest(b, 0.03);
    x[o + 30] = (float) (range / median);
    if (n < 3) {
      return;
    }
    double loserRange = b[n - 1] - b[1];
    x[o + 14] = loserRange > 0 ? (float) (first / (loserRange / (n - 2))) : Float.NaN;
    int below = 0;
    for (int i = 2; i < n; i++) {
      below += b[i] - b[i - 1] < first ? 1 : 0;
    }
    x[o + 15] = (float) below / (n - 2);
    x[o + 16] = b[2] > b[1] ? (float) (first / (b[2] - b[1])) : Float.NaN;
    double loserMean = BidStatistics.mean(b, 1, n);
    x[o + 17] = sd > 0 ? (float) ((loserMean - b[0]) / sd) : Float.NaN;
    if (n >= 4) {
      double loserMedian = median(b, 1, n);
      double[] dev = new double[n - 1];
      for (int i = 1; i < n; i++) {
        dev[i - 1] = Math.abs(b[i] - loserMedian);
      }
      Arrays.sort(dev);
      double mad = median(dev, 0, dev.length);
      x[o + 18] = mad > 0 ? (float) (first / mad) : Float.NaN;
    }
    x[o + 19] = range > 0 ? (float) (first / range) : Float.NaN;
    double loserCv = BidStatistics.sd(b, 1, n, loserMean) / loserMean;
    x[o + 20] = (float) loserCv;
    x[o + 21] = sd > 0 ? (float) (loserCv / (sd / mean)) : Float.NaN;
    int near = 0;
    for (double v : b) {
      near += Math.abs(v - median) <= 0.02 * median ? 1 : 0;
    }
    x[o + 24] = (float) near / n;
    double[] gaps = new double[n - 1];
    for (int i = 1; i < n; i++) {
      gaps[i - 1] = b[i] - b[i - 1];
    }
    double gapMean = BidStatistics.mean(gaps, 0, gaps.length);
    x[o + 25] = gapMean > 0 ? (float) (BidStatistics.sd(gaps, 0, gaps.length, gapMean) / gapMean) : Float.NaN;
    x[o + 26] = gapMean > 0 ? (float) (Arrays.stream(gaps).min().orElse(0) / gapMean) : Float.NaN;
    x[o + 27] = range > 0 ? (float) (gaps[gaps.length - 1] / range) : Float.NaN;
  }

  /** Share of the other bids at most {@code share} above the lowest. */
  static double withinOfLowest(double[] sorted, double share) {
    int k = 0;
    for (int i = 1; i < sorted.length; i++) {
      k += sorted[i] <= sorted[0] * (1 + share) ? 1 : 0;
    }
    return (double) k / (sorted.length - 1);
  }

  /** Share of bids with at most three significant digits (e.g. 1,250,000 or 0.14). */
  static double roundShare(double[] b) {
    int round = 0;
    for (double v : b) {
      round += significantDigits(v) <= 3 ? 1 : 0;
    }
    return (double) round / b.length;
  }

  static double meanSignificantDigits(double[] b) {
    double sum = 0;
    for (double v : b) {
      sum += significantDigits(v);
    }
    return sum / b.length;
  }

  /** Significant digits of the price read to the cent (trailing zeros are not significant). */
  static int significantDigits(double v) {
    double a = Math.abs(v);
    if (a >= 1e15) {
      BigDecimal d = BigDecimal.valueOf(v).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
      return d.signum() == 0 ? 0 : d.precision();
    }
    long cents = Math.round(a * 100);
    if (cents == 0) {
      return 0;
    }
    while (cents % 10 == 0) {
      cents /= 10;
    }
    int digits = 0;
    for (; cents > 0; cents /= 10) {
      digits++;
    }
    return digits;
  }

  private static double median(double[] sorted, int from, int to) {
    int n = to - from;
    return n % 2 == 1 ? sorted[from + n / 2] : (sorted[from + n / 2 - 1] + sorted[from + n / 2]) / 2;
  }
}
