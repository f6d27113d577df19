package cn.ggzy.server.infrastructure.analytics;

import cn.ggzy.server.domain.model.rigging.TenderBids;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Learns a region's own model from its officers' labels and decides whether it may replace the
 * {@link ScreenIndex}. The inputs are the index's directed percentiles (undefined: 0, as in the
 * index), the index score and, where bidders are known, what the labels say about the tender's
 * bidders: the mean over its bidders of their smoothed share of rigged tenders among the labelled
 * ones they bid in, the largest such share, and how closely its set of bidders resembles a labelled
 * rigged tender and a labelled clean one (Jaccard). A tender's own label never enters its inputs. The
 * learner is an L2 logistic regression. The candidate is validated by repeated stratified k-fold
 * cross-validation on the labels (inputs rebuilt from the training folds' labels only) and is used
 * only when its mean ROC-AUC beats the index's on the same labels, in every repeat.
 */
public final class RegionLearner {
  /** Labels of each class a region needs before a model is trained. */
  public static final int MIN_PER_CLASS = 5;
  static final int REPEATS = 3;
  static final int MAX_FOLDS = 5;
  /** The index's ROC-AUC must lie below the candidate's two-sided 95 % confidence interval. */
  static final double Z = 1.96;
  /** ... and above chance: a model that cannot be told from a coin on the labels is not used. */
  static final double CHANCE = 0.5;

  private final List<TenderBids> market;
  private final float[] directed;
  private final double[] index;
  private final boolean bidders;
  private final int[][] members;

  /**
   * @param market the region's tenders
   * @param directed the index's directed percentiles of the market, {@link ScreenIndex#COUNT} per tender
   * @param index the index's scores of the market
   */
  public RegionLearner(List<TenderBids> market, float[] directed, double[] index) {
    this.market = market;
    this.directed = directed;
    this.index = index;
    Map<String, Integer> ids = new HashMap<>();
    members = new int[market.size()][];
    boolean known = false;
    for (int t = 0; t < market.size(); t++) {
      if (market.get(t).biddersKnown()) {
        known = true;
        members[t] = market.get(t).bidders().stream().mapToInt(b -> ids.computeIfAbsent(b, k -> ids.size()))
            .distinct().sorted().toArray();
      }
    }
    this.bidders = known;
  }

  /** The outcome of one training run. */
  public record Outcome(boolean switched, double candidateAuc, double defaultAuc, int positives, int negatives,
      double[] scores, LogisticRegression model) {}

  /**
   * Trains on the labelled tenders ({@code labels[t]} 1 rigged, 0 clean, −1 unknown) and scores every
   * tender of the market: the candidate's probabilities when it was switched to, else the index.
   */
  public Outcome learn(int[] labels, long seed) {
    int positives = 0;
    int negatives = 0;
    List<Integer> labelled = new ArrayList<>();
    for (int t = 0; t < labels.length; t++) {
      if (labels[t] >= 0) {
        labelled.add(t);
        positives += labels[t];
        negatives += 1 - labels[t];
      }
    }
    if (positives < MIN_PER_CLASS || negatives < MIN_PER_CLASS) {
      return new Outcome(false, Double.NaN, Double.NaN, positives, negatives, index.clone(), null);
    }
    int folds = Math.min(MAX_FOLDS, Math.min(positives, negatives));
    int[] y = labelled.stream().mapToInt(t -> labels[t]).toArray();
    double[] candidate = new double[REPEATS];
    double[] baseline = new double[REPEATS];
    double[] indexOfLabelled = labelled.stream().mapToDouble(t -> index[t]).toArray();
    for (int rep = 0; rep < REPEATS; rep++) {
      int[] fold = stratifiedFolds(y, folds, new Random(seed + rep));
      double[] p = new double[y.length];
      for (int f = 0; f < folds; f++) {
        int[] train = new int[labels.length];
        Arrays.fill(train, -1);
        List<Integer> trainRows = new ArrayList<>();
        List<Integer> testRows = new ArrayList<>();
        for (int i = 0; i < y.length; i++) {
          if (fold[i] == f) {
            testRows.add(i);
          } else {
            trainRows.add(i);
            train[labelled.get(i)] = y[i];
          }
        }
        LogisticRegression m = fit(train, trainRows.stream().map(labelled::get).toList());
        double[] scored = m.predict(inputs(train, testRows.stream().map(labelled::get).toList()), width());
        for (int k = 0; k < testRows.size(); k++) {
          p[testRows.get(k)] = scored[k];
        }
      }
      candidate[rep] = RocAuc.of(p, y);
      baseline[rep] = RocAuc.of(indexOfLabelled, y);
    }
    boolean beats = true;
    for (int rep = 0; rep < REPEATS; rep++) {
      beats &= candidate[rep] > baseline[rep];
    }
    double meanCandidate = Arrays.stream(candidate).average().orElse(Double.NaN);
    double meanBaseline = Arrays.stream(baseline).average().orElse(Double.NaN);
    double lower = meanCandidate - Z * standardError(meanCandidate, positives, negatives);
    if (!(beats && lower > meanBaseline && lower > CHANCE)) {
      return new Outcome(false, meanCandidate, meanBaseline, positives, negatives, index.clone(), null);
    }
    LogisticRegression model = fit(labels, labelled);
    List<Integer> all = new ArrayList<>();
    for (int t = 0; t < market.size(); t++) {
      all.add(t);
    }
    return new Outcome(true, meanCandidate, meanBaseline, positives, negatives,
        model.predict(inputs(labels, all), width()), model);
  }

  /**
   * Standard error of a ROC-AUC measured on {@code positives} and {@code negatives} (Hanley and McNeil
   * 1982): the candidate must beat the index by more than {@link #Z} of it, so that a lucky split of
   * few labels does not replace the default.
   */
  static double standardError(double auc, int positives, int negatives) {
    double q1 = auc / (2 - auc);
    double q2 = 2 * auc * auc / (1 + auc);
    double v = (auc * (1 - auc) + (positives - 1) * (q1 - auc * auc) + (negatives - 1) * (q2 - auc * auc))
        / ((double) positives * negatives);
    return Math.sqrt(Math.max(0, v));
  }

  /** Whether the market has bidder identities (the bidder inputs are then part of the model). */
  public boolean bidderInputs() {
    return bidders;
  }

  /** The probabilities of {@code rows} by a stored model, its inputs built from {@code labels}. */
  public double[] predict(LogisticRegression model, int[] labels, List<Integer> rows) {
    return model.predict(inputs(labels, rows), width());
  }

  private LogisticRegression fit(int[] labels, List<Integer> rows) {
    int[] y = rows.stream().mapToInt(t -> labels[t]).toArray();
    return LogisticRegression.fit(inputs(labels, rows), y, width());
  }

  public int width() {
    return ScreenIndex.COUNT + 1 + (bidders ? 4 : 0);
  }

  /** The inputs of {@code rows}, from the labels given (a row's own label left out). */
  double[] inputs(int[] labels, List<Integer> rows) {
    int w = width();
    double[] x = new double[rows.size() * w];
    BidderLabels history = bidders ? new BidderLabels(labels) : null;
    for (int r = 0; r < rows.size(); r++) {
      int t = rows.get(r);
      int o = r * w;
      for (int c = 0; c < ScreenIndex.COUNT; c++) {
        float v = directed[t * ScreenIndex.COUNT + c];
        x[o + c] = Float.isNaN(v) ? 0 : v;
      }
      x[o + ScreenIndex.COUNT] = index[t];
      if (history != null) {
        history.write(t, labels, x, o + ScreenIndex.COUNT + 1);
      }
    }
    return x;
  }

  /** What the labels say about bidders: per bidder, labelled tenders and rigged ones. */
  private final class BidderLabels {
    private final Map<Integer, int[]> counts = new HashMap<>();
    private final List<Integer> rigged = new ArrayList<>();
    private final List<Integer> clean = new ArrayList<>();
    private final double prior;

    BidderLabels(int[] labels) {
      int n = 0;
      int k = 0;
      for (int t = 0; t < labels.length; t++) {
        if (labels[t] < 0) {
          continue;
        }
        n++;
        k += labels[t];
        (labels[t] == 1 ? rigged : clean).add(t);
        if (members[t] != null) {
          for (int id : members[t]) {
            int[] c = counts.computeIfAbsent(id, x -> new int[2]);
            c[0]++;
            c[1] += labels[t];
          }
        }
      }
      prior = n > 0 ? (double) k / n : 0;
    }

    void write(int t, int[] labels, double[] x, int o) {
      int[] m = members[t];
      if (m == null) {
        x[o] = prior;
        x[o + 1] = prior;
        return;
      }
      double sum = 0;
      double max = 0;
      for (int id : m) {
        int[] c = counts.getOrDefault(id, new int[2]);
        int seen = c[0];
        int bad = c[1];
        if (labels[t] >= 0) {
          seen--;
          bad -= labels[t];
        }
        double share = (bad + 2 * prior) / (seen + 2);
        sum += share;
        max = Math.max(max, share);
      }
      x[o] = sum / m.length;
      x[o + 1] = max;
      x[o + 2] = closest(t, m, rigged);
      x[o + 3] = closest(t, m, clean);
    }

    private double closest(int t, int[] m, List<Integer> tenders) {
      double best = 0;
      for (int other : tenders) {
        if (other != t && members[other] != null) {
          best = Math.max(best, jaccard(m, members[other]));
        }
      }
      return best;
    }
  }

  /** Jaccard similarity of two sorted sets of ids. */
  static double jaccard(int[] a, int[] b) {
    int i = 0;
    int j = 0;
    int both = 0;
    while (i < a.length && j < b.length) {
      if (a[i] == b[j]) {
        both++;
        i++;
        j++;
      } else if (a[i] < b[j]) {
        i++;
      } else {
        j++;
      }
    }
    return (double) both / (a.length + b.length - both);
  }

  /** Fold of each row: positives and negatives each dealt round-robin after a shuffle. */
  public static int[] stratifiedFolds(int[] y, int folds, Random random) {
    int[] fold = new int[y.length];
    for (int label = 0; label <= 1; label++) {
      List<Integer> idx = new ArrayList<>();
      for (int i = 0; i < y.length; i++) {
        if (y[i] == label) {
          idx.add(i);
        }
      }
      Collections.shuffle(idx, random);
      for (int k = 0; k < idx.size(); k++) {
        fold[idx.get(k)] = k % folds;
      }
    }
    return fold;
  }
}
