package cn.ggzy.lab.rigging;

import cn.ggzy.server.domain.model.rigging.TenderBids;
import cn.ggzy.server.infrastructure.analytics.RegionLearner;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Measures the classifier per tender: within each market by repeated stratified 5-fold
 * cross-validation (the model sees only that market's training folds; the market's features are
 * computed once over all its tenders, which uses no label), and across markets by leaving one
 * market out (trained on the others, tested on it).
 */
public final class ModelEvaluation {
  static final int FOLDS = 5;

  /** Metrics of one market; {@code positiveRate} is the share of rigged tenders. */
  public record Row(String market, int tenders, double positiveRate, double rocAuc, double prAuc,
      double balancedAccuracy, double lomoRocAuc, double lomoPrAuc, double lomoBalancedAccuracy) {}

  private ModelEvaluation() {}

  public static List<Row> evaluate(List<Market> markets, FeatureSet set, int repeats, long seed) {
    List<Row> rows = new ArrayList<>();
    for (int m = 0; m < markets.size(); m++) {
      Market market = markets.get(m);
      double[] within = withinMarket(market, set, repeats, seed);
      List<Market> others = new ArrayList<>(markets);
      others.remove(m);
      double[] p = XgboostTraining.train(others, set, seed).scores(market.tenders());
      int[] y = market.labels();
      rows.add(new Row(market.name(), y.length, Arrays.stream(y).average().orElse(0), within[0], within[1],
          within[2], Metrics.rocAuc(p, y), Metrics.prAuc(p, y), Metrics.balancedAccuracy(p, y, 0.5)));
    }
    return rows;
  }

  /** Mean ROC-AUC, PR-AUC and balanced accuracy over repeats × folds. */
  static double[] withinMarket(Market market, FeatureSet set, int repeats, long seed) {
    float[] features = TenderFeatures.of(market.tenders());
    int[] y = market.labels();
    return crossValidate(y, repeats, seed, (train, test, rep) -> XgboostTraining
        .trainOnRows(features, y, train, set, seed + rep)
        .predict(rowsOf(features, TenderFeatures.COUNT, test), test.size()));
  }

  /** A model trained on some rows of a market, scoring others. */
  interface FoldModel {
    /** Scores of the {@code test} rows, in order, by a model trained on the {@code train} rows. */
    double[] scores(List<Integer> train, List<Integer> test, int repeat);
  }

  /**
   * Mean ROC-AUC, PR-AUC and balanced accuracy (at 0.5) of {@code model} over {@code repeats} ×
   * stratified {@value #FOLDS} folds by tender (the folds of repeat r are drawn with seed + r).
   */
  static double[] crossValidate(int[] y, int repeats, long seed, FoldModel model) {
    double[] sum = new double[3];
    int runs = 0;
    for (int rep = 0; rep < repeats; rep++) {
      int[] fold = stratifiedFolds(y, new Random(seed + rep));
      for (int f = 0; f < FOLDS; f++) {
        List<Integer> train = new ArrayList<>();
        List<Integer> test = new ArrayList<>();
        for (int i = 0; i < y.length; i++) {
          (fold[i] == f ? test : train).add(i);
        }
        double[] p = model.scores(train, test, rep);
        int[] yt = test.stream().mapToInt(i -> y[i]).toArray();
        sum[0] += Metrics.rocAuc(p, yt);
        sum[1] += Metrics.prAuc(p, yt);
        sum[2] += Metrics.balancedAccuracy(p, yt, 0.5);
        runs++;
      }
    }
    for (int k = 0; k < 3; k++) {
      sum[k] /= runs;
    }
    return sum;
  }

  /** The given rows of a row-major matrix of {@code width} values per row. */
  static float[] rowsOf(float[] x, int width, List<Integer> rows) {
    float[] out = new float[rows.size() * width];
    for (int r = 0; r < rows.size(); r++) {
      System.arraycopy(x, rows.get(r) * width, out, r * width, width);
    }
    return out;
  }

  static int[] stratifiedFolds(int[] y, Random random) {
    return RegionLearner.stratifiedFolds(y, FOLDS, random);
  }

  /** Plain-text table of the rows. */
  public static String table(List<Row> rows) {
    StringBuilder s = new StringBuilder(String.format(
        "%-28s %7s %6s | %8s %8s %8s | %8s %8s %8s%n", "market", "tenders", "pos", "ROC-AUC", "PR-AUC",
        "bal.acc", "LOMO-ROC", "LOMO-PR", "LOMO-BA"));
    for (Row r : rows) {
      s.append(String.format("%-28s %7d %6.3f | %8.3f %8.3f %8.3f | %8.3f %8.3f %8.3f%n", r.market(), r.tenders(),
          r.positiveRate(), r.rocAuc(), r.prAuc(), r.balancedAccuracy(), r.lomoRocAuc(), r.lomoPrAuc(),
          r.lomoBalancedAccuracy()));
    }
    return s.toString();
  }

  /** Markets from labelled tables; tenders without a label are left out. */
  public static Market market(String name, TenderCsv.Table table) {
    List<TenderBids> tenders = new ArrayList<>();
    List<Integer> labels = new ArrayList<>();
    for (TenderCsv.LabelledTender t : table.tenders()) {
      if (t.label() >= 0) {
        tenders.add(t.tender());
        labels.add(t.label());
      }
    }
    return new Market(name, tenders, labels.stream().mapToInt(Integer::intValue).toArray());
  }
}
