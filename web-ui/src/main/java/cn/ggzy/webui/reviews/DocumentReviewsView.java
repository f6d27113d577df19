package cn.ggzy.webui.reviews;

import cn.ggzy.server.application.Caller;
import cn.ggzy.server.application.DocumentReviews;
import cn.ggzy.server.application.DocumentReviews.Page;
import cn.ggzy.server.application.DocumentReviews.Summary;
import cn.ggzy.server.application.TenantDirectory;
import cn.ggzy.tenants.TenantId;
import cn.ggzy.webui.i18n.DomainErrors;
import cn.ggzy.webui.i18n.Texts;
import cn.ggzy.webui.layout.MainLayout;
import cn.ggzy.webui.layout.ViewFrame;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;

/**
 * 招标文件审查: the department's reviews (the office: every department's of its region), newest
 * first and paged in the database, and the upload of a document for review; once uploaded, the
 * review opens with what the rule book found.
 */
@Route(value = ReviewNavigation.LIST, layout = MainLayout.class)
@StyleSheet("context://styles/reviews.css")
@Dependent
public class DocumentReviewsView extends ViewFrame implements HasDynamicTitle, BeforeEnterObserver {
  static final int PAGE_SIZE = 20;
  private final DocumentReviews reviews;
  private final TenantDirectory directory;
  private final Texts texts = this::getTranslation;
  private final ReviewUploadForm form = new ReviewUploadForm(texts);
  private final Details create = new Details();
  private final ReviewList list;
  private Caller caller;
  private int offset;

  @Inject
  public DocumentReviewsView(DocumentReviews reviews, TenantDirectory directory) {
    this.reviews = reviews;
    this.directory = directory;
    setHeading(getTranslation("reviews.title"));
    addClassName("review-view");
    Paragraph intro = new Paragraph(getTranslation("reviews.intro"));
    intro.addClassName("filing-explanation");
    form.onUpload(this::upload);
    create.setSummaryText(getTranslation("reviews.upload.title"));
    create.add(form);
    create.setId("review-upload-new");
    create.setWidthFull();
    list = new ReviewList(texts, getLocale(), this::departmentName);
    list.onPage(from -> {
      offset = from;
      refresh();
    });
    Anchor rules = new Anchor(ReviewNavigation.RULES, getTranslation("reviews.rulesLink"));
    rules.getElement().setAttribute("router-link", true);
    rules.setId("review-rules-link");
    rules.addClassName("service-back");
    addContent(intro, create, list, rules);
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    Optional<Caller> officer = ReviewNavigation.reviewer(event);
    if (officer.isEmpty()) {
      return;
    }
    caller = officer.get();
    offset = 0;
    refresh();
  }

  private void refresh() {
    Page page = DomainErrors.orElse(() -> reviews.list(caller, offset, PAGE_SIZE),
        e -> new Page(List.of(), 0, offset, PAGE_SIZE));
    list.show(page);
    if (page.total() == 0) {
      create.setOpened(true);
    }
  }

  private void upload(DocumentReviews.Upload upload) {
    DomainErrors.orElse(() -> Optional.of(reviews.upload(caller, upload)), e -> {
      DomainErrors.show(e, getLocale(), form);
      form.failed();
      return Optional.<DocumentReviews.Detail>empty();
    }).ifPresent(created -> {
      DomainErrors.confirm(getTranslation("reviews.upload.done", created.findings().size()));
      UI.getCurrent().navigate(ReviewNavigation.LIST + "/" + created.id());
    });
  }

  /** The department's name in the page's language (the summary carries the Chinese one). */
  private String departmentName(Summary s) {
    try {
      return directory.department(TenantId.of(s.department())).map(d -> d.name(getLocale()))
          .orElse(s.departmentName());
    } catch (IllegalArgumentException e) {
      return s.departmentName();
    }
  }

  @Override
  public String getPageTitle() {
    return getTranslation("reviews.title") + " · " + getTranslation("app.title");
  }
}
