package cn.ggzy.server.infrastructure.analytics;

import cn.ggzy.server.domain.model.rigging.TenderBids;
import cn.ggzy.server.domain.service.CollusionRiskModel;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import ml.dmlc.xgboost4j.java.Booster;
import ml.dmlc.xgboost4j.java.DMatrix;
import ml.dmlc.xgboost4j.java.XGBoost;
import ml.dmlc.xgboost4j.java.XGBoostError;

/**
 * Gradient-boosted trees (XGBoost4J) over {@link TenderFeatures}, restricted to a
 * {@link FeatureSet} (stored in the model file). Training weighs every market equally and, inside
 * a market, the rigged and the competitive tenders equally, so that neither a market's size nor its
 * cartel share is learnt. The product ships a {@link FeatureSet#PORTABLE} model trained on the four
 * published markets.
 */
public final class XgboostRiskModel implements CollusionRiskModel {
  /** The model shipped with the product. */
  public static final String SHIPPED = "/cn/ggzy/server/rigging/collusion-model.ubj";
  private static final String SET_ATTRIBUTE = "ggzy.featureSet";
  static final int ROUNDS = 300;

  private final Booster booster;
  private final FeatureSet set;

  private XgboostRiskModel(Booster booster, FeatureSet set) {
    this.booster = booster;
    this.set = set;
  }

  /** One market's tenders with their labels (1 rigged, 0 competitive). */
  public record Market(String name, List<TenderBids> tenders, int[] labels) {}

  public static XgboostRiskModel shipped() {
    try (InputStream in = XgboostRiskModel.class.getResourceAsStream(SHIPPED)) {
      if (in == null) {
        throw new IllegalStateException("model resource missing: " + SHIPPED);
      }
      return of(in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static XgboostRiskModel load(Path file) throws IOException {
    return of(Files.readAllBytes(file));
  }

  private static XgboostRiskModel of(byte[] bytes) throws IOException {
    try {
      Booster booster = XGBoost.loadModel(bytes);
      String set = booster.getAttr(SET_ATTRIBUTE);
      return new XgboostRiskModel(booster, set == null ? FeatureSet.PORTABLE : FeatureSet.valueOf(set));
    } catch (XGBoostError | IllegalArgumentException e) {
      throw new IOException("not a collusion model", e);
    }
  }

  public FeatureSet featureSet() {
    return set;
  }

  public void save(Path file) throws IOException {
    try {
      Files.write(file, booster.toByteArray("ubj"));
    } catch (XGBoostError e) {
      throw new IOException(e);
    }
  }

  /** Trains on the labelled tenders of each market (features are computed per market). */
  public static XgboostRiskModel train(List<Market> markets, FeatureSet set, long seed) {
    int rows = markets.stream().mapToInt(m -> m.tenders().size()).sum();
    float[] x = new float[rows * TenderFeatures.COUNT];
    float[] y = new float[rows];
    float[] w = new float[rows];
    int r = 0;
    for (Market m : markets) {
      float[] f = TenderFeatures.of(m.tenders(), set.usesNetwork());
      System.arraycopy(f, 0, x, r * TenderFeatures.COUNT, f.length);
      float[] mw = balancedWeights(m.labels(), (float) rows / markets.size());
      for (int i = 0; i < m.labels().length; i++) {
        y[r + i] = m.labels()[i];
        w[r + i] = mw[i];
      }
      r += m.labels().length;
    }
    return fit(set.mask(x), y, w, set, seed);
  }

  /** Trains on some rows of one market's features (cross-validation inside the market). */
  static XgboostRiskModel trainOnRows(float[] features, int[] labels, List<Integer> rows, FeatureSet set, long seed) {
    float[] x = ModelEvaluation.rowsOf(features, rows);
    int[] labelsOfRows = rows.stream().mapToInt(i -> labels[i]).toArray();
    float[] y = new float[rows.size()];
    for (int i = 0; i < y.length; i++) {
      y[i] = labelsOfRows[i];
    }
    return fit(set.mask(x), y, balancedWeights(labelsOfRows, rows.size()), set, seed);
  }

  /** Weights giving each class half of {@code total}. */
  private static float[] balancedWeights(int[] labels, float total) {
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

  private static XgboostRiskModel fit(float[] x, float[] y, float[] w, FeatureSet set, long seed) {
    try {
      DMatrix train = new DMatrix(x, y.length, TenderFeatures.COUNT, Float.NaN);
      train.setLabel(y);
      train.setWeight(w);
      Booster booster = XGBoost.train(train, parameters(set, seed), ROUNDS, Map.of(), null, null);
      booster.setAttr(SET_ATTRIBUTE, set.name());
      train.dispose();
      return new XgboostRiskModel(booster, set);
    } catch (XGBoostError e) {
      throw new IllegalStateException("training failed", e);
    }
  }

  static Map<String, Object> parameters(FeatureSet set, long seed) {
    Map<String, Object> p = new HashMap<>();
    p.put("objective", "binary:logistic");
    p.put("eta", 0.03);
    p.put("max_depth", set.depth());
    p.put("min_child_weight", 5);
    p.put("subsample", 0.8);
    p.put("colsample_bytree", 0.7);
    p.put("lambda", 5.0);
    p.put("tree_method", "hist");
    p.put("nthread", 2);
    p.put("seed", seed);
    p.put("verbosity", 0);
    p.put("monotone_constraints", set.monotoneConstraints());
    return p;
  }

  @Override
  public double[] scores(List<TenderBids> market) {
    if (market.isEmpty()) {
      return new double[0];
    }
    return predict(TenderFeatures.of(market, set.usesNetwork()), market.size());
  }

  /** Probabilities for rows of {@link TenderFeatures} (masked here to this model's set). */
  public double[] predict(float[] features, int rows) {
    try {
      float[][] p = booster.inplace_predict(set.mask(features), rows, TenderFeatures.COUNT, Float.NaN);
      double[] out = new double[rows];
      for (int i = 0; i < rows; i++) {
        out[i] = p[i][0];
      }
      return out;
    } catch (XGBoostError e) {
      throw new IllegalStateException("prediction failed", e);
    }
  }
}
