package cn.ggzy.server.domain.model.enforcement;

import java.util.Objects;

/**
 * What is known when a case is registered. {@code originReference} links to the complaint or
 * report receipt (or the inspection, warning or letter) the case comes from.
 */
public record Registration(CaseSource source, Industry industry, String title, String summary,
    String projectCode, String projectName, String respondent, String originReference) {
  public Registration {
    if (source == null) {
      throw new CaseException("case.source.required", "source");
    }
    if (industry == null) {
      throw new CaseException("case.industry.required", "industry");
    }
    title = Texts.required(title, 200, "case.title.required", "title");
    summary = Texts.required(summary, 4000, "case.summary.required", "summary");
    projectCode = Texts.optional(projectCode, 64, "projectCode");
    projectName = Texts.optional(projectName, 200, "projectName");
    respondent = Texts.optional(respondent, 200, "respondent");
    originReference = Texts.optional(originReference, 64, "originReference");
    Objects.requireNonNull(source);
  }
}
