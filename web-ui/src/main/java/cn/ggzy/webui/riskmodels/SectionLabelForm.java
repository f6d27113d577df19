package cn.ggzy.webui.riskmodels;

import cn.ggzy.server.application.RiggingModels.LabelRequest;
import cn.ggzy.webui.i18n.FieldErrors;
import cn.ggzy.webui.i18n.Texts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.function.SerializableConsumer;

/**
 * 直接认定标段: the project and section codes of a section of the officer's department, the finding
 * (串通投标 or 未发现串通) and the reason (at most 500 characters). The backend's refusal is shown at
 * the field it names, in the page's language.
 */
final class SectionLabelForm extends Div implements FieldErrors {
  static final int MAX_REASON = 500;
  final TextField projectCode = new TextField();
  final TextField sectionCode = new TextField();
  final RadioButtonGroup<Boolean> rigged = new RadioButtonGroup<>();
  final TextArea reason = new TextArea();
  final Button submit = new Button();
  private SerializableConsumer<LabelRequest> onSubmit = r -> { };

  SectionLabelForm(Texts texts) {
    setId("riskmodels-label-form");
    addClassName("riskmodel-form");
    projectCode.setId("riskmodels-project-code");
    projectCode.setLabel(texts.get("riskModels.field.projectCode"));
    projectCode.setRequiredIndicatorVisible(true);
    projectCode.setMaxLength(64);
    sectionCode.setId("riskmodels-section-code");
    sectionCode.setLabel(texts.get("riskModels.field.sectionCode"));
    sectionCode.setRequiredIndicatorVisible(true);
    sectionCode.setMaxLength(64);
    rigged.setId("riskmodels-rigged");
    rigged.setLabel(texts.get("riskModels.field.finding"));
    rigged.setItems(Boolean.TRUE, Boolean.FALSE);
    rigged.setItemLabelGenerator(r -> texts.get(r ? "riskModels.rigged" : "riskModels.clean"));
    rigged.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
    rigged.setRequiredIndicatorVisible(true);
    reason.setId("riskmodels-reason");
    reason.setLabel(texts.get("riskModels.field.reason"));
    reason.setHelperText(texts.get("riskModels.field.reason.help"));
    reason.setRequiredIndicatorVisible(true);
    reason.setMaxLength(MAX_REASON);
    reason.setMinHeight("6em");
    for (var field : new TextField[] {projectCode, sectionCode}) {
      field.setWidthFull();
      field.addValueChangeListener(e -> field.setInvalid(false));
    }
    reason.setWidthFull();
    reason.addValueChangeListener(e -> reason.setInvalid(false));
    rigged.addValueChangeListener(e -> rigged.setInvalid(false));
    submit.setId("riskmodels-label-submit");
    submit.setText(texts.get("riskModels.label.submit"));
    submit.setIcon(VaadinIcon.CHECK.create());
    submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    submit.addClickListener(e -> {
      projectCode.setInvalid(false);
      sectionCode.setInvalid(false);
      rigged.setInvalid(false);
      reason.setInvalid(false);
      onSubmit.accept(request());
    });
    add(projectCode, sectionCode, rigged, reason, submit);
  }

  void onSubmit(SerializableConsumer<LabelRequest> listener) {
    this.onSubmit = listener;
  }

  LabelRequest request() {
    return new LabelRequest(projectCode.getValue(), sectionCode.getValue(), rigged.getValue(), reason.getValue());
  }

  /** Labelled: ready for the next section. */
  void clear() {
    projectCode.clear();
    sectionCode.clear();
    rigged.clear();
    reason.clear();
    projectCode.setInvalid(false);
    sectionCode.setInvalid(false);
    rigged.setInvalid(false);
    reason.setInvalid(false);
  }

  @Override
  public boolean showFieldError(String field, String message) {
    return switch (field) {
      case "projectCode" -> FieldErrors.mark(projectCode, message);
      case "sectionCode" -> FieldErrors.mark(sectionCode, message);
      case "rigged" -> FieldErrors.mark(rigged, message);
      case "reason" -> FieldErrors.mark(reason, message);
      default -> false;
    };
  }
}
