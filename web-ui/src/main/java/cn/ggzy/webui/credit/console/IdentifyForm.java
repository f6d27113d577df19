package cn.ggzy.webui.credit.console;

import cn.ggzy.server.domain.model.credit.SubjectKind;
import cn.ggzy.webui.i18n.FieldErrors;
import cn.ggzy.webui.i18n.Texts;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.shared.Registration;

/** Names the subject of a case record whose respondent had no valid credit code; fires {@link IdentifyEvent}. */
public class IdentifyForm extends FormLayout implements FieldErrors {
  final CreditSubjectFields subject;
  final Button identify = new Button();

  public IdentifyForm(Texts texts, String respondentName) {
    subject = new CreditSubjectFields(texts, "identify");
    subject.name.setValue(respondentName == null ? "" : respondentName);
    identify.setId("identify-save");
    identify.setText(texts.get("credit.console.identify"));
    identify.addClickListener(e -> fireEvent(new IdentifyEvent(this, subject.kind.getValue(), subject.name.getValue(),
        subject.code(), subject.idNumber())));
    setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("600px", 2));
    add(subject.kind, subject.name, subject.creditCode, subject.residentId, identify);
  }

  @Override
  public boolean showFieldError(String field, String message) {
    return FieldErrors.mark(subject.field(field), message);
  }

  public Registration addIdentifyListener(ComponentEventListener<IdentifyEvent> listener) {
    return addListener(IdentifyEvent.class, listener);
  }

  /** The officer names the subject. */
  public static class IdentifyEvent extends ComponentEvent<IdentifyForm> {
    final SubjectKind kind;
    final String name;
    final String creditCode;
    final String residentId;

    IdentifyEvent(IdentifyForm source, SubjectKind kind, String name, String creditCode, String residentId) {
      super(source, false);
      this.kind = kind;
      this.name = name;
      this.creditCode = creditCode;
      this.residentId = residentId;
    }
  }
}
