package cn.ggzy.server.application.internal.rigging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.ggzy.server.domain.model.tender.Participation;
import cn.ggzy.server.infrastructure.analytics.JgraphtCoBiddingNetwork;
import cn.ggzy.tenants.TenantId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The snapshot on generated data: planted rings are found among 10 000 random tenders; the time is printed. */
class CoBiddingSnapshotTest {
  private static final TenantId ZJJ = TenantId.of("421181-zjj");

  @Test
  void theIdDependsOnTheMembersOnlyNotOnTheirOrder() {
    assertEquals(CoBiddingSnapshot.idOf(List.of("B", "A", "C")), CoBiddingSnapshot.idOf(List.of("A", "B", "C")));
    assertNotEquals(CoBiddingSnapshot.idOf(List.of("A", "B")), CoBiddingSnapshot.idOf(List.of("A", "B", "C")));
    assertEquals(16, CoBiddingSnapshot.idOf(List.of("A")).length());
  }

  @Test
  void plantedRingsAreFoundAmongTenThousandRandomTenders() {
    Random random = new Random(42);
    List<Participation> bids = new ArrayList<>();
    for (int t = 0; t < 10_000; t++) {
      Set<String> bidders = new LinkedHashSet<>();
      int size = 3 + random.nextInt(6);
      while (bidders.size() < size) {
        bidders.add("B" + random.nextInt(3000));
      }
      add(bids, "T" + t, List.copyOf(bidders), random.nextInt(size));
    }
    for (int ring = 0; ring < 20; ring++) {
      for (int t = 0; t < 8; t++) {
        List<String> members = List.of("R" + ring + "a", "R" + ring + "b", "R" + ring + "c");
        add(bids, "R" + ring + "-" + t, members, t % 2);
      }
    }
    long start = System.nanoTime();
    CoBiddingSnapshot snapshot = CoBiddingSnapshot.build("v1", bids, new JgraphtCoBiddingNetwork());
    long built = System.nanoTime();
    String id = CoBiddingSnapshot.idOf(List.of("R7a", "R7b", "R7c"));
    CoBiddingSnapshot.Group group = snapshot.byId.get(id);
    long found = System.nanoTime();
    System.out.printf("network of %d bids in %d tenders: built in %d ms, %d groups; group looked up in %d µs%n",
        bids.size(), snapshot.byTender.size(), (built - start) / 1_000_000, snapshot.groups.size(),
        (found - built) / 1_000);
    assertEquals(List.of("R7a", "R7b", "R7c"), group.group().members());
    assertEquals(8, group.group().tendersTogether());
    assertEquals(List.of("R7c"), group.group().coverBidders());
    assertTrue(DefaultCoBiddingViews.rotating(group.group()));
    assertEquals(20, snapshot.groups.stream().filter(g -> g.group().members().get(0).startsWith("R")).count(),
        "every ring, and the random bidders do not join them");
  }

  private static void add(List<Participation> bids, String tender, List<String> bidders, int winner) {
    for (int i = 0; i < bidders.size(); i++) {
      bids.add(new Participation(ZJJ, tender, "工程" + tender, "BD1", "一标段", bidders.get(i), "公司" + bidders.get(i),
          i == winner));
    }
  }
}
