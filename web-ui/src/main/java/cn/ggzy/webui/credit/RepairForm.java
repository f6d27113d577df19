package cn.ggzy.webui.credit;

import cn.ggzy.server.domain.model.credit.RepairRequest;
import cn.ggzy.server.domain.model.credit.SubjectKind;
import cn.ggzy.webui.i18n.FieldErrors;
import cn.ggzy.webui.i18n.Texts;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;

/**
 * The credit-repair application (信用修复申请): the subject's credit code (an expert: the ID number),
 * a contact (never published), the signed commitment, the rectification and its evidence. Fires
 * {@link SubmitEvent}; the rules are checked by the backend, whose errors appear at their fields.
 */
public class RepairForm extends FormLayout implements FieldErrors {
  final TextField identifier = new TextField();
  final TextField contactName = new TextField();
  final TextField contactPhone = new TextField();
  final TextArea commitment = new TextArea();
  final Checkbox commitmentAccepted = new Checkbox();
  final TextArea rectification = new TextArea();
  final TextArea evidence = new TextArea();
  final Span commitmentError = new Span();
  final Button submit = new Button();

  public RepairForm(Texts texts, SubjectKind kind) {
    addClassName("repair-form");
    identifier.setId("repair-identifier");
    identifier.setLabel(texts.get(kind == SubjectKind.EXPERT ? "credit.repair.form.residentId"
        : "credit.repair.form.creditCode"));
    contactName.setId("repair-contact-name");
    contactName.setLabel(texts.get("credit.repair.form.contactName"));
    contactPhone.setId("repair-contact-phone");
    contactPhone.setLabel(texts.get("credit.repair.form.contactPhone"));
    contactPhone.setHelperText(texts.get("credit.repair.form.private"));
    commitment.setId("repair-commitment");
    commitment.setLabel(texts.get("credit.repair.form.commitment"));
    commitment.setValue(texts.get("credit.repair.form.commitment.text"));
    commitmentAccepted.setId("repair-commitment-accepted");
    commitmentAccepted.setLabel(texts.get("credit.repair.form.commitment.accept"));
    commitmentError.setId("repair-commitment-error");
    commitmentError.addClassName("credit-form-error");
    commitmentError.setVisible(false);
    rectification.setId("repair-rectification");
    rectification.setLabel(texts.get("credit.repair.form.rectification"));
    evidence.setId("repair-evidence");
    evidence.setLabel(texts.get("credit.repair.form.evidence"));
    evidence.setHelperText(texts.get("credit.repair.form.evidence.help"));
    submit.setText(texts.get("credit.repair.form.submit"));
    submit.setId("repair-submit");
    submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    submit.addClickListener(e -> fireEvent(new SubmitEvent(this)));
    for (HasValidation field : new HasValidation[] {identifier, contactName, contactPhone, commitment, rectification,
        evidence}) {
      ((HasValue<?, ?>) field).addValueChangeListener(e -> field.setInvalid(false));
    }
    commitmentAccepted.addValueChangeListener(e -> commitmentError.setVisible(false));
    setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("600px", 2));
    add(identifier, contactName, contactPhone, commitment, commitmentAccepted, commitmentError, rectification,
        evidence, submit);
    setColspan(commitment, 2);
    setColspan(rectification, 2);
    setColspan(evidence, 2);
  }

  @Override
  public boolean showFieldError(String field, String message) {
    if ("commitmentAccepted".equals(field)) {
      commitmentError.setText(message);
      commitmentError.setVisible(true);
      return true;
    }
    HasValidation target = switch (field) {
      case "identifier" -> identifier;
      case "contactName" -> contactName;
      case "contactPhone" -> contactPhone;
      case "commitment" -> commitment;
      case "rectification" -> rectification;
      case "evidence" -> evidence;
      default -> null;
    };
    return FieldErrors.mark(target, message);
  }

  public Registration addSubmitListener(ComponentEventListener<SubmitEvent> listener) {
    return addListener(SubmitEvent.class, listener);
  }

  /** The applicant sends the application as filled in. */
  public static class SubmitEvent extends ComponentEvent<RepairForm> {
    private final String identifier;
    private final String contactName;
    private final String contactPhone;
    private final String commitment;
    private final boolean commitmentAccepted;
    private final String rectification;
    private final String evidence;

    SubmitEvent(RepairForm form) {
      super(form, false);
      identifier = form.identifier.getValue();
      contactName = form.contactName.getValue();
      contactPhone = form.contactPhone.getValue();
      commitment = form.commitment.getValue();
      commitmentAccepted = form.commitmentAccepted.getValue();
      rectification = form.rectification.getValue();
      evidence = form.evidence.getValue();
    }

    public RepairRequest request() {
      return new RepairRequest(identifier, contactName, contactPhone, commitment,
          commitmentAccepted, rectification, evidence);
    }
  }
}
