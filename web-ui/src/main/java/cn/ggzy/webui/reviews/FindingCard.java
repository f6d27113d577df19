package cn.ggzy.webui.reviews;

import cn.ggzy.server.application.DocumentReviews.FindingView;
import cn.ggzy.webui.i18n.Texts;
import cn.ggzy.webui.layout.Labels;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.function.SerializableConsumer;
import java.util.Locale;

/**
 * One finding as a card that reads on a phone: its number, category, severity and state; where the
 * clause stands (第N页 第M段); the clause with the matched words marked; the rule, what a numeric
 * check measured, the legal basis and a lawful wording; the officer's decision, or while the finding
 * is open and the notice not yet out, the buttons to confirm or dismiss it.
 */
final class FindingCard extends Div {
  final Button confirm = new Button();
  final Button dismiss = new Button();

  FindingCard(FindingView f, Texts texts, Locale locale, boolean decidable, SerializableConsumer<FindingView> onConfirm,
      SerializableConsumer<FindingView> onDismiss) {
    String prefix = "finding-" + f.number();
    setId(prefix);
    addClassName("review-finding");
    getElement().setAttribute("data-state", f.state());
    getElement().setAttribute("data-category", f.category());
    getElement().setAttribute("data-rule", f.ruleId());

    Span number = new Span(texts.get("reviews.finding.number", String.valueOf(f.number())));
    number.addClassName("review-finding-number");
    Div top = Labels.top(number, ReviewLabels.category(f.category(), texts), ReviewLabels.severity(f.severity(), texts),
        ReviewLabels.findingState(f.state(), texts, prefix + "-state"));

    Div title = new Div(new Span(Labels.pick(locale, f.title(), f.titleEn())));
    title.setId(prefix + "-title");
    title.addClassName("review-finding-title");
    Span rule = new Span(texts.get("reviews.finding.rule", f.ruleId(), String.valueOf(f.ruleVersion())));
    rule.addClassName("review-finding-rule");

    Span place = new Span(ReviewLabels.place(f, texts));
    place.setId(prefix + "-place");
    place.addClassName("review-finding-place");
    Div clause = ClauseMarks.of(f.clause(), f.spans());
    clause.setId(prefix + "-clause");

    add(top, title, place, clause);
    if (f.measured() != null && !f.measured().isBlank()) {
      add(ReviewLabels.line(prefix + "-measured", texts.get("reviews.finding.measured"), f.measured()));
    }
    add(ReviewLabels.line(prefix + "-basis", texts.get("reviews.finding.basis"),
            Labels.pick(locale, f.basis(), f.basisEn())),
        ReviewLabels.line(prefix + "-suggestion", texts.get("reviews.finding.suggestion"),
            Labels.pick(locale, f.suggestion(), f.suggestionEn())),
        rule);
    if (f.decidedAt() != null) {
      add(ReviewLabels.line(prefix + "-decided", texts.get("reviews.finding.decidedBy"),
          Labels.byAt(f.decidedBy(), f.decidedAt(), locale)));
    }
    if (f.reason() != null && !f.reason().isBlank()) {
      add(ReviewLabels.line(prefix + "-reason", texts.get("reviews.finding.reason"), f.reason()));
    }
    if (decidable && "OPEN".equals(f.state())) {
      Labels.action(confirm, prefix + "-confirm", texts.get("reviews.finding.confirm"), VaadinIcon.CHECK,
          () -> onConfirm.accept(f));
      Labels.action(dismiss, prefix + "-dismiss", texts.get("reviews.finding.dismiss"), VaadinIcon.CLOSE_SMALL,
          () -> onDismiss.accept(f));
      add(Labels.actions(confirm, dismiss));
    }
  }
}
