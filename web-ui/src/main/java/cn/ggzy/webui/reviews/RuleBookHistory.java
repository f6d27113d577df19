package cn.ggzy.webui.reviews;

import cn.ggzy.server.application.DocumentReviews.RuleBookVersion;
import cn.ggzy.server.application.DocumentReviews.RuleBookView;
import cn.ggzy.webui.cases.CaseFormats;
import cn.ggzy.webui.i18n.Texts;
import cn.ggzy.webui.inspections.Facts;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import java.util.Locale;

/**
 * The rule book in force (its version, how many rules, who saved it when) and the versions saved
 * before, newest first, each with who saved it, when and why.
 */
final class RuleBookHistory {
  private RuleBookHistory() {}

  static Div build(RuleBookView book, Texts texts, Locale locale) {
    Div facts = new Div();
    facts.setId("review-rules-facts");
    facts.addClassName("review-facts");
    facts.add(ReviewLabels.line("review-rules-version", texts.get("reviewRules.version"), book.version() == 0
            ? texts.get("reviews.rules.shipped") : texts.get("reviews.rules.version", book.version())),
        ReviewLabels.line("review-rules-count", texts.get("reviewRules.count"),
            texts.get("reviewRules.countLine", book.rules())),
        ReviewLabels.line("review-rules-saved", texts.get("reviewRules.saved"), book.savedAt() == null
            ? texts.get("reviewRules.savedShipped") : book.savedBy() + " · " + CaseFormats.dateTime(book.savedAt(), locale)));
    H3 heading = new H3(texts.get("reviewRules.history"));
    heading.addClassName("sheet-heading");
    Div history = new Div();
    history.setId("review-rules-history");
    history.addClassName("review-rules-history");
    for (RuleBookVersion v : book.history()) {
      Div entry = Facts.card(new Facts()
          .line("review-rules-history-" + v.version(), texts.get("reviews.rules.version", v.version()),
              v.by() + " · " + CaseFormats.dateTime(v.at(), locale))
          .line("review-rules-history-" + v.version() + "-note", texts.get("reviewRules.historyNote"), v.note()));
      entry.getElement().setAttribute("data-version", String.valueOf(v.version()));
      history.add(entry);
    }
    if (book.history().isEmpty()) {
      Span none = new Span(texts.get("reviewRules.history.none"));
      none.setId("review-rules-history-none");
      none.addClassName("review-empty");
      history.add(none);
    }
    Div block = new Div(facts, heading, history);
    block.addClassName("review-rules-summary");
    return block;
  }
}
