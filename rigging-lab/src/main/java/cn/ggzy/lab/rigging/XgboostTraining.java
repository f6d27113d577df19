package cn.ggzy.lab.rigging;

import cn.ggzy.server.infrastructure.analytics.MarketReference;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import ml.dmlc.xgboost4j.java.Booster;
import ml.dmlc.xgboost4j.java.DMatrix;
import ml.dmlc.xgboost4j.java.XGBoost;
import ml.dmlc.xgboost4j.java.XGBoostError;

/**
 * Trains an {@link XgboostRiskModel}, a research model over every {@link TenderFeatures} input (the
 * product's default is the screen index; a region's own model is the platform's {@code RegionLearner}).
 * Training weighs every market equally and, inside a market, the rigged and the competitive tenders
 * equally, so that neither a market's size nor its cartel share is learnt; the model file keeps the
 * pooled reference distribution of the training markets.
 */
public final class XgboostTraining {
  private static final int STORED_QUANTILES = 201;
  static final int ROUNDS = 300;
  static final int FOREST_BELOW = 500;
  static final int FOREST_TREES = 300;

  private XgboostTraining() {}

  /** One market's inputs (row-major {@link TenderFeatures}) and labels. */
  record Labelled(float[] features, int[] labels) {}

  /**
   * Trains on the labelled tenders of each market (features and percentiles are computed per
   * market); the model keeps the markets' pooled reference distribution.
   */
  public static XgboostRiskModel train(List<Market> markets, FeatureSet set, long seed) {
    List<Labelled> labelled = new ArrayList<>();
    List<MarketReference> references = new ArrayList<>();
    for (Market m : markets) {
      float[] base = TenderFeatures.base(m.tenders(), true);
      MarketReference ref = MarketReference.of(base, TenderFeatures.BASE_COUNT);
      references.add(ref);
      labelled.add(new Labelled(TenderFeatures.relative(base, ref, null), m.labels()));
    }
    return fitMarkets(labelled, set, MarketReference.pooled(references, STORED_QUANTILES), seed);
  }

  private static XgboostRiskModel fitMarkets(List<Labelled> labelled, FeatureSet set, MarketReference reference,
      long seed) {
    FeatureSet.Inputs inputs = FeatureSet.Inputs.all();
    int rows = labelled.stream().mapToInt(m -> m.labels().length).sum();
    int width = inputs.columns().length;
    float[] x = new float[rows * width];
    float[] y = new float[rows];
    float[] w = new float[rows];
    int r = 0;
    for (Labelled m : labelled) {
      float[] f = inputs.extract(m.features());
      System.arraycopy(f, 0, x, r * width, f.length);
      float[] mw = balancedWeights(m.labels(), (float) rows / labelled.size());
      for (int i = 0; i < m.labels().length; i++) {
        y[r + i] = m.labels()[i];
        w[r + i] = mw[i];
      }
      r += m.labels().length;
    }
    return fit(x, y, w, set, inputs, reference, seed);
  }

  /**
   * Trains on some rows of one market's features (cross-validation inside the market).
   */
  static XgboostRiskModel trainOnRows(float[] features, int[] labels, List<Integer> rows, FeatureSet set, long seed) {
    float[] all = ModelEvaluation.rowsOf(features, TenderFeatures.COUNT, rows);
    int[] labelsOfRows = rows.stream().mapToInt(i -> labels[i]).toArray();
    FeatureSet.Inputs inputs = FeatureSet.Inputs.all();
    return fit(inputs.extract(all), floats(labelsOfRows), balancedWeights(labelsOfRows, rows.size()), set, inputs,
        null, seed);
  }

  /** Labels as XGBoost takes them. */
  static float[] floats(int[] labels) {
    float[] y = new float[labels.length];
    for (int i = 0; i < y.length; i++) {
      y[i] = labels[i];
    }
    return y;
  }

  /** Weights giving each class half of {@code total}. */
  static float[] balancedWeights(int[] labels, float total) {
    int positives = 0;
    for (int label : labels) {
      positives += label;
    }
    int negatives = labels.length - positives;
    float[] w = new float[labels.length];
    for (int i = 0; i < labels.length; i++) {
      w[i] = total * 0.5f / Math.max(1, labels[i] == 1 ? positives : negatives);
    }
    return w;
  }

  private static XgboostRiskModel fit(float[] x, float[] y, float[] w, FeatureSet set, FeatureSet.Inputs inputs,
      MarketReference reference, long seed) {
    try {
      return XgboostRiskModel.of(boost(x, y, w, set, inputs, seed), set, inputs, reference);
    } catch (XGBoostError e) {
      throw new IllegalStateException("training failed", e);
    }
  }

  /**
   * The trees of {@code set} over row-major {@code x} ({@code inputs.columns().length} per row):
   * {@link #parameters}, one forest round or {@value #ROUNDS} boosting rounds ({@link #forest}).
   */
  static Booster boost(float[] x, float[] y, float[] w, FeatureSet set, FeatureSet.Inputs inputs, long seed)
      throws XGBoostError {
    DMatrix train = new DMatrix(x, y.length, inputs.columns().length, Float.NaN);
    try {
      train.setLabel(y);
      train.setWeight(w);
      return XGBoost.train(train, parameters(set, inputs, y.length, seed), forest(set, y.length) ? 1 : ROUNDS,
          Map.of(), null, null);
    } finally {
      train.dispose();
    }
  }

  /**
   * A {@link FeatureSet#MARKET} model on fewer than {@link #FOREST_BELOW} tenders is a random forest
   * (XGBoost's forest mode: {@value #FOREST_TREES} trees of depth 6, a fifth of the inputs per split),
   * which is steadier than boosting on so few rows; otherwise boosted trees.
   */
  static boolean forest(FeatureSet set, int rows) {
    return set == FeatureSet.MARKET && rows < FOREST_BELOW;
  }

  static Map<String, Object> parameters(FeatureSet set, FeatureSet.Inputs inputs, int rows, long seed) {
    Map<String, Object> p = new HashMap<>();
    p.put("objective", "binary:logistic");
    p.put("eta", 0.03);
    p.put("max_depth", inputs.depth());
    p.put("min_child_weight", 5);
    p.put("subsample", 0.8);
    p.put("colsample_bytree", 0.7);
    p.put("lambda", 5.0);
    p.put("tree_method", "hist");
    p.put("nthread", 1);
    p.put("seed", seed);
    p.put("verbosity", 0);
    p.put("monotone_constraints", inputs.monotoneConstraints());
    if (forest(set, rows)) {
      p.put("num_parallel_tree", FOREST_TREES);
      p.put("max_depth", 6);
      p.put("colsample_bynode", 0.2);
      p.put("subsample", 0.632);
      p.put("colsample_bytree", 1.0);
      p.put("eta", 1.0);
      p.put("min_child_weight", 1);
      p.put("lambda", 1e-3);
    }
    return p;
  }
}
