package cn.ggzy.server.infrastructure.analytics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.ggzy.server.domain.model.rigging.RiskExplanation;
import cn.ggzy.server.domain.model.rigging.ScreenReading;
import cn.ggzy.server.domain.model.rigging.TenderBids;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The screen index on synthetic markets where the textbook signs hold: each screen, read in the
 * direction the literature gives, ranks the rigged tenders above the competitive ones.
 */
class ScreenIndexTest {
  private final ScreenIndex index = ScreenIndex.withoutReference();

  /**
   * Competitive tenders: independent costs, bids spread widely and symmetrically. Rigged tenders
   * (every third): the designated winner well below cover bids bunched closely together (Imhof 2018;
   * Huber and Imhof 2019), so low CV and spread, a large gap at the bottom relative to the covers'
   * spacing, a heavy peak and a left tail.
   */
  private static List<TenderBids> shapeMarket(int tenders, long seed, int[] labels) {
    Random r = new Random(seed);
    List<TenderBids> market = new ArrayList<>();
    for (int t = 0; t < tenders; t++) {
      int n = 5 + r.nextInt(4);
      double[] p = new double[n];
      boolean rigged = t % 3 == 0;
      double scale = 1e5 * (1 + 50 * r.nextDouble());
      if (rigged) {
        p[0] = scale;
        for (int i = 1; i < n; i++) {
          p[i] = scale * (1.08 + 0.004 * r.nextDouble());
        }
      } else {
        for (int i = 0; i < n; i++) {
          p[i] = scale * (1 + 0.25 * r.nextDouble());
        }
      }
      labels[t] = rigged ? 1 : 0;
      market.add(new TenderBids("t" + t, p, null, 0));
    }
    return market;
  }

  @Test
  void eachShapeScreenPointsTheWayTheLiteratureGives() {
    int[] y = new int[300];
    List<TenderBids> market = shapeMarket(300, 7, y);
    float[] directed = index.directedPercentiles(market, market);
    for (int c = 0; c < 6; c++) {
      double[] p = new double[y.length];
      for (int t = 0; t < y.length; t++) {
        p[t] = directed[t * ScreenIndex.COUNT + c];
      }
      double auc = RocAuc.of(p, y);
      assertTrue(auc > 0.75, ScreenIndex.SCREENS.get(c).name() + " ranks rigged tenders first: " + auc);
    }
    assertTrue(RocAuc.of(index.scores(market), y) > 0.95);
  }

  /** Reversing a screen's direction would rank them last: the directions are not arbitrary. */
  @Test
  void theRawValuesOfTheLowIsSuspiciousScreensRankTheOtherWay() {
    int[] y = new int[300];
    List<TenderBids> market = shapeMarket(300, 8, y);
    float[] values = ScreenIndex.values(market);
    double[] cv = new double[y.length];
    for (int t = 0; t < y.length; t++) {
      cv[t] = values[t * ScreenIndex.COUNT];
    }
    assertTrue(RocAuc.of(cv, y) < 0.25, "a high CV is the competitive sign");
  }

  @Test
  void theExplanationAddsUpToTheScoreAndUndefinedScreensAddNothing() {
    int[] y = new int[120];
    List<TenderBids> market = new ArrayList<>(shapeMarket(120, 9, y));
    market.add(new TenderBids("two", new double[] {100, 130}, null, 0));
    List<RiskExplanation> explained = index.explain(market, market);
    for (RiskExplanation e : explained) {
      assertEquals(e.score(), e.contributions(), 1e-9);
      assertTrue(e.score() >= 0 && e.score() <= 1);
      for (ScreenReading r : e.readings()) {
        assertEquals(r.defined() ? r.percentile() / 6 : 0, r.contribution(), 1e-9, r.screen());
      }
    }
    RiskExplanation two = explained.get(explained.size() - 1);
    assertEquals(0, two.score(), 1e-12, "two bids have no shape: no suspicion, not an average one");
    assertTrue(two.readings().stream().noneMatch(ScreenReading::defined));
  }

  /**
   * A group of five firms takes turns winning the tenders it bids in (and two of them only ever cover);
   * the other firms win at random among many. Rotation and never-win point at the group's tenders.
   */
  @Test
  void theNetworkScreensPointAtAGroupThatTakesTurns() {
    Random r = new Random(3);
    List<TenderBids> market = new ArrayList<>();
    int[] y = new int[200];
    List<String> ring = List.of("R1", "R2", "R3", "R4", "R5");
    for (int t = 0; t < 200; t++) {
      boolean rigged = t % 4 == 0;
      List<String> bidders = new ArrayList<>();
      if (rigged) {
        bidders.addAll(ring);
      } else {
        while (bidders.size() < 5) {
          String b = "F" + r.nextInt(60);
          if (!bidders.contains(b)) {
            bidders.add(b);
          }
        }
      }
      double[] p = new double[5];
      for (int i = 0; i < 5; i++) {
        p[i] = 100 + 20 * r.nextDouble();
      }
      int winner = rigged ? (t / 4) % 3 : r.nextInt(5);
      y[t] = rigged ? 1 : 0;
      market.add(new TenderBids("n" + t, p, bidders, winner));
    }
    float[] directed = index.directedPercentiles(market, market);
    for (int c = 6; c < 8; c++) {
      double[] p = new double[y.length];
      for (int t = 0; t < y.length; t++) {
        p[t] = directed[t * ScreenIndex.COUNT + c];
      }
      assertTrue(RocAuc.of(p, y) > 0.8, ScreenIndex.SCREENS.get(c).name() + " " + RocAuc.of(p, y));
    }
    assertEquals(8, index.explain(market, market).get(0).readings().size());
    double auc = RocAuc.of(index.scores(market), y);
    assertTrue(auc > 0.6, "the index with six screens of noise: " + auc);
  }

  @Test
  void theShippedReferenceReadsEveryScreen() {
    int[] y = new int[60];
    List<TenderBids> market = shapeMarket(60, 10, y);
    ScreenIndex shipped = ScreenIndex.shipped();
    double[] alone = shipped.scores(market.subList(0, 3), List.of());
    assertTrue(Arrays.stream(alone).allMatch(s -> s > 0 && s < 1), Arrays.toString(alone));
  }
}
