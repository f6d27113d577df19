package cn.ggzy.webui.reviews;

import cn.ggzy.webui.i18n.Texts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import java.util.Locale;

/**
 * A tender document chosen for review (.docx, .doc, .wps, .pdf, .txt; at most 30 MB, as the backend
 * takes): received in memory, named with its size under the button, kept until the form sends it.
 * Vaadin streams it through {@code UploadStreamingFilter}. A refused choice (type, size) and the
 * backend's refusal of the file ({@code review.file.*}) are shown under it.
 */
final class ReviewFileUpload extends Div {
  static final int MAX_BYTES = 30 * 1024 * 1024;
  static final String[] ACCEPTED = {".docx", ".doc", ".wps", ".pdf", ".txt",
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "application/msword",
      "application/vnd.ms-works", "application/kswps", "application/pdf", "text/plain"};
  final Upload upload = new Upload();
  final Span chosen = new Span();
  final Span error = new Span();
  private final Texts texts;
  private String fileName;
  private byte[] content;

  ReviewFileUpload(Texts texts, String id, String captionKey, String buttonKey) {
    this.texts = texts;
    addClassNames("review-upload", "evidence-upload");
    upload.setId(id);
    upload.setMaxFiles(1);
    upload.setMaxFileSize(MAX_BYTES);
    upload.setAcceptedFileTypes(ACCEPTED);
    upload.setUploadButton(new Button(texts.get(buttonKey), VaadinIcon.UPLOAD.create()));
    upload.setDropLabel(new Span(texts.get("reviews.upload.drop")));
    upload.setUploadHandler(UploadHandler.inMemory((metadata, bytes) -> received(metadata.fileName(), bytes)));
    upload.addFileRejectedListener(e -> showError(texts.get("reviews.upload.rejected")));
    Span caption = new Span(texts.get(captionKey));
    caption.addClassName("evidence-caption");
    caption.getElement().setAttribute("required", true);
    chosen.setId(id + "-file");
    chosen.addClassName("review-upload-file");
    chosen.setVisible(false);
    error.setId(id + "-error");
    error.addClassName("form-error");
    error.getElement().setAttribute("role", "alert");
    error.setVisible(false);
    add(caption, upload, chosen, error);
  }

  /** A file arrived (called by the upload inside the UI's lock); a second one replaces the first. */
  void received(String name, byte[] bytes) {
    upload.clearFileList();
    fileName = name;
    content = bytes;
    chosen.setText(texts.get("reviews.upload.chosen", name, size(bytes.length)));
    chosen.setVisible(true);
    error.setVisible(false);
  }

  boolean hasFile() {
    return content != null;
  }

  String fileName() {
    return fileName;
  }

  byte[] content() {
    return content;
  }

  void clear() {
    fileName = null;
    content = null;
    chosen.setVisible(false);
    error.setVisible(false);
  }

  void showError(String message) {
    error.setText(message);
    error.setVisible(true);
  }

  /** 12 KB, 3.4 MB: the size a person reads. */
  static String size(long bytes) {
    if (bytes < 1024 * 1024) {
      return Math.max(1, Math.round(bytes / 1024.0)) + " KB";
    }
    return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
  }
}
