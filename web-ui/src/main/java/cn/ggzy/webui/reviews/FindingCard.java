package cn.ggzy.webui.reviews;

import cn.ggzy.server.application.DocumentReviews.FindingView;
import cn.ggzy.webui.cases.CaseFormats;
import cn.ggzy.webui.i18n.Texts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
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
    Div top = new Div(number, ReviewLabels.category(f.category(), texts), ReviewLabels.severity(f.severity(), texts),
        ReviewLabels.findingState(f.state(), texts, prefix + "-state"));
    top.addClassName("case-card-top");

    Div title = new Div(new Span(ReviewLabels.pick(locale, f.title(), f.titleEn())));
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
            ReviewLabels.pick(locale, f.basis(), f.basisEn())),
        ReviewLabels.line(prefix + "-suggestion", texts.get("reviews.finding.suggestion"),
            ReviewLabels.pick(locale, f.suggestion(), f.suggestionEn())),
        rule);
    if (f.decidedAt() != null) {
      add(ReviewLabels.line(prefix + "-decided", texts.get("reviews.finding.decidedBy"),
          f.decidedBy() + " · " + CaseFormats.dateTime(f.decidedAt(), locale)));
    }
    if (f.reason() != null && !f.reason().isBlank()) {
      add(ReviewLabels.line(prefix + "-reason", texts.get("reviews.finding.reason"), f.reason()));
    }
    if (decidable && "OPEN".equals(f.state())) {
      confirm.setId(prefix + "-confirm");
      confirm.setText(texts.get("reviews.finding.confirm"));
      confirm.setIcon(VaadinIcon.CHECK.create());
      confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
      confirm.addClickListener(e -> onConfirm.accept(f));
      dismiss.setId(prefix + "-dismiss");
      dismiss.setText(texts.get("reviews.finding.dismiss"));
      dismiss.setIcon(VaadinIcon.CLOSE_SMALL.create());
      dismiss.addClickListener(e -> onDismiss.accept(f));
      Div buttons = new Div(confirm, dismiss);
      buttons.addClassName("case-actions");
      add(buttons);
    }
  }
}
