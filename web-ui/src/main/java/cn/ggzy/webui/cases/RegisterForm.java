package cn.ggzy.webui.cases;

import cn.ggzy.server.application.CaseRegister.NewCase;
import cn.ggzy.server.domain.model.enforcement.CaseSource;
import cn.ggzy.server.domain.model.enforcement.Industry;
import cn.ggzy.webui.i18n.FieldErrors;
import cn.ggzy.webui.i18n.Texts;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.shared.InputField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;

/**
 * Registers a case (统一立案): source, industry, title, summary, project, respondent; the office may
 * keep the case instead of routing it to the competent department. Fires {@link RegisterEvent}.
 */
public class RegisterForm extends FormLayout implements FieldErrors {
  final Select<CaseSource> source = new Select<>();
  final Select<Industry> industry = new Select<>();
  final TextField title = new TextField();
  final TextArea summary = new TextArea();
  final TextField projectCode = new TextField();
  final TextField projectName = new TextField();
  final TextField respondent = new TextField();
  final TextField originReference = new TextField();
  final Checkbox keepInOffice = new Checkbox();
  final Button save = new Button();
  final Button cancel = new Button();

  public RegisterForm(boolean office, Texts texts, CaseVocabulary words) {
    addClassName("register-form");
    source.setItems(CaseSource.values());
    source.setItemLabelGenerator(words::source);
    industry.setItems(Industry.values());
    industry.setItemLabelGenerator(words::industry);
    setup(source, "register-source", texts.get("cases.register.source"));
    setup(industry, "register-industry", texts.get("cases.register.industry"));
    setup(title, "register-title", texts.get("cases.register.title"));
    setup(summary, "register-summary", texts.get("cases.register.summary"));
    setup(projectCode, "register-project-code", texts.get("cases.register.projectCode"));
    setup(projectName, "register-project-name", texts.get("cases.register.projectName"));
    setup(respondent, "register-respondent", texts.get("cases.register.respondent"));
    setup(originReference, "register-origin", texts.get("cases.register.originReference"));
    source.setRequiredIndicatorVisible(true);
    industry.setRequiredIndicatorVisible(true);
    title.setRequired(true);
    summary.setRequired(true);
    industry.setHelperText(office ? texts.get("cases.register.industry.help") : null);
    keepInOffice.setId("register-keep-in-office");
    keepInOffice.setLabel(texts.get("cases.register.keepInOffice"));
    keepInOffice.setVisible(office);
    save.setText(texts.get("cases.register.save"));
    save.setId("register-save");
    save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    save.addClickListener(e -> fireEvent(new RegisterEvent(this, value())));
    cancel.setText(texts.get("form.cancel"));
    cancel.setId("register-cancel");
    cancel.addClickListener(e -> fireEvent(new CancelEvent(this)));
    setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("600px", 2));
    add(source, industry, title, summary, projectCode, projectName, respondent, originReference, keepInOffice,
        save, cancel);
    setColspan(title, 2);
    setColspan(summary, 2);
    setColspan(keepInOffice, 2);
  }

  private <C extends Component & InputField<?, ?> & HasValidation> void setup(C field, String id, String label) {
    field.setId(id);
    field.setLabel(label);
    field.addValueChangeListener(e -> field.setInvalid(false));
  }

  NewCase value() {
    return new NewCase(source.getValue(), industry.getValue(), title.getValue(), summary.getValue(),
        projectCode.getValue(), projectName.getValue(), respondent.getValue(), originReference.getValue(),
        keepInOffice.getValue());
  }

  @Override
  public boolean showFieldError(String field, String message) {
    HasValidation target = switch (field) {
      case "source" -> source;
      case "industry" -> industry;
      case "title" -> title;
      case "summary" -> summary;
      case "projectCode" -> projectCode;
      case "projectName" -> projectName;
      case "respondent" -> respondent;
      case "originReference" -> originReference;
      default -> null;
    };
    return FieldErrors.mark(target, message);
  }

  public Registration addRegisterListener(ComponentEventListener<RegisterEvent> listener) {
    return addListener(RegisterEvent.class, listener);
  }

  public Registration addCancelListener(ComponentEventListener<CancelEvent> listener) {
    return addListener(CancelEvent.class, listener);
  }

  /** The officer asks to register the case. */
  public static class RegisterEvent extends ComponentEvent<RegisterForm> {
    private final NewCase input;

    RegisterEvent(RegisterForm source, NewCase input) {
      super(source, false);
      this.input = input;
    }

    public NewCase input() {
      return input;
    }
  }

  /** The officer gave up. */
  public static class CancelEvent extends ComponentEvent<RegisterForm> {
    CancelEvent(RegisterForm source) {
      super(source, false);
    }
  }
}
