package cn.ggzy.server.application;

import cn.ggzy.server.application.TenderImports.RejectedRow;
import cn.ggzy.server.domain.model.tender.DocumentRow;
import cn.ggzy.server.domain.model.tender.ScoreRow;
import java.util.List;

/**
 * Import of what else a section holds, into the caller's department (office roles and department
 * heads): the text of each bidder's bid file, the tender's own template text (which does not count
 * as copying) and the evaluation experts' scores. JSON rows or CSV with a header of the field names.
 * Idempotent: the same key replaces the earlier import and is counted unchanged when identical.
 * Every refused row is reported; the sections concerned that have bids are screened at once.
 */
public interface SectionDataImports {

  /**
   * Counts ({@code imported} = rows accepted, of which {@code replaced} changed an earlier import and
   * {@code unchanged} repeated it exactly), refused rows, the sections concerned and their warnings.
   */
  record DataReport(int received, int imported, int replaced, int unchanged, List<RejectedRow> rejected,
      List<String> sections, List<String> warnings) {
    public DataReport {
      rejected = List.copyOf(rejected);
      sections = List.copyOf(sections);
      warnings = List.copyOf(warnings);
    }
  }

  /** Bid-file texts: projectCode, sectionCode, bidderCode, text. */
  DataReport importDocuments(Caller caller, List<DocumentRow> rows);

  DataReport importDocumentsCsv(Caller caller, String csv);

  /** Template texts: projectCode, sectionCode, text (bidderCode ignored). */
  DataReport importTemplates(Caller caller, List<DocumentRow> rows);

  DataReport importTemplatesCsv(Caller caller, String csv);

  /** Scores: projectCode, sectionCode, expertId, bidderCode, score, item (optional). */
  DataReport importScores(Caller caller, List<ScoreRow> rows);

  DataReport importScoresCsv(Caller caller, String csv);
}
