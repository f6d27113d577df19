package cn.ggzy.webui.reviews;

import cn.ggzy.server.application.DocumentReviews.Page;
import cn.ggzy.server.application.DocumentReviews.Summary;
import cn.ggzy.webui.cases.CaseFormats;
import cn.ggzy.webui.i18n.Texts;
import cn.ggzy.webui.inspections.Facts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.function.SerializableFunction;
import java.util.Locale;

/**
 * One page of reviews as cards, newest first: the project (a link to the review), its state, the
 * department, the section, the file, the counts of findings (open, confirmed) and when it was
 * uploaded; under them where this page is in the whole list, with the previous and next page.
 */
final class ReviewList extends Div {
  final Div cards = new Div();
  final Span range = new Span();
  final Button previous = new Button();
  final Button next = new Button();
  private final Texts texts;
  private final Locale locale;
  private final SerializableFunction<Summary, String> departmentName;
  private SerializableConsumer<Integer> onPage = offset -> { };
  private Page page;

  ReviewList(Texts texts, Locale locale, SerializableFunction<Summary, String> departmentName) {
    this.texts = texts;
    this.locale = locale;
    this.departmentName = departmentName;
    setId("review-list");
    addClassName("review-list");
    cards.setId("review-cards");
    cards.addClassName("review-cards");
    range.setId("review-list-range");
    range.addClassName("review-list-range");
    previous.setId("review-list-previous");
    previous.setText(texts.get("reviews.list.previous"));
    previous.setIcon(VaadinIcon.ANGLE_LEFT.create());
    previous.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
    previous.addClickListener(e -> onPage.accept(Math.max(0, page.offset() - page.limit())));
    next.setId("review-list-next");
    next.setText(texts.get("reviews.list.next"));
    next.setIcon(VaadinIcon.ANGLE_RIGHT.create());
    next.setIconAfterText(true);
    next.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
    next.addClickListener(e -> onPage.accept(page.offset() + page.limit()));
    Div pager = new Div(previous, range, next);
    pager.addClassName("review-pager");
    add(cards, pager);
  }

  void onPage(SerializableConsumer<Integer> listener) {
    this.onPage = listener;
  }

  void show(Page p) {
    this.page = p;
    cards.removeAll();
    p.items().forEach(s -> cards.add(card(s)));
    if (p.items().isEmpty()) {
      Span none = new Span(texts.get("reviews.list.none"));
      none.setId("review-list-none");
      none.addClassName("review-empty");
      cards.add(none);
    }
    range.setText(p.total() == 0 ? "" : texts.get("reviews.list.range", String.valueOf(p.offset() + 1),
        String.valueOf(p.offset() + p.items().size()), String.valueOf(p.total())));
    previous.setEnabled(p.offset() > 0);
    next.setEnabled(p.offset() + p.items().size() < p.total());
    previous.setVisible(p.total() > p.items().size());
    next.setVisible(p.total() > p.items().size());
  }

  private Div card(Summary s) {
    Anchor link = new Anchor(ReviewNavigation.LIST + "/" + s.id(), s.projectCode() + " " + s.projectName());
    link.getElement().setAttribute("router-link", true);
    link.addClassName("case-number");
    link.setId("review-link-" + s.id());
    Div top = new Div(link, ReviewLabels.reviewState(s.state(), texts, null));
    top.addClassName("case-card-top");
    String prefix = "review-card-" + s.id();
    Div card = Facts.card(top, new Facts()
        .line(prefix + "-department", texts.get("reviews.field.department"), departmentName.apply(s))
        .line(prefix + "-section", texts.get("reviews.field.sectionName"), blankAsNull(s.sectionName()))
        .line(prefix + "-file", texts.get("reviews.field.file"), s.fileName())
        .line(prefix + "-counts", texts.get("reviews.field.findings"),
            texts.get("reviews.list.counts", s.findings(), s.open(), s.confirmed()))
        .line(prefix + "-created", texts.get("reviews.field.uploadedAt"), CaseFormats.dateTime(s.createdAt(), locale)));
    card.addClassName("review-card");
    card.getElement().setAttribute("data-review", s.id());
    return card;
  }

  private static String blankAsNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }
}
