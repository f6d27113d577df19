package cn.ggzy.server.infrastructure.analytics;

import cn.ggzy.server.domain.model.rigging.TenderBids;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The two network signs of collusion the screen index reads where bidder identities are known, each
 * per tender of one market (NaN when the tender's bidders are unknown or the market gives too little):
 * <ul>
 *   <li>{@code winnerRotation}: among the other tenders in which at least two of this tender's bidders
 *       met, the share won by one of them, times the share of them that won at least one (a group that
 *       wins its own tenders and takes turns);</li>
 *   <li>{@code neverWin}: the share of this tender's bidders with three or more tenders that never
 *       won any (bidders that keep bidding and never win: cover bids).</li>
 * </ul>
 */
final class BidderNetworkScreens {
  /** Fewer tenders shared by two of the bidders than this: no rotation can be read. */
  static final int MIN_SHARED = 2;
  static final int EXPERIENCED = 3;

  private BidderNetworkScreens() {}

  /** {@code [rotation, neverWin]} per tender, written to {@code x} at {@code offset} of each row of {@code width}. */
  static void of(List<TenderBids> market, float[] x, int width, int offset) {
    int n = market.size();
    Map<String, Integer> ids = new HashMap<>();
    int[][] members = new int[n][];
    for (int t = 0; t < n; t++) {
      TenderBids tender = market.get(t);
      if (tender.biddersKnown()) {
        members[t] = tender.bidders().stream().mapToInt(b -> ids.computeIfAbsent(b, k -> ids.size())).distinct()
            .toArray();
      }
    }
    int[] tenders = new int[ids.size()];
    int[] wins = new int[ids.size()];
    int[] winnerOf = new int[n];
    List<List<Integer>> lists = new ArrayList<>();
    for (int i = 0; i < ids.size(); i++) {
      lists.add(new ArrayList<>());
    }
    for (int t = 0; t < n; t++) {
      winnerOf[t] = -1;
      if (members[t] == null) {
        continue;
      }
      for (int id : members[t]) {
        tenders[id]++;
        lists.get(id).add(t);
      }
      TenderBids tender = market.get(t);
      if (tender.winner() >= 0) {
        winnerOf[t] = ids.get(tender.bidders().get(tender.winner()));
        wins[winnerOf[t]]++;
      }
    }
    List<int[]> tendersOf = lists.stream().map(l -> l.stream().mapToInt(Integer::intValue).toArray()).toList();
    int[] shared = new int[n];
    int[] touched = new int[n];
    int[] inGroup = new int[ids.size()];
    int[] wonMark = new int[ids.size()];
    for (int t = 0; t < n; t++) {
      int o = t * width + offset;
      int[] m = members[t];
      if (m == null) {
        x[o] = Float.NaN;
        x[o + 1] = Float.NaN;
        continue;
      }
      x[o] = rotation(t, m, tendersOf, winnerOf, shared, touched, inGroup, wonMark);
      int experienced = 0;
      int neverWon = 0;
      for (int id : m) {
        if (tenders[id] >= EXPERIENCED) {
          experienced++;
          neverWon += wins[id] == 0 ? 1 : 0;
        }
      }
      x[o + 1] = experienced > 0 ? (float) neverWon / experienced : Float.NaN;
    }
  }

  /**
   * The rotation of tender {@code t}: counts of shared bidders per other tender in {@code shared}
   * (reset through {@code touched}); group membership and winners marked with {@code t + 1}.
   */
  private static float rotation(int t, int[] m, List<int[]> tendersOf, int[] winnerOf, int[] shared, int[] touched,
      int[] inGroup, int[] wonMark) {
    int stamp = t + 1;
    int count = 0;
    for (int id : m) {
      inGroup[id] = stamp;
      for (int other : tendersOf.get(id)) {
        if (other != t) {
          if (shared[other]++ == 0) {
            touched[count++] = other;
          }
        }
      }
    }
    int met = 0;
    int won = 0;
    int withWinner = 0;
    int distinctWinners = 0;
    for (int k = 0; k < count; k++) {
      int other = touched[k];
      int together = shared[other];
      shared[other] = 0;
      if (together < MIN_SHARED) {
        continue;
      }
      met++;
      int w = winnerOf[other];
      if (w >= 0) {
        withWinner++;
        if (inGroup[w] == stamp) {
          won++;
          if (wonMark[w] != stamp) {
            wonMark[w] = stamp;
            distinctWinners++;
          }
        }
      }
    }
    if (met < MIN_SHARED || withWinner == 0) {
      return Float.NaN;
    }
    return (float) ((double) won / withWinner * distinctWinners / m.length);
  }
}
