package cn.ggzy.server.application;

import cn.ggzy.server.domain.model.tender.BidRow;
import java.util.List;
import java.util.Optional;

/**
 * Import of tender bids into the caller's department (office roles and department heads), as JSON
 * rows or as CSV with the {@link BidRow#COLUMNS} header. Idempotent: a row replaces the earlier
 * import of the same section and bidder. Every refused row is reported; the imported sections are
 * screened at once and raise or update warnings.
 */
public interface TenderImports {
  /** Why a row was refused: code, Chinese and English text, the field at fault. */
  record RejectedRow(int line, String code, String message, String messageEn, String field) {}

  record ImportReport(int received, int imported, int replaced, List<RejectedRow> rejected, List<String> sections,
      List<String> warnings) {
    public ImportReport {
      rejected = List.copyOf(rejected);
      sections = List.copyOf(sections);
      warnings = List.copyOf(warnings);
    }
  }

  ImportReport importRows(Caller caller, List<BidRow> rows);

  ImportReport importCsv(Caller caller, String csv);

  /** Screens one stored section of the caller's department again; the id of its warning, if any. */
  Optional<String> screen(Caller caller, String projectCode, String sectionCode);
}
