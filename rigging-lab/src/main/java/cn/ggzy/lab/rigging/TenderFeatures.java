package cn.ggzy.lab.rigging;

import cn.ggzy.server.domain.model.rigging.TenderBids;
import cn.ggzy.server.infrastructure.analytics.MarketReference;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The classifier's inputs for a batch of tenders of one market (one region and trade). Nothing
 * depends on the currency or the size of the market: the {@link BidShape} inputs are scale-free,
 * the bidder network is described by shares, and every input is also given as its percentile
 * within a reference market ({@code q_…}: the batch itself, the tenant's history, or the shipped
 * pooled reference; no label is used). Unknown inputs (no winner, no bidder ids, too few bids) are
 * NaN, which the trees route on their own. Never an id or a date.
 */
public final class TenderFeatures {
  static final List<String> NETWORK = List.of(
      "pairAffinityMean", "pairAffinityMax", "winnerWinRate", "loserWinRate", "neverWinShare");
  /** The inputs read from the tender (and the network of its batch). */
  static final List<String> BASE = concat(BidShape.NAMES, NETWORK);
  public static final int BASE_COUNT = BASE.size();
  static final String RELATIVE = "q_";
  public static final List<String> NAMES = concat(BASE, BASE.stream().map(n -> RELATIVE + n).toList());
  public static final int COUNT = NAMES.size();
  private static final int NETWORK_AT = BidShape.COUNT;

  private TenderFeatures() {}

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> all = new ArrayList<>(a);
    all.addAll(b);
    return List.copyOf(all);
  }

  public static int index(String name) {
    int i = NAMES.indexOf(name);
    if (i < 0) {
      throw new IllegalArgumentException("unknown input " + name);
    }
    return i;
  }

  /** Row-major matrix, {@link #COUNT} values per tender; percentiles within the batch itself. */
  public static float[] of(List<TenderBids> market) {
    return of(market, null, true);
  }

  /**
   * As {@link #of(List)}, with the percentiles read from {@code reference} (null: the batch
   * itself); without the network the bidder inputs are NaN (cheaper when a model ignores them).
   */
  static float[] of(List<TenderBids> tenders, MarketReference reference, boolean withNetwork) {
    float[] base = base(tenders, withNetwork);
    MarketReference ref = reference != null ? reference : MarketReference.of(base, BASE_COUNT, null);
    return relative(base, ref, null);
  }

  /** The {@link #BASE} inputs, {@link #BASE_COUNT} per tender. */
  public static float[] base(List<TenderBids> tenders, boolean withNetwork) {
    return base(tenders, withNetwork, true);
  }

  /**
   * As {@link #base(List, boolean)}; without {@code pairs} the pair affinities (the costly part of
   * the network: every pair of bidders of every tender) are left NaN.
   */
  static float[] base(List<TenderBids> tenders, boolean withNetwork, boolean pairs) {
    int n = tenders.size();
    float[] x = new float[n * BASE_COUNT];
    for (int t = 0; t < n; t++) {
      BidShape.of(tenders.get(t), x, t * BASE_COUNT);
    }
    if (withNetwork) {
      network(tenders, x, pairs);
    } else {
      for (int t = 0; t < n; t++) {
        Arrays.fill(x, t * BASE_COUNT + NETWORK_AT, t * BASE_COUNT + BASE_COUNT, Float.NaN);
      }
    }
    return x;
  }

  /**
   * Appends to each row of base inputs their percentiles in {@code reference}; only those of the
   * base inputs marked in {@code needed} (null: all), the others NaN.
   */
  public static float[] relative(float[] base, MarketReference reference, boolean[] needed) {
    int n = base.length / BASE_COUNT;
    float[] x = new float[n * COUNT];
    for (int t = 0; t < n; t++) {
      System.arraycopy(base, t * BASE_COUNT, x, t * COUNT, BASE_COUNT);
      for (int c = 0; c < BASE_COUNT; c++) {
        x[t * COUNT + BASE_COUNT + c] = needed == null || needed[c]
            ? reference.percentile(c, base[t * BASE_COUNT + c]) : Float.NaN;
      }
    }
    return x;
  }

  /**
   * How closely the tender's bidders are tied to each other elsewhere in the market: for each pair,
   * the share of the less active one's other tenders that they shared; the winner's and the losers'
   * win rates in their other tenders; the share of bidders (with three or more tenders) that never win.
   */
  private static void network(List<TenderBids> market, float[] x, boolean withPairs) {
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
    LongIntCounter together = new LongIntCounter(withPairs ? market.size() * 8 : 1);
    int[] winnerOf = new int[market.size()];
    for (int t = 0; t < market.size(); t++) {
      int[] m = members[t];
      winnerOf[t] = -1;
      if (m == null) {
        continue;
      }
      for (int i = 0; i < m.length; i++) {
        tenders[m[i]]++;
        for (int j = i + 1; withPairs && j < m.length; j++) {
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
      int o = t * BASE_COUNT + NETWORK_AT;
      int[] m = members[t];
      if (m == null) {
        Arrays.fill(x, o, o + 5, Float.NaN);
        continue;
      }
      double sum = 0;
      double max = 0;
      int pairs = 0;
      for (int i = 0; withPairs && i < m.length; i++) {
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
