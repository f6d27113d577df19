package cn.ggzy.webui.projects;

import cn.ggzy.webui.i18n.FieldErrors;
import cn.ggzy.webui.i18n.Texts;
import cn.ggzy.webui.projects.RegisterFiles.Kind;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.function.SerializableBiConsumer;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.ByteArrayInputStream;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/**
 * The import of the register's CSV files: which file (the approved projects, one line per planned
 * contract, or the tenders recorded for them), its exact header with a template to download and a
 * sample, and the content, as a file (UTF-8 or a Chinese spreadsheet's GB18030) or pasted. A chosen
 * file is imported in place of pasted text, and typing drops a chosen file. A refusal of the whole
 * file (a wrong header, text that is not CSV, too many lines) is shown where the content came from.
 */
final class RegisterImportForm extends Div implements FieldErrors {
  static final int MAX_BYTES = 5 * 1024 * 1024;
  final RadioButtonGroup<Kind> kind = new RadioButtonGroup<>();
  final Paragraph header = new Paragraph();
  final Map<Kind, Anchor> templates = new EnumMap<>(Kind.class);
  final Pre sample = new Pre();
  final Upload upload = new Upload();
  final Span chosen = new Span();
  final Span fileError = new Span();
  final TextArea text = new TextArea();
  final Button submit = new Button();
  private final Texts texts;
  private SerializableBiConsumer<Kind, String> onImport = (k, csv) -> { };
  private String fileName;
  private String fileText;
  private boolean fromFile;

  RegisterImportForm(Texts texts) {
    this.texts = texts;
    setId("register-import-form");
    addClassName("register-import-form");
    kind.setId("register-import-kind");
    kind.setLabel(texts.get("projects.import.kind"));
    kind.setItems(Kind.values());
    kind.setItemLabelGenerator(k -> texts.get("projects.import.kind." + k.name()));
    kind.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
    kind.setValue(Kind.APPROVALS);
    kind.addValueChangeListener(e -> showKind());
    header.setId("register-import-header");
    header.addClassName("register-import-header");
    Div links = new Div();
    links.addClassName("register-import-templates");
    for (Kind k : Kind.values()) {
      Anchor template = new Anchor(template(k), AttachmentType.DOWNLOAD, "");
      template.add(VaadinIcon.DOWNLOAD_ALT.create());
      template.add(texts.get("projects.import.template." + k.name()));
      template.setId("register-template-" + k.name().toLowerCase(Locale.ROOT));
      template.addClassName("document-link");
      templates.put(k, template);
      links.add(template);
    }
    sample.setId("register-import-sample");
    sample.addClassName("register-import-sample");
    Details sampleDetails = new Details(texts.get("projects.import.sample"), sample);
    sampleDetails.setId("register-import-sample-details");
    sampleDetails.setWidthFull();

    upload.setId("register-import-file");
    upload.setMaxFiles(1);
    upload.setMaxFileSize(MAX_BYTES);
    upload.setAcceptedFileTypes(".csv", "text/csv", ".txt", "text/plain");
    upload.setUploadButton(new Button(texts.get("projects.import.fileButton"), VaadinIcon.UPLOAD.create()));
    upload.setDropLabel(new Span(texts.get("projects.import.drop")));
    upload.setUploadHandler(UploadHandler.inMemory((metadata, bytes) -> received(metadata.fileName(), bytes)));
    upload.addFileRejectedListener(e -> showFileError(texts.get("projects.import.fileRejected")));
    chosen.setId("register-import-file-name");
    chosen.addClassName("register-import-chosen");
    chosen.setVisible(false);
    fileError.setId("register-import-file-error");
    fileError.addClassName("form-error");
    fileError.getElement().setAttribute("role", "alert");
    fileError.setVisible(false);
    Span fileCaption = new Span(texts.get("projects.import.file"));
    fileCaption.addClassName("evidence-caption");
    Div file = new Div(fileCaption, upload, chosen, fileError);
    file.addClassNames("register-import-upload", "evidence-upload");

    text.setId("register-import-text");
    text.setLabel(texts.get("projects.import.paste"));
    text.setHelperText(texts.get("projects.import.paste.help"));
    text.setWidthFull();
    text.setMinHeight("7em");
    text.setMaxHeight("40vh");
    text.getElement().setAttribute("spellcheck", "false");
    text.addClassName("register-import-text");
    text.addValueChangeListener(e -> {
      text.setInvalid(false);
      if (e.isFromClient() && !e.getValue().isBlank()) {
        dropFile();
      }
    });

    submit.setId("register-import-submit");
    submit.setText(texts.get("projects.import.submit"));
    submit.setIcon(VaadinIcon.UPLOAD_ALT.create());
    submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    submit.setDisableOnClick(true);
    submit.addClickListener(e -> submit());
    add(kind, header, links, sampleDetails, file, text, submit);
    showKind();
  }

  private static DownloadHandler template(Kind k) {
    byte[] bytes = k.template();
    return DownloadHandler.fromInputStream(event -> new DownloadResponse(new ByteArrayInputStream(bytes),
        k.templateName(), "text/csv; charset=UTF-8", bytes.length));
  }

  private void showKind() {
    Kind k = chosenKind();
    header.setText(texts.get("projects.import.header", k.header()));
    templates.forEach((each, anchor) -> anchor.setVisible(each == k));
    sample.setText(k.sample());
  }

  Kind chosenKind() {
    return kind.getValue() == null ? Kind.APPROVALS : kind.getValue();
  }

  void onImport(SerializableBiConsumer<Kind, String> listener) {
    this.onImport = listener;
  }

  /** A file arrived (inside the UI's lock): kept as text until the import; pasted text gives way to it. */
  void received(String name, byte[] bytes) {
    upload.clearFileList();
    fileName = name;
    fileText = RegisterFiles.text(bytes);
    text.clear();
    text.setInvalid(false);
    chosen.setText(texts.get("projects.import.chosen", name, size(bytes.length)));
    chosen.setVisible(true);
    fileError.setVisible(false);
  }

  boolean hasFile() {
    return fileText != null;
  }

  private void dropFile() {
    fileName = null;
    fileText = null;
    chosen.setVisible(false);
    fileError.setVisible(false);
  }

  private void submit() {
    fileError.setVisible(false);
    String csv;
    if (fileText != null) {
      fromFile = true;
      csv = fileText;
    } else {
      fromFile = false;
      csv = RegisterFiles.pasted(text.getValue());
    }
    if (csv.isBlank()) {
      FieldErrors.mark(text, texts.get("projects.import.empty"));
      submit.setEnabled(true);
      return;
    }
    onImport.accept(chosenKind(), csv);
  }

  /**
   * Imported: ready for the next file. Pasted text whose lines were rejected stays, to be corrected
   * and imported again (a project or tender imported twice is updated, not doubled).
   */
  void imported(boolean everyLineTaken) {
    dropFile();
    if (everyLineTaken) {
      text.clear();
    }
    submit.setEnabled(true);
  }

  /** The backend refused the whole file: the form is usable again, the content kept. */
  void failed() {
    submit.setEnabled(true);
  }

  String fileName() {
    return fileName;
  }

  void showFileError(String message) {
    fileError.setText(message);
    fileError.setVisible(true);
  }

  @Override
  public boolean showFieldError(String field, String message) {
    if (!"file".equals(field)) {
      return false;
    }
    if (fromFile) {
      showFileError(message);
      return true;
    }
    return FieldErrors.mark(text, message);
  }

  /** 12 KB, 3.4 MB: the size a person reads. */
  static String size(long bytes) {
    if (bytes < 1024 * 1024) {
      return Math.max(1, Math.round(bytes / 1024.0)) + " KB";
    }
    return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
  }
}
