package cn.ggzy.server.infrastructure.analytics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.ggzy.server.domain.model.rigging.CoBiddingGroup;
import cn.ggzy.server.domain.model.rigging.TenderBids;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class JgraphtCoBiddingNetworkTest {
  private final JgraphtCoBiddingNetwork network = new JgraphtCoBiddingNetwork();

  private static TenderBids tender(String id, int winner, String... bidders) {
    double[] prices = new double[bidders.length];
    for (int i = 0; i < prices.length; i++) {
      prices[i] = 100 + i;
    }
    return new TenderBids(id, prices, List.of(bidders), winner);
  }

  @Test
  void aRingThatTakesTurnsWithACoverBidder() {
    List<TenderBids> tenders = new ArrayList<>();
    String[] ring = {"A", "B", "C"};
    for (int i = 0; i < 6; i++) {
      // A, B, C win in turn; D always bids with them and never wins
      tenders.add(tender("R" + i, 0, ring[i % 3], ring[(i + 1) % 3], ring[(i + 2) % 3], "D"));
    }
    // independent bidders meet only by chance
    tenders.add(tender("X1", 0, "E", "F"));
    tenders.add(tender("X2", 1, "F", "G"));
    tenders.add(tender("X3", 0, "E", "G", "A"));
    List<CoBiddingGroup> groups = network.groups(tenders);
    assertEquals(1, groups.size(), groups.toString());
    CoBiddingGroup g = groups.get(0);
    assertEquals(List.of("A", "B", "C", "D"), g.members());
    assertEquals(6, g.tendersTogether());
    assertEquals(List.of("D"), g.coverBidders());
    assertEquals(2, g.wins().get("A"));
    // three of four members share the wins evenly: log 3 / log 4
    assertEquals(Math.log(3) / Math.log(4), g.rotation(), 1e-9);
  }

  @Test
  void onePermanentWinnerIsNoRotation() {
    List<TenderBids> tenders = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      tenders.add(tender("T" + i, 0, "A", "B"));
    }
    CoBiddingGroup g = network.groups(tenders).get(0);
    assertEquals(0, g.rotation(), 1e-12);
    assertEquals(List.of("B"), g.coverBidders());
  }

  @Test
  void biddersThatMeetRarelyFormNoGroup() {
    List<TenderBids> tenders = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      tenders.add(tender("T" + i, 0, "P" + i, "Q" + (i % 5), "R" + (i % 2)));
    }
    assertTrue(network.groups(tenders).stream().noneMatch(g -> g.members().contains("P0")));
  }
}
