package cn.ggzy.lab.rigging;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import cn.ggzy.server.infrastructure.analytics.ScreenIndex;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** On the published markets (skipped when the data sets are absent); each test trains for about a second. */
class ModelEvaluationTest {
  private static List<Market> markets() throws Exception {
    Optional<Path> dir = Datasets.directory();
    assumeTrue(dir.isPresent(), "data sets not found (shared/datasets/bid-rigging)");
    List<Market> markets = new ArrayList<>();
    for (String f : Datasets.FILES) {
      markets.add(ModelEvaluation.market(f, RiggingCommand.read(dir.get().resolve(f))));
    }
    return markets;
  }

  /**
   * The screen index as a city without labels meets it (each market its own reference, no label
   * read): no dev market below 0.50, their mean at least 0.68 (issue 18's expectation).
   */
  @Test
  void theScreenIndexColdStartOnTheDevMarkets() throws Exception {
    double sum = 0;
    List<Market> markets = markets();
    for (Market m : markets) {
      double auc = Metrics.rocAuc(ScreenIndex.withoutReference().scores(m.tenders()), m.labels());
      assertTrue(auc >= 0.50, m.name() + " " + auc);
      sum += auc;
    }
    assertTrue(sum / markets.size() >= 0.68, "mean " + sum / markets.size());
  }

  /** Within Ticino (5-fold by tender, forest on its 224 tenders), near the published 0.945. */
  @Test
  void marketModelWithinTicino() throws Exception {
    Market ticino = markets().get(3);
    double[] within = ModelEvaluation.withinMarket(ticino, FeatureSet.MARKET, 1, 1);
    assertTrue(within[0] >= 0.88, "within-market ROC-AUC on Ticino " + within[0]);
  }
}
