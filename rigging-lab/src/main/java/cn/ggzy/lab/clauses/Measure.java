package cn.ggzy.lab.clauses;

import cn.ggzy.server.domain.model.review.ClauseCategory;
import cn.ggzy.server.domain.model.review.ClauseReview;
import cn.ggzy.server.domain.model.review.Finding;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Precision and recall of the flag on a labelled set (columns {@code id,text,flagged,category}),
 * the share of true flags given the labelled category, the confusion per category, and the rows
 * the review got wrong.
 */
record Measure(int truePositives, int falsePositives, int falseNegatives, int trueNegatives, int rightCategory,
    Map<ClauseCategory, int[]> perCategory, List<String> misses) {

  static Measure of(ClauseReview review, Path labelled) throws IOException {
    int tp = 0;
    int fp = 0;
    int fn = 0;
    int tn = 0;
    int right = 0;
    Map<ClauseCategory, int[]> per = new EnumMap<>(ClauseCategory.class);
    List<String> misses = new ArrayList<>();
    try (Reader reader = Files.newBufferedReader(labelled, StandardCharsets.UTF_8)) {
      for (CSVRecord row : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
          .parse(ReviewClausesCommand.withoutBom(reader))) {
        boolean truth = "1".equals(row.get("flagged").strip());
        ClauseCategory labelledAs = ClauseCategory.of(row.get("category"));
        Optional<Finding> f = review.verdict(row.get("text"));
        int[] counts = per.computeIfAbsent(labelledAs, k -> new int[2]);
        counts[0]++;
        if (truth && f.isPresent()) {
          tp++;
          counts[1]++;
          if (f.get().category() == labelledAs) {
            right++;
          }
        } else if (!truth && f.isPresent()) {
          fp++;
          misses.add("FP " + row.get("id") + " [" + f.get().ruleId() + "] " + row.get("text"));
        } else if (truth) {
          fn++;
          misses.add("FN " + row.get("id") + " (" + labelledAs.code() + ") " + row.get("text"));
        } else {
          tn++;
          counts[1]++;
        }
      }
    }
    return new Measure(tp, fp, fn, tn, right, per, misses);
  }

  double precision() {
    return truePositives + falsePositives == 0 ? 1 : truePositives / (double) (truePositives + falsePositives);
  }

  double recall() {
    return truePositives + falseNegatives == 0 ? 1 : truePositives / (double) (truePositives + falseNegatives);
  }

  void print(PrintStream out) {
    out.printf(Locale.ROOT, "clauses %d: flagged %d, lawful %d%n", truePositives + falseNegatives + falsePositives
        + trueNegatives, truePositives + falseNegatives, falsePositives + trueNegatives);
    out.printf(Locale.ROOT, "precision %.3f  recall %.3f  (TP %d, FP %d, FN %d, TN %d)%n", precision(), recall(),
        truePositives, falsePositives, falseNegatives, trueNegatives);
    out.printf(Locale.ROOT, "category right on true flags: %d of %d%n", rightCategory, truePositives);
    for (Map.Entry<ClauseCategory, int[]> e : perCategory.entrySet()) {
      out.printf(Locale.ROOT, "  %-13s %3d rows, %3d answered right%n", e.getKey().code(), e.getValue()[0],
          e.getValue()[1]);
    }
    misses.forEach(out::println);
  }
}
