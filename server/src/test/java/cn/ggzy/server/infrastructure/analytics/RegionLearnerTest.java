package cn.ggzy.server.infrastructure.analytics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.ggzy.server.domain.model.rigging.TenderBids;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The region model and the rule that decides whether it replaces the screen index. */
class RegionLearnerTest {

  /**
   * Competitive-looking bids everywhere (the index cannot tell), but one ring of firms bids together
   * in the rigged tenders: what the labels teach about the firms finds them.
   */
  private static List<TenderBids> ringMarket(int[] truth, long seed) {
    Random r = new Random(seed);
    List<TenderBids> market = new ArrayList<>();
    for (int t = 0; t < truth.length; t++) {
      boolean rigged = t % 5 == 0;
      List<String> bidders = new ArrayList<>();
      while (bidders.size() < 4) {
        String b = rigged && bidders.size() < 3 ? "R" + r.nextInt(4) : "F" + r.nextInt(80);
        if (!bidders.contains(b)) {
          bidders.add(b);
        }
      }
      double[] p = new double[4];
      for (int i = 0; i < 4; i++) {
        p[i] = 100 + 20 * r.nextDouble();
      }
      truth[t] = rigged ? 1 : 0;
      market.add(new TenderBids("t" + t, p, bidders, r.nextInt(4)));
    }
    return market;
  }

  private static RegionLearner learner(List<TenderBids> market) {
    ScreenIndex index = ScreenIndex.withoutReference();
    return new RegionLearner(market, index.directedPercentiles(market, market), index.scores(market));
  }

  private static int[] firstLabels(int[] truth, int count) {
    int[] labels = new int[truth.length];
    Arrays.fill(labels, -1);
    System.arraycopy(truth, 0, labels, 0, count);
    return labels;
  }

  @Test
  void aModelThatBeatsTheIndexOnTheLabelsIsUsed() {
    int[] truth = new int[400];
    List<TenderBids> market = ringMarket(truth, 1);
    RegionLearner.Outcome o = learner(market).learn(firstLabels(truth, 100), 5);
    assertTrue(o.switched(), o.candidateAuc() + " vs " + o.defaultAuc());
    assertTrue(o.candidateAuc() > o.defaultAuc());
    List<Integer> rest = new ArrayList<>();
    for (int t = 100; t < truth.length; t++) {
      rest.add(t);
    }
    double[] p = rest.stream().mapToDouble(t -> o.scores()[t]).toArray();
    int[] y = rest.stream().mapToInt(t -> truth[t]).toArray();
    assertTrue(RocAuc.of(p, y) > 0.9, "on tenders it never saw: " + RocAuc.of(p, y));
  }

  /** Labels unrelated to anything a model can see: the candidate does not beat the index, which stays. */
  @Test
  void aModelThatDoesNotBeatTheIndexIsNotUsed() {
    int[] truth = new int[400];
    List<TenderBids> market = ringMarket(truth, 2);
    ScreenIndex index = ScreenIndex.withoutReference();
    double[] defaults = index.scores(market);
    Random r = new Random(9);
    int[] labels = new int[truth.length];
    Arrays.fill(labels, -1);
    for (int t = 0; t < 120; t++) {
      labels[t] = r.nextInt(2);
    }
    RegionLearner.Outcome o = learner(market).learn(labels, 5);
    assertFalse(o.switched(), o.candidateAuc() + " vs " + o.defaultAuc());
    assertNull(o.model());
    assertTrue(Arrays.equals(defaults, o.scores()), "the index's scores stay");
  }

  @Test
  void tooFewLabelsOfAClassTrainNothing() {
    int[] truth = new int[200];
    List<TenderBids> market = ringMarket(truth, 3);
    int[] labels = firstLabels(truth, 200);
    int rigged = 0;
    for (int t = 0; t < labels.length; t++) {
      if (labels[t] == 1 && ++rigged >= RegionLearner.MIN_PER_CLASS) {
        labels[t] = -1;
      }
    }
    RegionLearner.Outcome o = learner(market).learn(labels, 5);
    assertFalse(o.switched());
    assertTrue(Double.isNaN(o.candidateAuc()));
    assertEquals(RegionLearner.MIN_PER_CLASS - 1, o.positives());
  }

  @Test
  void jaccardOfSortedSets() {
    assertEquals(0.4, RegionLearner.jaccard(new int[] {1, 2, 3}, new int[] {2, 3, 4, 5}), 1e-12);
    assertEquals(1, RegionLearner.jaccard(new int[] {1, 2}, new int[] {1, 2}), 1e-12);
  }
}
