package cn.ggzy.webui.experts.console;

import cn.ggzy.webui.i18n.FieldErrors;
import cn.ggzy.webui.i18n.Texts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import java.io.Serializable;
import java.util.List;

/**
 * The answer of the body asked to cancel an expert's qualification, as the office records it: the
 * qualification was cancelled (the expert then leaves the pool) or the body declined, and what the
 * answer says. Both are required.
 */
public class DisqualificationAnswerForm extends VerticalLayout implements FieldErrors {
  /** The office records this answer. */
  @FunctionalInterface
  public interface Listener extends Serializable {
    void answered(boolean cancelled, String note);
  }

  static final int NOTE_MAX = 500;
  final RadioButtonGroup<Boolean> kind = new RadioButtonGroup<>();
  final TextArea note = new TextArea();
  final Button record = new Button();
  private final Texts texts;
  private Listener listener = (c, n) -> { };

  /** {@code prefix}: the ids of this request's answer ({@code expert-disqualification-<id>-answer}). */
  public DisqualificationAnswerForm(Texts texts, String prefix) {
    this.texts = texts;
    setPadding(false);
    setId(prefix);
    addClassNames("filing-form", "expert-disqualification-answer");
    kind.setId(prefix + "-kind");
    kind.setLabel(texts.get("experts.disqualification.answer.kind"));
    kind.setItems(List.of(Boolean.TRUE, Boolean.FALSE));
    kind.setItemLabelGenerator(cancelled -> texts.get(cancelled ? "experts.disqualification.answer.cancelled"
        : "experts.disqualification.answer.declined"));
    kind.setRequiredIndicatorVisible(true);
    kind.addValueChangeListener(e -> kind.setInvalid(false));
    note.setId(prefix + "-note");
    note.setLabel(texts.get("experts.disqualification.answer.note"));
    note.setHelperText(texts.get("experts.disqualification.answer.note.help"));
    note.setMaxLength(NOTE_MAX);
    note.setMinRows(2);
    note.setWidthFull();
    note.setRequiredIndicatorVisible(true);
    note.addValueChangeListener(e -> note.setInvalid(false));
    record.setId(prefix + "-record");
    record.setText(texts.get("experts.disqualification.answer"));
    record.addClickListener(e -> submit());
    add(kind, note, record);
  }

  public void onAnswer(Listener listener) {
    this.listener = listener;
  }

  private void submit() {
    String text = note.getValue().strip();
    boolean ok = true;
    if (kind.getValue() == null) {
      FieldErrors.mark(kind, texts.get("experts.disqualification.answer.required"));
      ok = false;
    }
    if (text.isEmpty()) {
      FieldErrors.mark(note, texts.get("filing.required"));
      ok = false;
    }
    if (ok) {
      listener.answered(kind.getValue(), text);
    }
  }

  /** The backend's field: {@code note}. */
  @Override
  public boolean showFieldError(String field, String message) {
    return "note".equals(field) && FieldErrors.mark(note, message);
  }
}
