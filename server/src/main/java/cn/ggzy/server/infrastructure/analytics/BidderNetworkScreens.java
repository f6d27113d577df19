package cn.ggzy.server.infrastructure.analytics;

import cn.ggzy.server.domain.model.rigging.TenderBids;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
    List<List<Integer>> tendersOf = new ArrayList<>();
    for (int i = 0; i < ids.size(); i++) {
      tendersOf.add(new ArrayList<>());
    }
    for (int t = 0; t < n; t++) {
      winnerOf[t] = -1;
      if (members[t] == null) {
        continue;
      }
      for (int id : members[t]) {
        tenders[id]++;
        tendersOf.get(id).add(t);
      }
      TenderBids tender = market.get(t);
      if (tender.winner() >= 0) {
        winnerOf[t] = ids.get(tender.bidders().get(tender.winner()));
        wins[winnerOf[t]]++;
      }
    }
    Map<Integer, Integer> shared = new HashMap<>();
    for (int t = 0; t < n; t++) {
      int o = t * width + offset;
      int[] m = members[t];
      if (m == null) {
        x[o] = Float.NaN;
        x[o + 1] = Float.NaN;
        continue;
      }
      x[o] = rotation(t, m, tendersOf, winnerOf, shared);
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

  private static float rotation(int t, int[] m, List<List<Integer>> tendersOf, int[] winnerOf,
      Map<Integer, Integer> shared) {
    shared.clear();
    for (int id : m) {
      for (int other : tendersOf.get(id)) {
        if (other != t) {
          shared.merge(other, 1, Integer::sum);
        }
      }
    }
    Set<Integer> group = new HashSet<>();
    for (int id : m) {
      group.add(id);
    }
    int met = 0;
    int won = 0;
    int withWinner = 0;
    Set<Integer> winners = new HashSet<>();
    for (Map.Entry<Integer, Integer> e : shared.entrySet()) {
      if (e.getValue() < MIN_SHARED) {
        continue;
      }
      met++;
      int w = winnerOf[e.getKey()];
      if (w >= 0) {
        withWinner++;
        if (group.contains(w)) {
          won++;
          winners.add(w);
        }
      }
    }
    if (met < MIN_SHARED || withWinner == 0) {
      return Float.NaN;
    }
    return (float) ((double) won / withWinner * winners.size() / m.length);
  }
}
