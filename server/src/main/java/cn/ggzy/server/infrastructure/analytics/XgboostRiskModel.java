package cn.ggzy.server.infrastructure.analytics;

import cn.ggzy.server.domain.model.rigging.TenderBids;
import cn.ggzy.server.domain.service.CollusionRiskModel;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import ml.dmlc.xgboost4j.java.Booster;
import ml.dmlc.xgboost4j.java.DMatrix;
import ml.dmlc.xgboost4j.java.XGBoost;
import ml.dmlc.xgboost4j.java.XGBoostError;

/**
 * Gradient-boosted trees (XGBoost4J) over {@link TenderFeatures}, restricted to the inputs its
 * {@link FeatureSet} chose from the training markets (stored in the model file with the pooled
 * reference distribution of the training markets). Training weighs every market equally and, inside
 * a market, the rigged and the competitive tenders equally, so that neither a market's size nor its
 * cartel share is learnt. The product ships a {@link FeatureSet#PORTABLE} model trained on the four
 * published markets.
 *
 * <p>Percentile inputs are read against the scored batch itself when it holds at least
 * {@link MarketReference#MIN_TENDERS} tenders, against a given history of the same market when that
 * is long enough, and otherwise against the shipped reference (the training markets pooled).
 */
public final class XgboostRiskModel implements CollusionRiskModel {
  /** The model shipped with the product. */
  public static final String SHIPPED = "/cn/ggzy/server/rigging/collusion-model.ubj";
  private static final String SET_ATTRIBUTE = "ggzy.featureSet";
  private static final String COLUMNS_ATTRIBUTE = "ggzy.columns";
  private static final String MONOTONE_ATTRIBUTE = "ggzy.monotone";
  private static final String REFERENCE_ATTRIBUTE = "ggzy.reference";
  private static final String TUNING_ATTRIBUTE = "ggzy.tuning";
  private static final int STORED_QUANTILES = 201;
  static final int ROUNDS = 300;
  static final int FOREST_BELOW = 500;
  static final int FOREST_TREES = 300;

  private final Booster booster;
  private final FeatureSet set;
  private final FeatureSet.Inputs inputs;
  private final MarketReference reference;

  private XgboostRiskModel(Booster booster, FeatureSet set, FeatureSet.Inputs inputs, MarketReference reference) {
    this.booster = booster;
    this.set = set;
    this.inputs = inputs;
    this.reference = reference;
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
      String columns = booster.getAttr(COLUMNS_ATTRIBUTE);
      String monotone = booster.getAttr(MONOTONE_ATTRIBUTE);
      String reference = booster.getAttr(REFERENCE_ATTRIBUTE);
      if (set == null || columns == null || monotone == null || reference == null) {
        throw new IOException("not a collusion model of this version (retrain it with rigging train)");
      }
      int[] c = Arrays.stream(columns.split(",")).mapToInt(TenderFeatures::index).toArray();
      int[] m = Arrays.stream(monotone.split(",")).mapToInt(Integer::parseInt).toArray();
      return new XgboostRiskModel(booster, FeatureSet.valueOf(set), new FeatureSet.Inputs(c, m, 0),
          MarketReference.decode(reference));
    } catch (XGBoostError | IllegalArgumentException e) {
      throw new IOException("not a collusion model", e);
    }
  }

  public FeatureSet featureSet() {
    return set;
  }

  /** Names of the inputs the model uses. */
  public List<String> inputs() {
    return inputs.names();
  }

  public void save(Path file) throws IOException {
    try {
      Files.write(file, booster.toByteArray("ubj"));
    } catch (XGBoostError e) {
      throw new IOException(e);
    }
  }

  /**
   * Trains on the labelled tenders of each market (features and percentiles are computed per
   * market). A {@link FeatureSet#PORTABLE} model on two or more markets first picks its
   * {@link Tuning} by leave-one-market-out among those markets only (nested: a market left out of
   * training is never read here).
   */
  public static XgboostRiskModel train(List<Market> markets, FeatureSet set, long seed) {
    List<FeatureSet.Labelled> labelled = new ArrayList<>();
    List<MarketReference> references = new ArrayList<>();
    for (Market m : markets) {
      float[] base = TenderFeatures.base(m.tenders(), true);
      MarketReference ref = MarketReference.of(base, TenderFeatures.BASE_COUNT);
      references.add(ref);
      labelled.add(new FeatureSet.Labelled(TenderFeatures.relative(base, ref, null), m.labels()));
    }
    Tuning tuning = set == FeatureSet.PORTABLE && markets.size() >= 2 ? tune(labelled, seed) : Tuning.DEFAULT;
    XgboostRiskModel model = fitMarkets(labelled, set, tuning, MarketReference.pooled(references, STORED_QUANTILES), seed);
    model.setAttribute(TUNING_ATTRIBUTE, tuning.toString());
    return model;
  }

  /**
   * The portable rule's two settings: the agreement every training market must show, and the depth
   * of the trees (1 = additive; 2 = pairs of the chosen inputs).
   */
  record Tuning(double agreement, int depth) {
    static final Tuning DEFAULT = new Tuning(FeatureSet.AGREEMENT, 1);
    static final List<Tuning> GRID = List.of(DEFAULT, new Tuning(0.52, 1), new Tuning(0.55, 1),
        new Tuning(FeatureSet.AGREEMENT, 2), new Tuning(0.52, 2), new Tuning(0.55, 2));

    @Override
    public String toString() {
      return String.format(java.util.Locale.ROOT, "agreement=%.2f depth=%d", agreement, depth);
    }
  }

  /** The setting with the best mean ROC-AUC when each of these markets is left out in turn. */
  static Tuning tune(List<FeatureSet.Labelled> markets, long seed) {
    Tuning best = Tuning.DEFAULT;
    double bestAuc = Double.NEGATIVE_INFINITY;
    for (Tuning t : Tuning.GRID) {
      double sum = 0;
      for (int v = 0; v < markets.size(); v++) {
        List<FeatureSet.Labelled> others = new ArrayList<>(markets);
        FeatureSet.Labelled held = others.remove(v);
        XgboostRiskModel m = fitMarkets(others, FeatureSet.PORTABLE, t, null, seed);
        sum += Metrics.rocAuc(m.predict(held.features(), held.labels().length), held.labels());
        m.dispose();
      }
      if (sum / markets.size() > bestAuc + 1e-9) {
        bestAuc = sum / markets.size();
        best = t;
      }
    }
    return best;
  }

  private static XgboostRiskModel fitMarkets(List<FeatureSet.Labelled> labelled, FeatureSet set, Tuning tuning,
      MarketReference reference, long seed) {
    FeatureSet.Inputs inputs = set.choose(labelled, tuning.agreement(), tuning.depth());
    int rows = labelled.stream().mapToInt(m -> m.labels().length).sum();
    int width = inputs.columns().length;
    float[] x = new float[rows * width];
    float[] y = new float[rows];
    float[] w = new float[rows];
    int r = 0;
    for (FeatureSet.Labelled m : labelled) {
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

  private void setAttribute(String key, String value) {
    try {
      booster.setAttr(key, value);
    } catch (XGBoostError e) {
      throw new IllegalStateException(e);
    }
  }

  /** The portable rule's settings this model was trained with (empty for other models). */
  public String tuning() {
    try {
      String t = booster.getAttr(TUNING_ATTRIBUTE);
      return t == null ? "" : t;
    } catch (XGBoostError e) {
      throw new IllegalStateException(e);
    }
  }

  private void dispose() {
    booster.dispose();
  }

  /**
   * Trains on some rows of one market's features (cross-validation inside the market): the inputs
   * are chosen from those rows' labels only.
   */
  static XgboostRiskModel trainOnRows(float[] features, int[] labels, List<Integer> rows, FeatureSet set, long seed) {
    float[] all = ModelEvaluation.rowsOf(features, TenderFeatures.COUNT, rows);
    int[] labelsOfRows = rows.stream().mapToInt(i -> labels[i]).toArray();
    FeatureSet.Inputs inputs = set.choose(List.of(new FeatureSet.Labelled(all, labelsOfRows)), FeatureSet.AGREEMENT, 1);
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
      Booster booster = boost(x, y, w, set, inputs, seed);
      booster.setAttr(SET_ATTRIBUTE, set.name());
      booster.setAttr(COLUMNS_ATTRIBUTE, String.join(",", inputs.names()));
      booster.setAttr(MONOTONE_ATTRIBUTE, Arrays.stream(inputs.monotone()).mapToObj(Integer::toString)
          .collect(java.util.stream.Collectors.joining(",")));
      if (reference != null) {
        booster.setAttr(REFERENCE_ATTRIBUTE, reference.encode());
      }
      return new XgboostRiskModel(booster, set, inputs, reference);
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

  /** Probabilities of {@code rows} row-major rows of {@code width} inputs. */
  static double[] predict(Booster booster, float[] x, int rows, int width) throws XGBoostError {
    float[][] p = booster.inplace_predict(x, rows, width, Float.NaN);
    double[] out = new double[rows];
    for (int i = 0; i < rows; i++) {
      out[i] = p[i][0];
    }
    return out;
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
    p.put("eta", set == FeatureSet.PORTABLE ? 0.05 : 0.03);
    p.put("max_depth", inputs.depth());
    p.put("min_child_weight", 5);
    p.put("subsample", 0.8);
    p.put("colsample_bytree", set == FeatureSet.PORTABLE ? 0.8 : 0.7);
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

  /** Whether the model reads this base input, directly or as its percentile. */
  private boolean uses(String baseName) {
    int k = TenderFeatures.BASE.indexOf(baseName);
    for (int c : inputs.columns()) {
      if (c == k || c == k + TenderFeatures.BASE_COUNT) {
        return true;
      }
    }
    return false;
  }

  private boolean usesNetwork() {
    for (int c : inputs.columns()) {
      if (c % TenderFeatures.BASE_COUNT >= BidShape.COUNT) {
        return true;
      }
    }
    return false;
  }

  /** Percentiles against the batch itself when it is long enough, else against the shipped reference. */
  @Override
  public double[] scores(List<TenderBids> market) {
    return scores(market, market);
  }

  /**
   * Percentiles against {@code history} (earlier tenders of the same market, e.g. the tenant's
   * imported sections) when it holds at least {@link MarketReference#MIN_TENDERS} tenders, else
   * against the reference stored in the model.
   */
  @Override
  public double[] scores(List<TenderBids> tenders, List<TenderBids> history) {
    if (tenders.isEmpty()) {
      return new double[0];
    }
    boolean network = usesNetwork();
    boolean[] needed = new boolean[TenderFeatures.BASE_COUNT];
    for (int c : inputs.columns()) {
      if (c >= TenderFeatures.BASE_COUNT) {
        needed[c - TenderFeatures.BASE_COUNT] = true;
      }
    }
    boolean pairs = uses("pairAffinityMean") || uses("pairAffinityMax");
    float[] base = TenderFeatures.base(tenders, network, pairs);
    MarketReference ref;
    if (history.size() >= MarketReference.MIN_TENDERS || reference == null) {
      float[] historyBase = history == tenders ? base : TenderFeatures.base(history, network, pairs);
      ref = MarketReference.of(historyBase, TenderFeatures.BASE_COUNT, needed);
    } else {
      ref = reference;
    }
    int[] columns = inputs.columns();
    int b = TenderFeatures.BASE_COUNT;
    float[] x = new float[tenders.size() * columns.length];
    for (int t = 0; t < tenders.size(); t++) {
      for (int k = 0; k < columns.length; k++) {
        int c = columns[k];
        x[t * columns.length + k] = c < b ? base[t * b + c] : ref.percentile(c - b, base[t * b + c - b]);
      }
    }
    return predictColumns(x, tenders.size());
  }

  /** Probabilities for rows of {@link TenderFeatures}. */
  public double[] predict(float[] features, int rows) {
    return predictColumns(inputs.extract(features), rows);
  }

  private double[] predictColumns(float[] x, int rows) {
    try {
      return predict(booster, x, rows, inputs.columns().length);
    } catch (XGBoostError e) {
      throw new IllegalStateException("prediction failed", e);
    }
  }
}
