package cn.ggzy.webui.cases;

import cn.ggzy.server.application.CaseRegister.DecisionInput;
import cn.ggzy.server.domain.model.enforcement.DecisionKind;
import cn.ggzy.webui.i18n.Texts;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;

/**
 * The proposed decision: its kind and written text; for an administrative penalty also the
 * measures (fine, confiscation, disqualification 1–3 years, licence revocation), hidden otherwise.
 */
class DecisionFields extends Div {
  final Select<DecisionKind> kind = new Select<>();
  final TextArea text = new TextArea();
  final IntegerField fine = new IntegerField();
  final Checkbox confiscation = new Checkbox();
  final IntegerField disqualification = new IntegerField();
  final Checkbox licenceRevoked = new Checkbox();
  private final Div measures;

  DecisionFields(Texts texts, CaseVocabulary words) {
    addClassName("decision-fields");
    kind.setId("field-decision-kind");
    kind.setLabel(texts.get("cases.decision.kind"));
    kind.setItems(DecisionKind.values());
    kind.setItemLabelGenerator(words::decisionKind);
    text.setId("field-decision-text");
    text.setLabel(texts.get("cases.decision.text"));
    fine.setId("field-decision-fine");
    fine.setLabel(texts.get("cases.decision.fineYuan"));
    fine.setMin(1);
    confiscation.setId("field-decision-confiscation");
    confiscation.setLabel(texts.get("cases.decision.confiscation"));
    disqualification.setId("field-decision-disqualification");
    disqualification.setLabel(texts.get("cases.decision.disqualificationYears"));
    disqualification.setMin(1);
    disqualification.setMax(3);
    disqualification.setStepButtonsVisible(true);
    licenceRevoked.setId("field-decision-licence");
    licenceRevoked.setLabel(texts.get("cases.decision.licenceRevoked"));
    for (var field : new HasSize[] {kind, text, fine, disqualification}) {
      field.setWidthFull();
    }
    measures = new Div(fine, confiscation, disqualification, licenceRevoked);
    measures.addClassName("decision-measures");
    measures.setVisible(false);
    kind.addValueChangeListener(e -> {
      kind.setInvalid(false);
      measures.setVisible(e.getValue() == DecisionKind.ADMINISTRATIVE_PENALTY);
    });
    text.addValueChangeListener(e -> text.setInvalid(false));
    fine.addValueChangeListener(e -> fine.setInvalid(false));
    disqualification.addValueChangeListener(e -> disqualification.setInvalid(false));
    add(kind, text, measures);
  }

  boolean penalty() {
    return kind.getValue() == DecisionKind.ADMINISTRATIVE_PENALTY;
  }

  /** The decision as typed; measures only for a penalty. */
  DecisionInput value() {
    String written = text.getValue() == null || text.getValue().isBlank() ? null : text.getValue().strip();
    if (!penalty()) {
      return new DecisionInput(kind.getValue(), written, null, false, null, false);
    }
    return new DecisionInput(kind.getValue(), written, fine.getValue() == null ? null : fine.getValue().longValue(),
        confiscation.getValue(), disqualification.getValue(), licenceRevoked.getValue());
  }

  /** The field a backend error names, or null. */
  HasValidation field(String name) {
    return switch (name) {
      case "decision.kind" -> kind;
      case "fineYuan" -> fine;
      case "disqualificationYears" -> disqualification;
      default -> null;
    };
  }
}
