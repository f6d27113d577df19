package cn.ggzy.lab.rigging;

import cn.ggzy.server.domain.model.rigging.TenderBids;
import cn.ggzy.server.infrastructure.analytics.BidStatistics;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import ml.dmlc.xgboost4j.java.Booster;
import ml.dmlc.xgboost4j.java.XGBoostError;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Checks the screen columns published with a data set against its bids, and what they are worth
 * to a classifier: the reference figures of SOURCE.txt were obtained on these columns, not on
 * screens recomputed from the bids.
 *
 * <p>The published RD of Ticino follows one formula, (second-lowest distinct price − lowest) /
 * sample standard deviation of the bids below the highest price, in almost every rigged tender
 * and in none of the competitive ones: the two groups were prepared differently, so the column
 * tells the label by the way the data were prepared. The same forest is therefore cross-validated
 * on the published columns as given, with RD recomputed by that formula in every tender, and on
 * our own inputs ({@link FeatureSet#MARKET}).
 */
final class PublishedScreens {
  static final List<String> COLUMNS = List.of("Number_bids", "CV", "SPD", "DIFFP", "RD", "KURT", "SKEW", "KSTEST");
  private static final int RD = COLUMNS.indexOf("RD");

  /**
   * One market: tenders of three or more bids whose published RD follows the formula, per label;
   * mean within-market ROC-AUC of the same learner on the published columns, on them with RD
   * recomputed, and on our inputs.
   */
  record Report(String market, int rigged, int riggedFollowing, int competitive, int competitiveFollowing,
      double published, double recomputed, double ours) {}

  private PublishedScreens() {}

  static Report check(String name, Path file, int repeats, long seed) throws IOException {
    Market market = ModelEvaluation.market(name, RiggingCommand.read(file));
    Map<String, float[]> published = publishedColumns(file);
    List<TenderBids> tenders = market.tenders();
    int[] y = market.labels();
    int w = COLUMNS.size();
    float[] x = new float[tenders.size() * w];
    float[] recomputed = new float[x.length];
    int[] count = new int[4];
    for (int t = 0; t < tenders.size(); t++) {
      float[] row = published.get(tenders.get(t).tender());
      System.arraycopy(row, 0, x, t * w, w);
      System.arraycopy(row, 0, recomputed, t * w, w);
      double[] sorted = tenders.get(t).prices().clone();
      Arrays.sort(sorted);
      double rule = rdBelowHighest(sorted);
      recomputed[t * w + RD] = (float) rule;
      if (sorted.length >= 3) {
        boolean follows = Math.abs(rule - row[RD]) <= 1e-3 * Math.max(1, Math.abs(row[RD])) + 5e-4;
        count[y[t] * 2]++;
        count[y[t] * 2 + 1] += follows ? 1 : 0;
      }
    }
    return new Report(name, count[2], count[3], count[0], count[1], crossValidate(x, w, y, repeats, seed),
        crossValidate(recomputed, w, y, repeats, seed),
        ModelEvaluation.withinMarket(market, FeatureSet.MARKET, repeats, seed)[0]);
  }

  /**
   * (second-lowest distinct price − lowest) / sample standard deviation of the bids below the
   * highest price; 0 when undefined (as in the published columns).
   */
  static double rdBelowHighest(double[] sorted) {
    int n = sorted.length;
    int next = 1;
    while (next < n && sorted[next] == sorted[0]) {
      next++;
    }
    int below = n;
    while (below > 0 && sorted[below - 1] == sorted[n - 1]) {
      below--;
    }
    if (next == n || below < 2) {
      return 0;
    }
    double sd = BidStatistics.sd(sorted, 0, below, BidStatistics.mean(sorted, 0, below));
    return sd > 0 ? (sorted[next] - sorted[0]) / sd : 0;
  }

  /** The {@link #COLUMNS} of each tender (from its first row); an unreadable cell is NaN. */
  static Map<String, float[]> publishedColumns(Path file) throws IOException {
    Map<String, float[]> out = new HashMap<>();
    try (CSVParser parser = TenderCsv.parse(Files.newBufferedReader(file, StandardCharsets.UTF_8))) {
      Iterator<CSVRecord> records = parser.iterator();
      List<String> names = records.hasNext() ? TenderCsv.header(records.next()) : List.of();
      int tender = names.indexOf("Tender");
      int[] at = new int[COLUMNS.size()];
      for (int k = 0; k < at.length; k++) {
        at[k] = names.indexOf(COLUMNS.get(k));
        if (at[k] < 0 || tender < 0) {
          throw new IOException(file + ": no column " + (tender < 0 ? "Tender" : COLUMNS.get(k)));
        }
      }
      while (records.hasNext()) {
        List<String> cells = records.next().toList();
        if (cells.size() <= tender) {
          continue;
        }
        out.computeIfAbsent(cells.get(tender).strip(), id -> {
          float[] row = new float[at.length];
          for (int k = 0; k < at.length; k++) {
            row[k] = at[k] < cells.size() ? parse(cells.get(at[k])) : Float.NaN;
          }
          return row;
        });
      }
    }
    return out;
  }

  private static float parse(String cell) {
    try {
      return Float.parseFloat(cell.strip());
    } catch (NumberFormatException e) {
      return Float.NaN;
    }
  }

  /**
   * Mean ROC-AUC over repeats × stratified 5 folds of the learner of the {@link FeatureSet#MARKET}
   * set (a forest below {@value XgboostTraining#FOREST_BELOW} training tenders, classes weighed
   * equally) on the given columns.
   */
  static double crossValidate(float[] x, int width, int[] y, int repeats, long seed) {
    FeatureSet.Inputs inputs = new FeatureSet.Inputs(new int[width], new int[width], 3);
    return ModelEvaluation.crossValidate(y, repeats, seed, (train, test, rep) -> {
      int[] trainLabels = train.stream().mapToInt(i -> y[i]).toArray();
      try {
        Booster b = XgboostTraining.boost(ModelEvaluation.rowsOf(x, width, train), XgboostTraining.floats(trainLabels),
            XgboostTraining.balancedWeights(trainLabels, train.size()), FeatureSet.MARKET, inputs, seed + rep);
        try {
          return XgboostRiskModel.predict(b, ModelEvaluation.rowsOf(x, width, test), test.size(), width);
        } finally {
          b.dispose();
        }
      } catch (XGBoostError e) {
        throw new IllegalStateException("training failed", e);
      }
    })[0];
  }

  /** Plain-text table of the reports. */
  static String table(List<Report> reports) {
    StringBuilder s = new StringBuilder(String.format(Locale.ROOT, "%-30s %13s %13s | %9s %9s %9s%n",
        "market (tenders of 3+ bids)", "RD rule: pos", "neg", "published", "RD recomp", "ours"));
    for (Report r : reports) {
      s.append(String.format(Locale.ROOT, "%-30s %13s %13s | %9.3f %9.3f %9.3f%n", r.market(),
          r.riggedFollowing() + "/" + r.rigged(), r.competitiveFollowing() + "/" + r.competitive(), r.published(),
          r.recomputed(), r.ours()));
    }
    return s.toString();
  }
}
