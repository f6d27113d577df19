package cn.ggzy.server.application;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Review of tender documents (招标文件审查) by department officers and the office: upload a document
 * of a project, see every clause the rule book finds with its place, rule, legal basis and a lawful
 * wording, confirm or dismiss each finding, issue the rectification notice (PDF) to the employer and
 * agency, and take the corrected document, which is reviewed again. A department sees its own
 * reviews; the office sees every department's of its region through an audited scope. The office
 * keeps the region's rule book, versioned.
 */
public interface DocumentReviews {
  /** A document given for review, with its project. */
  record Upload(String projectCode, String projectName, String sectionName, String employer, String agency,
      BigDecimal estimate, BigDecimal contractAmount, String fileName, byte[] content) {}

  record SpanView(int start, int end) {}

  record FindingView(int number, int page, int paragraph, int clauseNumber, String clause, List<SpanView> spans,
      String ruleId, int ruleVersion, String category, String severity, String title, String titleEn, String basis,
      String basisEn, String suggestion, String suggestionEn, String measured, String state, String decidedBy,
      Instant decidedAt, String reason) {}

  record FileView(String fileName, long size, String sha256, int pages, int paragraphs, int clauses,
      int ruleBookVersion, String by, Instant at) {}

  record RectificationView(String noticeNumber, String addressees, String issuedBy, Instant issuedAt,
      LocalDate dueDate, boolean rectified, boolean overdue, Instant answeredAt, List<String> remaining) {}

  record Summary(String id, String department, String departmentName, String projectCode, String projectName,
      String sectionName, String fileName, String state, int findings, int open, int confirmed, Instant createdAt) {}

  record Detail(String id, String department, String departmentName, String projectCode, String projectName,
      String sectionName, String employer, String agency, BigDecimal estimate, BigDecimal contractAmount,
      String state, List<FileView> files, List<FindingView> findings, RectificationView rectification,
      long version) {}

  record Page(List<Summary> items, long total, int offset, int limit) {}

  /** The rule book in force: its version (0 = as shipped), the text, and the versions saved before. */
  record RuleBookView(int version, String text, int rules, String savedBy, Instant savedAt,
      List<RuleBookVersion> history) {}

  record RuleBookVersion(int version, String by, Instant at, String note) {}

  /** A model text of the region (范本). */
  record ModelTextView(String id, String name, String fileName, int clauses, String by, Instant at) {}

  record WordChangeView(String op, String text) {}

  /** One deviation: {@code CHANGED}, {@code ADDED} or {@code REMOVED}; places are 0 where there is no clause. */
  record DeviationView(String kind, int page, int paragraph, String clause, int modelPage, int modelParagraph,
      String modelClause, double similarity, List<WordChangeView> changes) {}

  /** A document (its latest version) compared with a model text. */
  record Comparison(String reviewId, String modelTextId, String modelName, String fileName, int changed, int added,
      int removed, List<DeviationView> deviations) {}

  Detail upload(Caller caller, Upload upload);

  Page list(Caller caller, int offset, int limit);

  Detail find(Caller caller, String id);

  Detail confirm(Caller caller, String id, int finding);

  Detail dismiss(Caller caller, String id, int finding, String reason);

  /** Issues the rectification notice, due after the region's working days for it. */
  Detail issueNotice(Caller caller, String id);

  /** The notice as PDF. */
  byte[] notice(Caller caller, String id);

  /** A corrected document, reviewed again against the confirmed findings. */
  Detail correct(Caller caller, String id, String fileName, byte[] content);

  /** Imports a model text for the region (office roles that keep the rule book). */
  ModelTextView importModelText(Caller caller, String name, String fileName, byte[] content);

  List<ModelTextView> modelTexts(Caller caller);

  /** The review's latest document compared with a model text of the region: the clauses that differ. */
  Comparison compare(Caller caller, String reviewId, String modelTextId);

  RuleBookView ruleBook(Caller caller);

  /**
   * Saves an edited rule book as the next version; refused ({@code review.rules.invalid}, the message
   * in {@code RuleBookRefused}) when it does not parse or a rule misses its own examples.
   */
  RuleBookView saveRuleBook(Caller caller, String text, int editedFrom, String note);
}
