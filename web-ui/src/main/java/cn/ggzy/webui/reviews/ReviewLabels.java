package cn.ggzy.webui.reviews;

import cn.ggzy.server.application.DocumentReviews.FindingView;
import cn.ggzy.webui.i18n.Language;
import cn.ggzy.webui.i18n.Texts;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * The words and badges the review pages share: a review's state, a finding's category, severity and
 * state (text and a class, never colour alone), amounts in yuan, a clause's place, and a label–value
 * line that wraps on a 360 px screen.
 */
final class ReviewLabels {
  private ReviewLabels() {}

  /** Where a review stands ({@code UNDER_REVIEW}, {@code AWAITING_NOTICE}, {@code OVERDUE} …). */
  static Span reviewState(String state, Texts texts, String id) {
    return badge(texts.get("reviews.state." + state), "review-state-" + lower(state), "data-state", state, id);
  }

  static Span category(String code, Texts texts) {
    return badge(texts.get("reviews.category." + code), "review-category", "data-category", code, null);
  }

  /** HIGH, MEDIUM or LOW, with what it means as the badge's title. */
  static Span severity(String severity, Texts texts) {
    Span badge = badge(texts.get("reviews.severity." + severity), "review-severity-" + lower(severity),
        "data-severity", severity, null);
    badge.getElement().setAttribute("title", texts.get("reviews.severity." + severity + ".meaning"));
    return badge;
  }

  static Span findingState(String state, Texts texts, String id) {
    return badge(texts.get("reviews.finding.state." + state), "review-finding-state-" + lower(state), "data-state",
        state, id);
  }

  private static Span badge(String text, String className, String attribute, String value, String id) {
    Span badge = new Span(text);
    badge.addClassNames("status-badge", className);
    badge.getElement().setAttribute(attribute, value);
    if (id != null) {
      badge.setId(id);
    }
    return badge;
  }

  /** 第2页 第3段 / Page 2, paragraph 3. */
  static String place(FindingView f, Texts texts) {
    return texts.get("reviews.finding.place", String.valueOf(f.page()), String.valueOf(f.paragraph()));
  }

  /** An amount with thousands separators: 20,000,000 元 / 20,000,000 yuan; empty when not given. */
  static String yuan(BigDecimal amount, Texts texts) {
    if (amount == null) {
      return null;
    }
    DecimalFormat format = new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.ROOT));
    return texts.get("reviews.yuan", format.format(amount));
  }

  /** The text in the page's language: the English one when there is one. */
  static String pick(Locale locale, String zh, String en) {
    return Language.isEnglish(locale) && en != null && !en.isBlank() ? en : zh;
  }

  /** A label and its value; the value wraps anywhere (long file names, rule ids). */
  static Div line(String id, String label, String value) {
    Span l = new Span(label);
    l.addClassName("review-label");
    Span v = new Span(value == null || value.isBlank() ? "—" : value);
    v.addClassName("review-value");
    if (id != null) {
      v.setId(id);
    }
    Div row = new Div(l, v);
    row.addClassName("review-line");
    return row;
  }

  private static String lower(String code) {
    return code.toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
