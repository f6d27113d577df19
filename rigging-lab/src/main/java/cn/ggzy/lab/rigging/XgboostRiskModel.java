package cn.ggzy.lab.rigging;

import cn.ggzy.server.domain.model.rigging.TenderBids;
import cn.ggzy.server.domain.service.CollusionRiskModel;
import cn.ggzy.server.infrastructure.analytics.MarketReference;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import ml.dmlc.xgboost4j.java.Booster;
import ml.dmlc.xgboost4j.java.XGBoost;
import ml.dmlc.xgboost4j.java.XGBoostError;

/**
 * Gradient-boosted trees (XGBoost4J) over {@link TenderFeatures} (stored in the model file with the
 * inputs and the pooled reference distribution of the training markets): a research model, trained
 * by {@link XgboostTraining} and used by {@code rigging score --model}. The product's default is the
 * screen index.
 *
 * <p>Percentile inputs are read against the scored batch itself when it holds at least
 * {@link MarketReference#MIN_TENDERS} tenders, against a given history of the same market when that
 * is long enough, and otherwise against the shipped reference (the training markets pooled).
 */
public final class XgboostRiskModel implements CollusionRiskModel {
  private static final String SET_ATTRIBUTE = "ggzy.featureSet";
  private static final String COLUMNS_ATTRIBUTE = "ggzy.columns";
  private static final String MONOTONE_ATTRIBUTE = "ggzy.monotone";
  private static final String REFERENCE_ATTRIBUTE = "ggzy.reference";

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
   * Freshly trained trees as a model (the training lives in {@code rigging-lab}): the feature set,
   * the inputs with their directions and, when given, the reference are written into the booster's
   * attributes, so that {@link #save} writes a file {@link #load} reads back. Without a reference
   * (a model of one cross-validation fold) percentiles are always read against the scored batch.
   */
  public static XgboostRiskModel of(Booster booster, FeatureSet set, FeatureSet.Inputs inputs,
      MarketReference reference) {
    try {
      booster.setAttr(SET_ATTRIBUTE, set.name());
      booster.setAttr(COLUMNS_ATTRIBUTE, String.join(",", inputs.names()));
      booster.setAttr(MONOTONE_ATTRIBUTE, Arrays.stream(inputs.monotone()).mapToObj(Integer::toString)
          .collect(Collectors.joining(",")));
      if (reference != null) {
        booster.setAttr(REFERENCE_ATTRIBUTE, reference.encode());
      }
      return new XgboostRiskModel(booster, set, inputs, reference);
    } catch (XGBoostError e) {
      throw new IllegalStateException("training failed", e);
    }
  }

  /** Frees the native trees (a model that is used no more, e.g. one of a tuning round). */
  public void dispose() {
    booster.dispose();
  }

  /** Probabilities of {@code rows} row-major rows of {@code width} inputs. */
  public static double[] predict(Booster booster, float[] x, int rows, int width) throws XGBoostError {
    float[][] p = booster.inplace_predict(x, rows, width, Float.NaN);
    double[] out = new double[rows];
    for (int i = 0; i < rows; i++) {
      out[i] = p[i][0];
    }
    return out;
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

  /** Percentiles against the batch itself when it is long enough, else against the model's reference. */
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
