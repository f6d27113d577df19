package cn.ggzy.webui.publicsite.filing;

import cn.ggzy.server.application.IntakeViews.AllowedType;
import cn.ggzy.server.application.IntakeViews.Limits;
import cn.ggzy.server.application.IntakeViews.Upload;
import cn.ggzy.server.domain.model.DomainException;
import cn.ggzy.webui.i18n.DomainErrors;
import cn.ggzy.webui.i18n.Texts;
import cn.ggzy.webui.publicsite.PublicErrors;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.server.streams.UploadEvent;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * Files for a submission (evidence, proof of the objection, 补正): the backend's limits shown
 * above the button, the component's own progress and retry while a file travels, then the stored
 * files with their size and a remove button. Each file is stored under an id derived from this
 * form, its name and size, so that a retried request does not store it twice. A file the backend
 * refuses (type read from the content, size) is named with the reason in the page's language.
 */
public class EvidenceUpload extends Div {
  private static final Logger LOG = Logger.getLogger(EvidenceUpload.class.getName());
  final com.vaadin.flow.component.upload.Upload upload = new com.vaadin.flow.component.upload.Upload();
  final Span caption = new Span();
  final Paragraph limitsText = new Paragraph();
  final Div files = new Div();
  final Span error = new Span();
  private final String id;
  private final Texts texts;
  private final String formNonce = UUID.randomUUID().toString();
  private final List<Upload> stored = new ArrayList<>();
  private Limits limits;
  private FilingUploads store;
  private volatile long storedBytes;

  public EvidenceUpload(String id, Texts texts) {
    this.id = id;
    this.texts = texts;
    setId(id);
    addClassName("evidence-upload");
    limitsText.setId(id + "-limits");
    limitsText.addClassName("evidence-limits");
    upload.setId(id + "-upload");
    upload.setI18n(UploadTexts.of(texts));
    upload.setDropAllowed(true);
    upload.setUploadHandler(this::handle);
    upload.addFileRejectedListener(e -> showError(texts.get("evidence.refused", e.getFileName(), e.getErrorMessage())));
    upload.getElement().addEventListener("upload-success", e -> dropFinishedRows());
    files.setId(id + "-files");
    files.addClassName("evidence-files");
    error.setId(id + "-error");
    error.addClassName("form-error");
    error.getElement().setAttribute("role", "alert");
    error.setVisible(false);
    caption.addClassName("evidence-caption");
    caption.setVisible(false);
    add(caption, limitsText, upload, files, error);
  }

  /** The backend's limits: shown, and given to the component so that it refuses early. */
  public void setLimits(Limits limits) {
    this.limits = limits;
    upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, limits.maxFileBytes()));
    upload.setMaxFiles(limits.maxFiles());
    upload.setAcceptedFileTypes(accepted(limits.allowedTypes()));
    limitsText.setText(texts.get("evidence.limits", Sizes.format(limits.maxFileBytes()),
        Sizes.format(limits.maxSubmissionBytes()), limits.maxFiles(), categories(limits.allowedTypes())));
  }

  public void setStore(FilingUploads store) {
    this.store = store;
  }

  public void setLabel(String label) {
    upload.getElement().setAttribute("aria-label", label);
  }

  /** A visible label above the limits, like a field's (where no heading names the files). */
  public void setCaption(String text, boolean required) {
    caption.setText(text);
    caption.setVisible(true);
    caption.getElement().setAttribute("required", required);
    setLabel(text);
  }

  /** The ids of the stored files, in the order they were added. */
  public List<String> uploadIds() {
    return stored.stream().map(Upload::uploadId).toList();
  }

  public boolean isEmpty() {
    return stored.isEmpty();
  }

  /** Forgets every file (after a successful submission or reply). */
  public void clear() {
    stored.clear();
    storedBytes = 0;
    files.removeAll();
    upload.clearFileList();
    error.setVisible(false);
  }

  /** Shows a message under the files (also used by the form for the backend's field errors). */
  public void showError(String message) {
    error.setText(message);
    error.setVisible(true);
  }

  /** Runs in the upload's request thread: stores the file, then updates the form in the UI. */
  private void handle(UploadEvent event) {
    UI ui = event.getUI();
    try {
      Outcome outcome = receive(event.getFileName(), event.getFileSize(), event.getInputStream());
      ui.access(() -> apply(outcome, ui.getLocale()));
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "an evidence file could not be stored (the browser offers a retry)", e);
      throw e;
    }
  }

  /** Stores a file and shows the outcome at once (for a caller already inside the UI). */
  public void receiveNow(String fileName, long size, InputStream content, Locale locale) {
    apply(receive(fileName, size, content), locale);
  }

  /** Stores one file (or refuses it over the total size); touches nothing of the UI. */
  Outcome receive(String fileName, long size, InputStream content) {
    if (limits != null && size > 0 && storedBytes + size > limits.maxSubmissionBytes()) {
      return new Outcome(fileName, null, null, true);
    }
    return DomainErrors.orElse(
        () -> new Outcome(fileName, store.store(uploadId(fileName, size), fileName, content), null, false),
        e -> new Outcome(fileName, null, e, false));
  }

  /** The outcome shown in the form (called in the UI, or directly by tests). */
  void apply(Outcome outcome, Locale locale) {
    if (outcome.tooMuch()) {
      showError(texts.get("evidence.refused", outcome.fileName(),
          texts.get("evidence.error.total", Sizes.format(limits.maxSubmissionBytes()))));
    } else if (outcome.refusal() != null) {
      showError(texts.get("evidence.refused", outcome.fileName(),
          PublicErrors.message(outcome.refusal(), locale, texts)));
    } else if (stored.stream().noneMatch(u -> u.uploadId().equals(outcome.upload().uploadId()))) {
      error.setVisible(false);
      stored.add(outcome.upload());
      storedBytes += outcome.upload().size();
      showFiles();
    }
  }

  private void showFiles() {
    files.removeAll();
    for (int i = 0; i < stored.size(); i++) {
      Upload u = stored.get(i);
      var icon = VaadinIcon.CHECK_CIRCLE.create();
      icon.addClassName("evidence-file-icon");
      Span name = new Span(u.fileName());
      name.addClassName("evidence-file-name");
      Span size = new Span(Sizes.format(u.size()));
      size.addClassName("evidence-file-size");
      Button remove = new Button(VaadinIcon.CLOSE_SMALL.create(), e -> remove(u));
      remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
      remove.setAriaLabel(texts.get("evidence.file.remove") + " " + u.fileName());
      remove.setId(id + "-remove-" + i);
      Div row = new Div(icon, name, size, remove);
      row.addClassName("evidence-file");
      row.setId(id + "-file-" + i);
      files.add(row);
    }
  }

  private void remove(Upload u) {
    stored.remove(u);
    storedBytes -= u.size();
    showFiles();
  }

  /** The finished rows leave the component's list: the stored files are listed below it. */
  private void dropFinishedRows() {
    upload.getElement().executeJs("this.files = this.files.filter(f => !f.complete)");
  }

  /** 32 hex characters from this form's nonce, the file's name and size. */
  String uploadId(String fileName, long size) {
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256")
          .digest((formNonce + "/" + fileName + "/" + size).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String[] accepted(List<AllowedType> types) {
    Set<String> accepted = new LinkedHashSet<>();
    for (AllowedType type : types) {
      accepted.add(type.mimeType());
      type.extensions().forEach(ext -> accepted.add(ext.startsWith(".") ? ext : "." + ext));
    }
    return accepted.toArray(String[]::new);
  }

  private String categories(List<AllowedType> types) {
    return types.stream().map(AllowedType::category).distinct()
        .flatMap(c -> Stream.of(texts.get("evidence.category." + c)))
        .reduce((a, b) -> a + texts.get("list.separator") + b).orElse("");
  }

  /** A file's fate: stored, refused by the backend, or over the submission's total size. */
  record Outcome(String fileName, Upload upload, DomainException refusal, boolean tooMuch) {}
}
