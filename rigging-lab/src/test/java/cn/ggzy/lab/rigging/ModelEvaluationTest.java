package cn.ggzy.lab.rigging;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import cn.ggzy.server.infrastructure.analytics.FeatureSet;
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

  /** Trained on America, Japan and Graubünden only, the portable model ranks Ticino's cartels well above chance. */
  @Test
  void portableModelRanksAMarketItHasNeverSeen() throws Exception {
    List<Market> markets = markets();
    Market ticino = markets.remove(3);
    double[] p = XgboostTraining.train(markets, FeatureSet.PORTABLE, 1).scores(ticino.tenders());
    double auc = Metrics.rocAuc(p, ticino.labels());
    assertTrue(auc >= 0.70, "LOMO ROC-AUC on Ticino " + auc);
  }

  /** Within Ticino (5-fold by tender, forest on its 224 tenders), near the published 0.945. */
  @Test
  void marketModelWithinTicino() throws Exception {
    Market ticino = markets().get(3);
    double[] within = ModelEvaluation.withinMarket(ticino, FeatureSet.MARKET, 1, 1);
    assertTrue(within[0] >= 0.88, "within-market ROC-AUC on Ticino " + within[0]);
  }
}
