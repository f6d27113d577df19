package cn.ggzy.webui.reviews;

import cn.ggzy.server.application.Caller;
import cn.ggzy.server.application.DocumentReviews;
import cn.ggzy.server.application.DocumentReviews.Detail;
import cn.ggzy.server.application.DocumentReviews.FindingView;
import cn.ggzy.server.application.Messages;
import cn.ggzy.server.application.Permission;
import cn.ggzy.server.application.TenantDirectory;
import cn.ggzy.server.domain.model.NotFoundException;
import cn.ggzy.webui.cases.CaseFormats;
import cn.ggzy.webui.credit.console.ReasonForm;
import cn.ggzy.webui.i18n.DepartmentNames;
import cn.ggzy.webui.i18n.DomainErrors;
import cn.ggzy.webui.i18n.FieldErrors;
import cn.ggzy.webui.i18n.Language;
import cn.ggzy.webui.i18n.Texts;
import cn.ggzy.webui.layout.ConsolePage;
import cn.ggzy.webui.layout.MainLayout;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Optional;

/**
 * One review (招标文件审查): the project and the document, the next step (decide, issue the
 * rectification notice, download it, send the corrected document), and every finding as a card with
 * the clause's matched words marked, filtered by decision and category. Officers confirm a finding or
 * dismiss it with a reason while it is open and the notice not yet out. Under the findings, the latest
 * document is compared with a model text (范本) of the region the officer chooses.
 */
@Route(value = ReviewNavigation.LIST + "/:reviewId", layout = MainLayout.class)
@StyleSheet("context://styles/reviews.css")
@Dependent
public class DocumentReviewView extends ConsolePage {
  private final DocumentReviews reviews;
  private final TenantDirectory directory;
  private final Texts texts = this::getTranslation;
  private final Div sheet = new Div();
  private final Div next = new Div();
  private final FindingList findings;
  private final ModelComparisonSection comparison;
  private NoticeSection notice;
  private Caller caller;
  private String id = "";

  @Inject
  public DocumentReviewView(DocumentReviews reviews, TenantDirectory directory) {
    super(Permission.REVIEW_DOCUMENTS, "reviews.detail.title");
    this.reviews = reviews;
    this.directory = directory;
    addClassName("review-view");
    sheet.setWidthFull();
    next.setWidthFull();
    findings = new FindingList(texts, getLocale(), this::confirm, this::dismiss);
    findings.setWidthFull();
    comparison = new ModelComparisonSection(texts, this::compare);
    comparison.setWidthFull();
    addContent(pageLink(ReviewNavigation.LIST, "reviews.back", "review-back"), sheet, next,
        partHeading("reviews.findings.title", "review-findings-heading"), findings, comparison);
  }

  @Override
  protected void enter(Caller officer, BeforeEnterEvent event) {
    caller = officer;
    id = event.getRouteParameters().get("reviewId").orElse("");
    boolean found = DomainErrors.run(() -> show(reviews.find(caller, id)), e -> {
      if (!(e instanceof NotFoundException)) {
        throw e;
      }
      event.forwardTo(DocumentReviewsView.class);
    });
    if (found) {
      comparison.clear();
      comparison.models(DomainErrors.orElse(() -> reviews.modelTexts(caller), e -> List.of()));
    }
    scrollToTop();
  }

  private void show(Detail d) {
    setPageTitle(d.projectName());
    sheet.removeAll();
    sheet.add(new ReviewSheet(texts, getLocale(), this::departmentName).build(d));
    next.removeAll();
    notice = new NoticeSection(d, texts, () -> issue(d), noticePdf(d), this::correct);
    next.add(notice);
    findings.show(d.findings(), d.rectification() == null);
  }

  private void confirm(FindingView f) {
    DomainErrors.attempt(() -> reviews.confirm(caller, id, f.number()), getLocale(), FieldErrors.NONE)
        .ifPresent(d -> {
          DomainErrors.confirm(getTranslation("reviews.finding.confirmed", f.number()));
          show(d);
        });
  }

  /** 不予认定 in a dialog with the clause and the reason; a missing reason is shown at the reason. */
  private void dismiss(FindingView f) {
    ReasonForm form = new ReasonForm(texts, "finding-dismiss", "reviews.dismiss.reason", "reviews.dismiss.button");
    Paragraph clause = new Paragraph(f.clause());
    clause.addClassName("review-dialog-clause");
    Dialog dialog = new Dialog(clause, form);
    dialog.setId("finding-dismiss-dialog");
    dialog.setHeaderTitle(getTranslation("reviews.dismiss.title", f.number()));
    dialog.setWidth("min(100vw, 32em)");
    Button cancel = new Button(getTranslation("reviews.cancel"), e -> dialog.close());
    cancel.setId("finding-dismiss-cancel");
    dialog.getFooter().add(cancel);
    form.addConfirmListener(e -> DomainErrors.attempt(() -> reviews.dismiss(caller, id, f.number(), e.text()),
        getLocale(), (field, message) -> "reason".equals(field) && form.showFieldError(field, message))
        .ifPresent(d -> {
          dialog.close();
          DomainErrors.confirm(getTranslation("reviews.finding.dismissed", f.number()));
          show(d);
        }));
    dialog.open();
  }

  /** The latest document compared with the chosen model text. */
  private void compare(String modelTextId) {
    DomainErrors.attempt(() -> reviews.compare(caller, id, modelTextId), getLocale(), comparison)
        .ifPresentOrElse(comparison::show, comparison::failed);
  }

  /** The notice freezes the decisions: asked once more, with whom it goes to. */
  private void issue(Detail d) {
    String to = d.agency() == null || d.agency().isBlank() ? d.employer()
        : d.employer() + getTranslation("list.separator") + d.agency();
    Dialog dialog = new Dialog(new Paragraph(getTranslation("reviews.issue.explanation",
        ReviewSheet.count(d.findings(), "CONFIRMED"), to)));
    dialog.setId("review-issue-dialog");
    dialog.setHeaderTitle(getTranslation("reviews.next.issueButton"));
    dialog.setWidth("min(100vw, 32em)");
    Button cancel = new Button(getTranslation("reviews.cancel"), e -> dialog.close());
    cancel.setId("review-issue-cancel");
    Button confirm = new Button(getTranslation("reviews.issue.confirm"));
    confirm.setId("review-issue-confirm");
    confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    confirm.setDisableOnClick(true);
    confirm.addClickListener(e -> {
      Optional<Detail> issued = DomainErrors.attempt(() -> reviews.issueNotice(caller, id), getLocale(),
          FieldErrors.NONE);
      dialog.close();
      issued.ifPresent(n -> {
        DomainErrors.confirm(getTranslation("reviews.issue.done", n.rectification().noticeNumber(),
            CaseFormats.deadline(n.rectification().dueDate(), getLocale())));
        show(n);
      });
    });
    dialog.getFooter().add(cancel, confirm);
    dialog.open();
  }

  /** The corrected document, reviewed again: rectified, or the rules that still find something. */
  private void correct(String fileName, byte[] content) {
    NoticeSection form = notice;
    Optional<Detail> corrected = DomainErrors.attempt(() -> reviews.correct(caller, id, fileName, content),
        getLocale(), form);
    corrected.ifPresentOrElse(d -> {
      comparison.clear();
      DomainErrors.confirm(d.rectification().rectified() ? getTranslation("reviews.correction.rectified")
          : getTranslation("reviews.correction.remaining", d.rectification().remaining().size()));
      show(d);
    }, () -> form.correct.setEnabled(true));
  }

  /** The notice as PDF, written when the link is followed; its name is Chinese, as the notice is. */
  private DownloadHandler noticePdf(Detail d) {
    String number = d.rectification() == null ? "" : d.rectification().noticeNumber();
    String fileName = getTranslation(Language.CHINESE, "reviews.notice.fileName", number);
    Caller who = caller;
    String review = id;
    return DownloadHandler.fromInputStream(event -> DomainErrors.orElse(() -> {
      byte[] bytes = reviews.notice(who, review);
      return new DownloadResponse(new ByteArrayInputStream(bytes), fileName, "application/pdf", bytes.length);
    }, e -> DownloadResponse.error(e.code().startsWith("documents.") ? 503 : 404, Messages.chinese(e.code()))));
  }

  private String departmentName(String tenant) {
    return DepartmentNames.name(directory, tenant, getLocale());
  }
}
