package cn.ggzy.server.infrastructure.analytics;

import cn.ggzy.server.domain.model.rigging.TenderBids;
import cn.ggzy.server.domain.model.rigging.TenderScreens;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The classifier's inputs for one market (a batch of tenders of one region and trade). Nothing
 * depends on the currency or the size of the market: the screens are scale-free, the bids are
 * standardised inside each tender, the screens are also given as ranks within the market, and the
 * bidder network is described by shares. Unknown inputs (no winner, no bidder ids) are NaN, which
 * the trees route on their own. Never an id or a date.
 */
public final class TenderFeatures {
  public static final List<String> NAMES = List.of(
      "bids", "cv", "spd", "diffp", "rd", "kurt", "skew", "ks",
      "gapRatio", "lowestZ", "ties", "medianGap",
      "rankCv", "rankSpd", "rankDiffp", "rankRd", "rankKs", "rankBids",
      "winnerLowest", "winnerGap",
      "pairAffinityMean", "pairAffinityMax", "winnerWinRate", "loserWinRate", "neverWinShare",
      "rdAlt", "firstGapRank", "gap12over23", "winnerSeparation", "gapOverLoserMad", "firstGapShare");
  public static final int COUNT = NAMES.size();

  private static final StatisticalBidScreens SCREENS = new StatisticalBidScreens();

  private TenderFeatures() {}

  /** Row-major matrix, {@link #COUNT} values per tender. */
  public static float[] of(List<TenderBids> market) {
    return of(market, true);
  }

  /** As {@link #of(List)}; without the network the bidder inputs are NaN (cheaper when a model ignores them). */
  public static float[] of(List<TenderBids> market, boolean withNetwork) {
    int n = market.size();
    float[] x = new float[n * COUNT];
    double[][] rankable = new double[6][n];
    for (int t = 0; t < n; t++) {
      TenderBids tender = market.get(t);
      double[] sorted = tender.prices().clone();
      Arrays.sort(sorted);
      TenderScreens s = SCREENS.screenSorted(sorted);
      int o = t * COUNT;
      x[o] = s.bids();
      x[o + 1] = (float) s.coefficientOfVariation();
      x[o + 2] = (float) s.spread();
      x[o + 3] = (float) s.differenceOfLowestTwo();
      x[o + 4] = (float) s.relativeDistance();
      x[o + 5] = (float) s.kurtosis();
      x[o + 6] = (float) s.skewness();
      x[o + 7] = (float) s.kolmogorovSmirnov();
      shape(sorted, x, o + 8);
      winner(tender, sorted, x, o + 18);
      gaps(sorted, x, o + 25);
      double[] r = {s.coefficientOfVariation(), s.spread(), s.differenceOfLowestTwo(),
          s.relativeDistance(), s.kolmogorovSmirnov(), s.bids()};
      for (int k = 0; k < r.length; k++) {
        rankable[k][t] = r[k];
      }
    }
    for (int k = 0; k < rankable.length; k++) {
      double[] ranks = percentiles(rankable[k]);
      for (int t = 0; t < n; t++) {
        x[t * COUNT + 12 + k] = (float) ranks[t];
      }
    }
    if (withNetwork) {
      network(market, x);
    } else {
      for (int t = 0; t < n; t++) {
        Arrays.fill(x, t * COUNT + 20, t * COUNT + 25, Float.NaN);
      }
    }
    return x;
  }

  /** Standardised shape of the bids: gap of the lowest two over the mean gap, the lowest bid's z, ties, median gap. */
  private static void shape(double[] b, float[] x, int o) {
    int n = b.length;
    double mean = Arrays.stream(b).average().orElse(0);
    double sd = Math.sqrt(Arrays.stream(b).map(v -> (v - mean) * (v - mean)).sum() / Math.max(1, n - 1));
    double meanGap = n > 1 ? (b[n - 1] - b[0]) / (n - 1) : 0;
    x[o] = n > 2 && meanGap > 0 ? (float) ((b[1] - b[0]) / meanGap) : Float.NaN;
    x[o + 1] = n > 1 && sd > 0 ? (float) ((b[0] - mean) / sd) : Float.NaN;
    int tied = 0;
    for (int i = 0; i < n; i++) {
      if ((i > 0 && b[i] == b[i - 1]) || (i + 1 < n && b[i] == b[i + 1])) {
        tied++;
      }
    }
    x[o + 2] = (float) tied / n;
    double median = n % 2 == 1 ? b[n / 2] : (b[n / 2 - 1] + b[n / 2]) / 2;
    x[o + 3] = (float) ((median - b[0]) / b[0]);
  }

  private static void winner(TenderBids t, double[] sorted, float[] x, int o) {
    if (t.winner() < 0) {
      x[o] = Float.NaN;
      x[o + 1] = Float.NaN;
      return;
    }
    double w = t.prices()[t.winner()];
    x[o] = w <= sorted[0] ? 1 : 0;
    x[o + 1] = (float) ((w - sorted[0]) / sorted[0]);
  }

  /**
   * How far the lowest bid stands apart from the others, measured against the spacing of the
   * others: cover bids placed just above each other leave a large first gap.
   */
  private static void gaps(double[] b, float[] x, int o) {
    int n = b.length;
    if (n < 3) {
      Arrays.fill(x, o, o + 6, Float.NaN);
      return;
    }
    double first = b[1] - b[0];
    double loserRange = b[n - 1] - b[1];
    x[o] = loserRange > 0 ? (float) (first / (loserRange / (n - 2))) : Float.NaN;
    int below = 0;
    for (int i = 2; i < n; i++) {
      below += b[i] - b[i - 1] < first ? 1 : 0;
    }
    x[o + 1] = (float) below / (n - 2);
    x[o + 2] = b[2] > b[1] ? (float) (first / (b[2] - b[1])) : Float.NaN;
    double mean = 0;
    for (double v : b) {
      mean += v;
    }
    mean /= n;
    double ss = 0;
    double loserMean = 0;
    for (int i = 0; i < n; i++) {
      ss += (b[i] - mean) * (b[i] - mean);
      loserMean += i > 0 ? b[i] : 0;
    }
    loserMean /= n - 1;
    double sd = Math.sqrt(ss / (n - 1));
    x[o + 3] = sd > 0 ? (float) ((loserMean - b[0]) / sd) : Float.NaN;
    if (n >= 4) {
      double[] losers = Arrays.copyOfRange(b, 1, n);
      double median = losers[losers.length / 2];
      double[] dev = Arrays.stream(losers).map(v -> Math.abs(v - median)).sorted().toArray();
      double mad = dev[dev.length / 2];
      x[o + 4] = mad > 0 ? (float) (first / mad) : Float.NaN;
    } else {
      x[o + 4] = Float.NaN;
    }
    x[o + 5] = b[n - 1] > b[0] ? (float) (first / (b[n - 1] - b[0])) : Float.NaN;
  }

  /** Mid-rank percentile of each value within the market (0…1). */
  static double[] percentiles(double[] v) {
    int n = v.length;
    double[] sorted = v.clone();
    Arrays.sort(sorted);
    double[] p = new double[n];
    for (int i = 0; i < n; i++) {
      int first = lowerBound(sorted, v[i]);
      int last = lowerBound(sorted, Math.nextUp(v[i])) - 1;
      p[i] = n > 1 ? (first + last) / 2.0 / (n - 1) : 0.5;
    }
    return p;
  }

  private static int lowerBound(double[] sorted, double value) {
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

  /**
   * How closely the tender's bidders are tied to each other elsewhere in the market: for each pair,
   * the share of the less active one's other tenders that they shared; the winner's and the losers'
   * win rates in their other tenders; the share of bidders (with three or more tenders) that never win.
   */
  private static void network(List<TenderBids> market, float[] x) {
    Map<String, Integer> ids = new HashMap<>();
    int[][] members = new int[market.size()][];
    for (int t = 0; t < market.size(); t++) {
      TenderBids tender = market.get(t);
      if (tender.biddersKnown()) {
        members[t] = tender.bidders().stream().mapToInt(b -> ids.computeIfAbsent(b, k -> ids.size())).distinct().toArray();
      }
    }
    int[] tenders = new int[ids.size()];
    int[] wins = new int[ids.size()];
    LongIntCounter together = new LongIntCounter(market.size() * 8);
    int[] winnerOf = new int[market.size()];
    for (int t = 0; t < market.size(); t++) {
      int[] m = members[t];
      winnerOf[t] = -1;
      if (m == null) {
        continue;
      }
      for (int i = 0; i < m.length; i++) {
        tenders[m[i]]++;
        for (int j = i + 1; j < m.length; j++) {
          together.increment(pairKey(m[i], m[j]));
        }
      }
      TenderBids tender = market.get(t);
      if (tender.winner() >= 0) {
        winnerOf[t] = ids.get(tender.bidders().get(tender.winner()));
        wins[winnerOf[t]]++;
      }
    }
    for (int t = 0; t < market.size(); t++) {
      int o = t * COUNT + 20;
      int[] m = members[t];
      if (m == null) {
        Arrays.fill(x, o, o + 5, Float.NaN);
        continue;
      }
      double sum = 0;
      double max = 0;
      int pairs = 0;
      for (int i = 0; i < m.length; i++) {
        for (int j = i + 1; j < m.length; j++) {
          int shared = together.get(pairKey(m[i], m[j])) - 1;
          int less = Math.min(tenders[m[i]], tenders[m[j]]) - 1;
          double affinity = less > 0 ? (double) shared / less : 0;
          sum += affinity;
          max = Math.max(max, affinity);
          pairs++;
        }
      }
      x[o] = pairs > 0 ? (float) (sum / pairs) : Float.NaN;
      x[o + 1] = pairs > 0 ? (float) max : Float.NaN;
      x[o + 2] = Float.NaN;
      double loserRate = 0;
      int losers = 0;
      int neverWin = 0;
      int experienced = 0;
      for (int id : m) {
        boolean won = id == winnerOf[t];
        int otherTenders = tenders[id] - 1;
        int otherWins = wins[id] - (won ? 1 : 0);
        if (won) {
          x[o + 2] = otherTenders > 0 ? (float) otherWins / otherTenders : Float.NaN;
        } else if (otherTenders > 0) {
          loserRate += (double) otherWins / otherTenders;
          losers++;
        }
        if (tenders[id] >= 3) {
          experienced++;
          neverWin += wins[id] == 0 ? 1 : 0;
        }
      }
      x[o + 3] = losers > 0 ? (float) (loserRate / losers) : Float.NaN;
      x[o + 4] = experienced > 0 ? (float) neverWin / experienced : Float.NaN;
    }
  }

  private static long pairKey(int a, int b) {
    return a < b ? ((long) a << 32) | b : ((long) b << 32) | a;
  }
}
