package cn.ggzy.webui.experts.console;

import cn.ggzy.server.application.ExpertDraws.RatingInput;
import cn.ggzy.server.domain.model.DomainException;
import cn.ggzy.server.domain.model.expert.Rating;
import cn.ggzy.webui.i18n.FieldErrors;
import cn.ggzy.webui.i18n.Texts;
import cn.ggzy.webui.publicsite.PublicErrors;
import cn.ggzy.webui.publicsite.filing.FormStatus;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.function.SerializableConsumer;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * 一标一评 of one expert of the panel: the four items from 1 (serious failing) to 5 (exemplary) —
 * 守时, 独立评审, 专业判断, 遵守纪律 — and the note, which an item of 2 or less makes required (the
 * form marks it so as the items are chosen). Sends what was chosen as it is (an item not chosen as
 * 0): the backend checks the whole rating and each fault comes back to its field.
 */
public class RatingForm extends VerticalLayout implements FieldErrors {
  static final List<Integer> SCALE = List.of(1, 2, 3, 4, 5);
  /** The highest item that makes a rating negative (and the note required). */
  static final int NEGATIVE_AT_MOST = 2;
  final String expertId;
  final RadioButtonGroup<Integer> punctuality;
  final RadioButtonGroup<Integer> independence;
  final RadioButtonGroup<Integer> judgement;
  final RadioButtonGroup<Integer> discipline;
  final TextArea note = new TextArea();
  final FormStatus status = new FormStatus("expert-rating-status");
  final Button confirm = new Button();
  final Button cancel = new Button();
  private final Texts texts;
  private SerializableConsumer<RatingInput> onRate = r -> { };

  public RatingForm(Texts texts, String expertId) {
    this.texts = texts;
    this.expertId = expertId;
    setPadding(false);
    setId("expert-rating-form");
    addClassNames("filing-form", "expert-rating-form");
    Paragraph explanation = new Paragraph(texts.get("experts.rating.explanation"));
    explanation.setId("expert-rating-explanation");
    explanation.addClassName("filing-note");
    punctuality = item("punctuality");
    independence = item("independence");
    judgement = item("judgement");
    discipline = item("discipline");
    note.setId("expert-rating-note");
    note.setLabel(texts.get("experts.rating.note"));
    note.setHelperText(texts.get("experts.rating.note.help"));
    note.setMaxLength(Rating.MAX_NOTE);
    note.setMinRows(2);
    note.setWidthFull();
    note.addValueChangeListener(e -> note.setInvalid(false));
    confirm.setId("expert-rating-confirm");
    confirm.setText(texts.get("experts.rating.submit"));
    confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    confirm.addClickListener(e -> submit());
    cancel.setId("expert-rating-cancel");
    cancel.setText(texts.get("experts.decision.cancel"));
    cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
    Div buttons = new Div(confirm, cancel);
    buttons.addClassName("case-actions");
    add(explanation, punctuality, independence, judgement, discipline, note, status, buttons);
  }

  private RadioButtonGroup<Integer> item(String field) {
    RadioButtonGroup<Integer> item = new RadioButtonGroup<>();
    item.setId("expert-rating-" + field);
    item.setLabel(texts.get("experts.rating.item." + field));
    item.setItems(SCALE);
    item.setItemLabelGenerator(String::valueOf);
    item.setRequiredIndicatorVisible(true);
    item.setWidthFull();
    item.addValueChangeListener(e -> {
      item.setInvalid(false);
      note.setRequiredIndicatorVisible(negative());
    });
    return item;
  }

  public void onRate(SerializableConsumer<RatingInput> listener) {
    this.onRate = listener;
  }

  public void onCancel(ExpertDecisionForm.Cancel listener) {
    cancel.addClickListener(e -> listener.cancelled());
  }

  /** Some item chosen is 2 or less: the note is required. */
  boolean negative() {
    return items().map(RadioButtonGroup::getValue).anyMatch(v -> v != null && v <= NEGATIVE_AT_MOST);
  }

  private Stream<RadioButtonGroup<Integer>> items() {
    return Stream.of(punctuality, independence, judgement, discipline);
  }

  /** The rating as chosen; an item not chosen is 0, which the backend refuses at that item. */
  RatingInput input() {
    return new RatingInput(expertId, value(punctuality), value(independence), value(judgement), value(discipline),
        note.getValue().strip());
  }

  private static int value(RadioButtonGroup<Integer> item) {
    return item.getValue() == null ? 0 : item.getValue();
  }

  private void submit() {
    status.clear();
    onRate.accept(input());
  }

  /** A refused rating: every fault at its field, the rest (rated already, not yet) beside the button. */
  public void refused(DomainException e, Locale locale) {
    List<String> rest = PublicErrors.showAtFields(e, locale, texts, this);
    status.failed(rest.isEmpty() ? texts.get("filing.fixFields") : String.join(" ", rest));
  }

  /** The backend's fields: the items by name, {@code note}. */
  @Override
  public boolean showFieldError(String field, String message) {
    HasValidation target = switch (field) {
      case "punctuality" -> punctuality;
      case "independence" -> independence;
      case "judgement" -> judgement;
      case "discipline" -> discipline;
      case "note" -> note;
      default -> null;
    };
    return FieldErrors.mark(target, message);
  }
}
