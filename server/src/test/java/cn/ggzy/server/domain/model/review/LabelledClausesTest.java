package cn.ggzy.server.domain.model.review;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/**
 * The shipped rule book on the three labelled sets of real and rendered clauses ({@code clauses/*.csv},
 * sources in the {@code *SOURCES.md} beside them): the issue's targets, recall ≥ 0.90 and precision
 * ≥ 0.80, hold on them together. The rules were revised after seeing each set's misses, so this is a
 * regression guard; the figures of each set at first sight are in the README.
 */
class LabelledClausesTest {

  @Test
  void theRuleBookKeepsItsRecallAndPrecisionOnTheLabelledSet() throws IOException {
    ClauseReview review = new ClauseReview(RuleBook.standard());
    int tp = 0;
    int fp = 0;
    int fn = 0;
    for (String set : List.of("labelled", "heldout", "heldout2")) {
      try (Reader in = new InputStreamReader(getClass().getResourceAsStream("/clauses/" + set + ".csv"),
          StandardCharsets.UTF_8)) {
        for (CSVRecord row : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
          boolean truth = "1".equals(row.get("flagged"));
          boolean flagged = review.verdict(row.get("text")).isPresent();
          tp += truth && flagged ? 1 : 0;
          fp += !truth && flagged ? 1 : 0;
          fn += truth && !flagged ? 1 : 0;
        }
      }
    }
    double recall = tp / (double) (tp + fn);
    double precision = tp / (double) (tp + fp);
    assertTrue(tp + fn >= 200, "the sets have their flagged rows");
    assertTrue(recall >= 0.90, "recall " + recall);
    assertTrue(precision >= 0.80, "precision " + precision);
  }
}
