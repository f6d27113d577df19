package cn.ggzy.webui.reviews;

import cn.ggzy.server.application.DocumentReviews.Page;
import cn.ggzy.server.application.DocumentReviews.Summary;
import cn.ggzy.webui.cases.CaseFormats;
import cn.ggzy.webui.i18n.Texts;
import cn.ggzy.webui.inspections.Facts;
import cn.ggzy.webui.layout.Labels;
import cn.ggzy.webui.layout.PagedCards;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.function.SerializableFunction;
import java.util.Locale;

/**
 * One page of reviews as cards, newest first: the project (a link to the review), its state, the
 * department, the section, the file, the counts of findings (open, confirmed) and when it was
 * uploaded; under them where this page is in the whole list, with the previous and next page.
 */
final class ReviewList extends PagedCards<Summary> {
  private final Locale locale;
  private final SerializableFunction<Summary, String> departmentName;

  ReviewList(Texts texts, Locale locale, SerializableFunction<Summary, String> departmentName) {
    super(texts, "review", "reviews.list");
    this.locale = locale;
    this.departmentName = departmentName;
  }

  /** Shows the page; answers how many reviews there are in all. */
  long show(Page p) {
    show(p.items(), p.total(), p.offset(), p.limit());
    return p.total();
  }

  @Override
  protected Div card(Summary s) {
    Div top = Labels.top(Labels.link(ReviewNavigation.review(s.id()), s.projectCode() + " " + s.projectName(),
        "review-link-" + s.id(), "case-number"), ReviewLabels.reviewState(s.state(), texts, null));
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
