package cn.ggzy.webui.reviews;

import cn.ggzy.server.application.DocumentReviews.RuleBookView;
import cn.ggzy.webui.i18n.FieldErrors;
import cn.ggzy.webui.i18n.Texts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.function.SerializableConsumer;

/**
 * The rule book's text in a monospaced editor, with why it changes and the save. A saved edit becomes
 * the next version; an edit the backend refuses (a line it cannot read, a rule that misses its own
 * examples) is shown with the backend's account of which rule failed and why, and the text stays as
 * typed. Read-only for those who do not keep the book.
 */
final class RuleBookEditor extends VerticalLayout implements FieldErrors {
  /** An edit to save: the text, the version it was edited from, the reason. */
  record Edit(String text, int editedFrom, String note) {}

  final TextArea text = new TextArea();
  final TextField note = new TextField();
  final Button save = new Button();
  final Div refusal = new Div();
  final Span refusalMessage = new Span();
  final Pre refusalDetail = new Pre();
  private SerializableConsumer<Edit> onSave = e -> { };
  private int version;

  RuleBookEditor(Texts texts, boolean keeper) {
    setPadding(false);
    setId("review-rules-editor");
    addClassName("review-rules-editor");
    text.setId("review-rules-text");
    text.setLabel(texts.get(keeper ? "reviewRules.text" : "reviewRules.textReadOnly"));
    text.setHelperText(keeper ? texts.get("reviewRules.text.help") : null);
    text.setWidthFull();
    text.setMinHeight("16em");
    text.setMaxHeight("60vh");
    text.setReadOnly(!keeper);
    text.getElement().setAttribute("spellcheck", "false");
    text.addClassName("review-rules-text");
    text.addValueChangeListener(e -> text.setInvalid(false));
    note.setId("review-rules-note");
    note.setLabel(texts.get("reviewRules.note"));
    note.setHelperText(texts.get("reviewRules.note.help"));
    note.setMaxLength(500);
    note.setWidthFull();
    note.setRequiredIndicatorVisible(true);
    note.addValueChangeListener(e -> note.setInvalid(false));
    save.setId("review-rules-save");
    save.setText(texts.get("reviewRules.save"));
    save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    save.addClickListener(e -> {
      refusal.setVisible(false);
      onSave.accept(new Edit(text.getValue(), version, note.getValue()));
    });
    refusal.setId("review-rules-refusal");
    refusal.addClassName("review-rules-refusal");
    refusal.getElement().setAttribute("role", "alert");
    refusalMessage.setId("review-rules-refusal-message");
    refusalDetail.setId("review-rules-refusal-detail");
    refusal.add(refusalMessage, refusalDetail);
    refusal.setVisible(false);
    note.setVisible(keeper);
    save.setVisible(keeper);
    add(text, note, save, refusal);
  }

  void onSave(SerializableConsumer<Edit> listener) {
    this.onSave = listener;
  }

  /** The book in force; the note is emptied after a save. */
  void load(RuleBookView book) {
    version = book.version();
    text.setValue(book.text());
    note.clear();
    refusal.setVisible(false);
  }

  /** The backend refused the edit: its message and, when it says which rule failed, that account. */
  void refused(String message, String detail) {
    refusalMessage.setText(message);
    refusalDetail.setText(detail == null ? "" : detail);
    refusalDetail.setVisible(detail != null && !detail.isBlank());
    refusal.setVisible(true);
    refusal.scrollIntoView();
  }

  @Override
  public boolean showFieldError(String field, String message) {
    return switch (field) {
      case "text" -> FieldErrors.mark(text, message);
      case "note" -> FieldErrors.mark(note, message);
      default -> false;
    };
  }
}
