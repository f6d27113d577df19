package cn.ggzy.server.domain.model.enforcement;

import java.util.List;
import java.util.Objects;

/**
 * What is known when a case is registered. {@code originReference} links to the complaint or
 * report receipt (or the inspection, warning or letter) the case comes from. {@code title} and
 * {@code summary} are the record in Chinese; when the system wrote them (the public channel),
 * {@code titlePhrase} and {@code summaryPhrases} hold the same texts as message keys and values,
 * for readers of another language (null and empty for what officers typed).
 */
public record Registration(CaseSource source, Industry industry, String title, String summary,
    String projectCode, String projectName, String respondent, String originReference, Phrase titlePhrase,
    List<Phrase> summaryPhrases) {

  public Registration(CaseSource source, Industry industry, String title, String summary, String projectCode,
      String projectName, String respondent, String originReference) {
    this(source, industry, title, summary, projectCode, projectName, respondent, originReference, null, null);
  }

  /** The summary line that flags a complaint filed after the filing window (投诉期限). */
  public static final String LATE_FILING = "intake.case.late";

  /** A complaint filed after the filing window: the accepting officer decides whether to accept it. */
  public boolean lateFiling() {
    return summaryPhrases.stream().anyMatch(p -> LATE_FILING.equals(p.key()))
        || (summaryPhrases.isEmpty() && summary != null && summary.startsWith("【逾期投诉"));
  }

  public Registration {
    summaryPhrases = summaryPhrases == null ? List.of() : List.copyOf(summaryPhrases);
    if (source == null) {
      throw new CaseException("case.source.required", "source");
    }
    if (industry == null) {
      throw new CaseException("case.industry.required", "industry");
    }
    title = OfficerTexts.required(title, 200, "case.title.required", "title");
    summary = OfficerTexts.required(summary, 4000, "case.summary.required", "summary");
    projectCode = OfficerTexts.optional(projectCode, 64, "projectCode");
    projectName = OfficerTexts.optional(projectName, 200, "projectName");
    respondent = OfficerTexts.optional(respondent, 200, "respondent");
    originReference = OfficerTexts.optional(originReference, 64, "originReference");
    Objects.requireNonNull(source);
  }
}
