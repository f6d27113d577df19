package cn.ggzy.webui.reviews;

import cn.ggzy.server.application.DocumentReviews.FindingView;
import cn.ggzy.webui.i18n.Texts;
import cn.ggzy.webui.layout.Labels;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/**
 * The words and badges of the review pages: a review's state, a finding's category, severity and
 * state (text and a class, never colour alone), a clause's place, and a label–value line that wraps
 * on a 360 px screen (the parts are the console's {@link Labels}, under the review's classes {@code
 * review-*}).
 */
final class ReviewLabels {
  private static final String CLASSES = "review";

  private ReviewLabels() {}

  /** Where a review stands ({@code UNDER_REVIEW}, {@code AWAITING_NOTICE}, {@code OVERDUE} …). */
  static Span reviewState(String state, Texts texts, String id) {
    return Labels.badge(texts.get("reviews.state." + state), "review-state-" + Labels.classOf(state), "data-state",
        state, id);
  }

  static Span category(String code, Texts texts) {
    return Labels.badge(texts.get("reviews.category." + code), "review-category", "data-category", code, null);
  }

  /** HIGH, MEDIUM or LOW, with what it means as the badge's title. */
  static Span severity(String severity, Texts texts) {
    Span badge = Labels.badge(texts.get("reviews.severity." + severity), "review-severity-" + Labels.classOf(severity),
        "data-severity", severity, null);
    badge.getElement().setAttribute("title", texts.get("reviews.severity." + severity + ".meaning"));
    return badge;
  }

  static Span findingState(String state, Texts texts, String id) {
    return Labels.badge(texts.get("reviews.finding.state." + state), "review-finding-state-" + Labels.classOf(state),
        "data-state", state, id);
  }

  /** 第2页 第3段 / Page 2, paragraph 3. */
  static String place(FindingView f, Texts texts) {
    return texts.get("reviews.finding.place", String.valueOf(f.page()), String.valueOf(f.paragraph()));
  }

  /** A label and its value; the value wraps anywhere (long file names, rule ids). */
  static Div line(String id, String label, String value) {
    return Labels.line(CLASSES, id, label, value);
  }

  /** Lines stacked on a phone, label beside value on a wider screen. */
  static Div facts(Div... lines) {
    return Labels.facts(CLASSES, lines);
  }
}
