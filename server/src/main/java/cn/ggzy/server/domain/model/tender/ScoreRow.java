package cn.ggzy.server.domain.model.tender;

import java.util.List;

/** One row of a score import, as received: one expert's score of one bidder (optionally per scoring item). */
public record ScoreRow(int line, String projectCode, String sectionCode, String expertId, String bidderCode,
    String score, String item) {
  public static final List<String> COLUMNS = List.of("projectCode", "sectionCode", "expertId", "bidderCode", "score",
      "item");

  public static ScoreRow of(int line, List<String> v) {
    return new ScoreRow(line, DocumentRow.at(v, 0), DocumentRow.at(v, 1), DocumentRow.at(v, 2), DocumentRow.at(v, 3),
        DocumentRow.at(v, 4), DocumentRow.at(v, 5));
  }
}
