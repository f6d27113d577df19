package cn.ggzy.webui.reviews;

import cn.ggzy.server.application.Caller;
import cn.ggzy.server.application.DocumentReviews;
import cn.ggzy.server.application.DocumentReviews.Page;
import cn.ggzy.server.application.Permission;
import cn.ggzy.server.application.TenantDirectory;
import cn.ggzy.webui.i18n.DomainErrors;
import cn.ggzy.webui.layout.MainLayout;
import cn.ggzy.webui.layout.PagedListPage;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.dependency.StyleSheet;
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
public class DocumentReviewsView extends PagedListPage {
  private final DocumentReviews reviews;
  private final ReviewUploadForm form = new ReviewUploadForm(texts);
  private final ReviewList list;

  @Inject
  public DocumentReviewsView(DocumentReviews reviews, TenantDirectory directory) {
    super(Permission.REVIEW_DOCUMENTS, "reviews.title", "reviews.upload.title", "review-upload-new", directory);
    this.reviews = reviews;
    addClassName("review-view");
    form.onUpload(this::upload);
    adding.add(form);
    list = new ReviewList(texts, getLocale(), s -> departmentName(s.department(), s.departmentName()));
    list.onPage(this::showPage);
    addContent(intro("reviews.intro"), adding, list, pageLink(ReviewNavigation.RULES, "reviews.rulesLink",
        "review-rules-link"));
  }

  @Override
  protected long loadPage(Caller caller, int offset, int limit) {
    return list.show(DomainErrors.orElse(() -> reviews.list(caller, offset, limit),
        e -> new Page(List.of(), 0, offset, limit)));
  }

  private void upload(DocumentReviews.Upload upload) {
    DomainErrors.orElse(() -> Optional.of(reviews.upload(caller(), upload)), e -> {
      DomainErrors.show(e, getLocale(), form);
      form.failed();
      return Optional.<DocumentReviews.Detail>empty();
    }).ifPresent(created -> {
      DomainErrors.confirm(getTranslation("reviews.upload.done", created.findings().size()));
      UI.getCurrent().navigate(ReviewNavigation.review(created.id()));
    });
  }
}
