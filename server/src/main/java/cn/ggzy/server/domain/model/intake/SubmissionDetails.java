package cn.ggzy.server.domain.model.intake;

import cn.ggzy.server.domain.model.enforcement.Industry;
import java.time.LocalDate;

/**
 * What the filer says, apart from who they are. {@code matter} and {@code objectionSubject} are
 * the names of {@code IntakeViews.Matter} and {@code ObjectionSubject}; {@code request},
 * {@code learnedOn}, the objection fields and {@code respondentContact} (the respondent's address or
 * contact, if the complainant knows it) are those of a 投诉 (null for a 举报).
 */
public record SubmissionDetails(String respondent, String projectCode, String projectName, String section,
    Industry industry, String matter, String objectionSubject, LocalDate objectionRaisedOn, String facts,
    String request, LocalDate learnedOn, String respondentContact) {

  /** Without the respondent's address or contact (a 举报, or a 投诉 that gives none). */
  public SubmissionDetails(String respondent, String projectCode, String projectName, String section,
      Industry industry, String matter, String objectionSubject, LocalDate objectionRaisedOn, String facts,
      String request, LocalDate learnedOn) {
    this(respondent, projectCode, projectName, section, industry, matter, objectionSubject, objectionRaisedOn, facts,
        request, learnedOn, null);
  }
}
