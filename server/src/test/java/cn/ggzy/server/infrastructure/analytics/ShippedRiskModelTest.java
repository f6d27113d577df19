package cn.ggzy.server.infrastructure.analytics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.ggzy.server.domain.model.rigging.RiskExplanation;
import cn.ggzy.server.domain.model.rigging.TenderBids;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The default shipped with the product (the screen index), as the live screening path and the command use it. */
class ShippedRiskModelTest {
  private final ShippedRiskModel model = new ShippedRiskModel();

  /** Lowest bid far below four cover bids placed close together. */
  private static TenderBids cover(String id) {
    return new TenderBids(id, new double[] {100, 115, 115.5, 116, 116.4}, null, 0);
  }

  private static TenderBids even(String id) {
    return new TenderBids(id, new double[] {100, 104, 108, 112, 116}, null, 0);
  }

  private static List<TenderBids> market(int tenders, double coverShare, long seed) {
    Random r = new Random(seed);
    List<TenderBids> m = new ArrayList<>();
    for (int t = 0; t < tenders; t++) {
      double[] p = new double[6];
      boolean coverBids = r.nextDouble() < coverShare;
      p[0] = 100;
      for (int i = 1; i < p.length; i++) {
        p[i] = coverBids ? 115 + r.nextDouble() : 100 + 20 * r.nextDouble();
      }
      m.add(new TenderBids("m" + t, p, null, 0));
    }
    return m;
  }

  @Test
  void theShippedDefaultIsTheScreenIndexAndExplainsEachScore() {
    List<TenderBids> batch = List.of(even("e"), cover("c"));
    List<RiskExplanation> explained = model.explain(batch, List.of());
    double[] scores = model.scores(batch, List.of());
    for (int t = 0; t < batch.size(); t++) {
      RiskExplanation e = explained.get(t);
      assertEquals(ScreenIndex.NAME, e.model());
      assertEquals(scores[t], e.score(), 1e-12);
      assertEquals(e.score(), e.contributions(), 1e-9, "the parts add up to the score");
      assertEquals(6, e.readings().size(), "no bidders known: the six shape screens only");
    }
  }

  @Test
  void aSectionScreenedAloneIsReadAgainstTheShippedReference() {
    double[] alone = model.scores(List.of(cover("c")));
    double[] scores = model.scores(List.of(even("e"), cover("c")));
    assertEquals(alone[0], scores[1], 1e-9, "a short batch does not change a tender's score");
    assertTrue(scores[1] > scores[0], "cover bids score higher than evenly spread bids");
    assertTrue(scores[0] >= 0 && scores[1] <= 1);
    assertArrayEquals(alone, model.scores(List.of(cover("c")), List.of()), 1e-9);
  }

  /**
   * Against a history of the same market where cover bidding is the norm, the same tender is less
   * unusual, so it scores lower than against the shipped reference; a short history is ignored.
   */
  @Test
  void aLongEnoughHistoryOfTheMarketIsTheReference() {
    double shippedReference = model.scores(List.of(cover("c")))[0];
    double againstCoverMarket = model.scores(List.of(cover("c")), market(200, 0.9, 1))[0];
    double againstShortHistory = model.scores(List.of(cover("c")), market(MarketReference.MIN_TENDERS - 1, 0.9, 1))[0];
    assertTrue(againstCoverMarket < shippedReference, againstCoverMarket + " vs " + shippedReference);
    assertEquals(shippedReference, againstShortHistory, 1e-9);
  }

  @Test
  void aLongBatchIsItsOwnMarket() {
    List<TenderBids> batch = market(MarketReference.MIN_TENDERS, 0.3, 2);
    double[] inBatch = model.scores(batch);
    double[] againstItself = model.scores(batch, batch);
    assertArrayEquals(inBatch, againstItself, 1e-9);
    assertEquals(batch.size(), inBatch.length);
  }
}
