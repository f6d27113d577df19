package cn.ggzy.webui.reviews;

import cn.ggzy.server.application.DocumentReviews.Detail;
import cn.ggzy.webui.i18n.FieldErrors;
import cn.ggzy.webui.i18n.Texts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.function.SerializableBiConsumer;
import com.vaadin.flow.function.SerializableRunnable;
import com.vaadin.flow.server.streams.DownloadHandler;

/**
 * The next step of a review: before the notice, what is still to decide, or the button that issues
 * the rectification notice once every finding is decided and one at least confirmed; after it, the
 * notice as PDF and, until the review is rectified, the upload of the corrected document (reviewed
 * again against the confirmed findings).
 */
final class NoticeSection extends Div implements FieldErrors {
  final Paragraph hint = new Paragraph();
  final Button issue = new Button();
  final Button correct = new Button();
  Anchor pdf;
  ReviewFileUpload correction;

  NoticeSection(Detail d, Texts texts, SerializableRunnable onIssue, DownloadHandler notice,
      SerializableBiConsumer<String, byte[]> onCorrect) {
    setId("review-next");
    addClassName("sheet-section");
    H3 heading = new H3(texts.get("reviews.next.title"));
    heading.addClassName("sheet-heading");
    hint.setId("review-next-hint");
    hint.addClassName("filing-note");
    add(heading, hint);
    int open = ReviewSheet.count(d.findings(), "OPEN");
    int confirmed = ReviewSheet.count(d.findings(), "CONFIRMED");
    if (d.rectification() == null) {
      if (d.findings().isEmpty()) {
        hint.setText(texts.get("reviews.next.none"));
        return;
      }
      if (open == 0 && confirmed == 0) {
        hint.setText(texts.get("reviews.next.cleared"));
        return;
      }
      hint.setText(open > 0 ? texts.get("reviews.next.decide", open) : texts.get("reviews.next.issue", confirmed));
      issue.setId("review-issue-notice");
      issue.setText(texts.get("reviews.next.issueButton"));
      issue.setIcon(VaadinIcon.FILE_TEXT_O.create());
      issue.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
      issue.setEnabled(open == 0);
      issue.addClickListener(e -> onIssue.run());
      add(issue);
      return;
    }
    pdf = new Anchor(notice, AttachmentType.DOWNLOAD, "");
    pdf.add(VaadinIcon.FILE_TEXT_O.create());
    pdf.add(texts.get("reviews.next.pdf"));
    pdf.setId("review-notice-pdf");
    pdf.addClassName("document-link");
    add(pdf);
    if (d.rectification().rectified()) {
      hint.setText(texts.get("reviews.next.rectified"));
      return;
    }
    hint.setText(texts.get("reviews.next.correct"));
    correction = new ReviewFileUpload(texts, "review-correction", "reviews.correction.caption",
        "reviews.correction.button");
    correct.setId("review-correction-submit");
    correct.setText(texts.get("reviews.correction.submit"));
    correct.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    correct.setDisableOnClick(true);
    correct.addClickListener(e -> {
      if (!correction.hasFile()) {
        correction.showError(texts.get("reviews.upload.noFile"));
        correct.setEnabled(true);
        return;
      }
      onCorrect.accept(correction.fileName(), correction.content());
    });
    add(correction, correct);
  }

  @Override
  public boolean showFieldError(String field, String message) {
    if (correction != null && "file".equals(field)) {
      correction.showError(message);
      return true;
    }
    return false;
  }
}
