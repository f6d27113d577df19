package cn.ggzy.webui.reviews;

import cn.ggzy.server.application.DocumentReviews.ModelTextView;
import cn.ggzy.webui.i18n.FieldErrors;
import cn.ggzy.webui.i18n.Texts;
import cn.ggzy.webui.layout.Labels;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;

/**
 * The region's model texts (范本) of tender documents, newest first: each with its name, file, how
 * many clauses it has, who imported it and when. Those who keep the rule book (the office) import a
 * new one here: a name and the file (.docx, .doc, .wps, .pdf, .txt); the backend's refusal of either
 * is shown at it. A review is compared with one of them on its own page.
 */
final class ModelTextPanel extends Div implements FieldErrors {
  /** What the office imports: the name and the file. */
  @FunctionalInterface
  interface Importer extends Serializable {
    void accept(String name, String fileName, byte[] content);
  }

  final Div list = new Div();
  final TextField name = new TextField();
  final ReviewFileUpload file;
  final Button submit = new Button();
  final Div form = new Div();
  private final Texts texts;
  private final Locale locale;
  private Importer onImport = (n, f, c) -> { };

  ModelTextPanel(Texts texts, Locale locale, boolean keeper) {
    this.texts = texts;
    this.locale = locale;
    setId("review-model-texts");
    addClassNames("sheet-section", "review-model-texts");
    H3 heading = new H3(texts.get("reviewModels.title"));
    heading.addClassName("sheet-heading");
    Paragraph intro = new Paragraph(texts.get(keeper ? "reviewModels.intro.keeper" : "reviewModels.intro"));
    intro.addClassName("filing-note");
    list.setId("review-model-list");
    list.addClassName("review-model-list");
    add(heading, intro, list);

    name.setId("review-model-name");
    name.setLabel(texts.get("reviewModels.name"));
    name.setHelperText(texts.get("reviewModels.name.help"));
    name.setMaxLength(200);
    name.setWidthFull();
    name.setRequiredIndicatorVisible(true);
    name.addValueChangeListener(e -> name.setInvalid(false));
    file = new ReviewFileUpload(texts, "review-model-file", "reviewModels.file", "reviewModels.fileButton");
    submit.setId("review-model-import");
    submit.setText(texts.get("reviewModels.import"));
    submit.setIcon(VaadinIcon.UPLOAD.create());
    submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    submit.setDisableOnClick(true);
    submit.addClickListener(e -> submit());
    H3 importHeading = new H3(texts.get("reviewModels.importTitle"));
    importHeading.addClassName("sheet-heading");
    form.setId("review-model-form");
    form.addClassName("review-model-form");
    form.add(importHeading, name, file, submit);
    form.setVisible(keeper);
    add(form);
  }

  void onImport(Importer listener) {
    this.onImport = listener;
  }

  /** The region's model texts, newest first. */
  void show(List<ModelTextView> texts) {
    list.removeAll();
    for (ModelTextView t : texts) {
      list.add(card(t));
    }
    if (texts.isEmpty()) {
      Span none = new Span(this.texts.get("reviewModels.none"));
      none.setId("review-model-none");
      none.addClassName("review-empty");
      list.add(none);
    }
  }

  private Div card(ModelTextView t) {
    String prefix = "review-model-" + t.id();
    Span title = new Span(t.name());
    title.addClassName("review-finding-title");
    Div card = new Div(title,
        ReviewLabels.line(prefix + "-file", texts.get("reviews.field.file"), t.fileName()),
        ReviewLabels.line(prefix + "-clauses", texts.get("reviewModels.clauses"),
            texts.get("reviewModels.clausesLine", t.clauses())),
        ReviewLabels.line(prefix + "-by", texts.get("reviewModels.by"), Labels.byAt(t.by(), t.at(), locale)));
    card.setId(prefix);
    card.addClassNames("review-facts", "review-model");
    card.getElement().setAttribute("data-model", t.id());
    return card;
  }

  private void submit() {
    boolean ok = true;
    if (name.getValue().isBlank()) {
      FieldErrors.mark(name, texts.get("reviewModels.name.missing"));
      ok = false;
    }
    if (!file.hasFile()) {
      file.showError(texts.get("reviewModels.noFile"));
      ok = false;
    }
    if (!ok) {
      submit.setEnabled(true);
      return;
    }
    onImport.accept(name.getValue().strip(), file.fileName(), file.content());
  }

  /** Imported: the form is empty again. */
  void imported() {
    name.clear();
    name.setInvalid(false);
    file.clear();
    file.upload.clearFileList();
    submit.setEnabled(true);
  }

  /** The backend refused: the form is usable again. */
  void failed() {
    submit.setEnabled(true);
  }

  @Override
  public boolean showFieldError(String field, String message) {
    return switch (field) {
      case "name" -> FieldErrors.mark(name, message);
      case "file" -> {
        file.showError(message);
        yield true;
      }
      default -> false;
    };
  }
}
