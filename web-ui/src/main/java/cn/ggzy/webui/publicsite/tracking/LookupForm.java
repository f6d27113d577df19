package cn.ggzy.webui.publicsite.tracking;

import cn.ggzy.webui.i18n.FieldErrors;
import cn.ggzy.webui.i18n.Texts;
import cn.ggzy.webui.publicsite.filing.FormStatus;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;

/** Receipt number and access code; fires {@link LookupEvent}. */
public class LookupForm extends FormLayout {
  final TextField receipt = new TextField();
  final PasswordField code = new PasswordField();
  final FormStatus status = new FormStatus("tracking-status-line");
  final Button look = new Button();
  private final Texts texts;

  public LookupForm(Texts texts) {
    this.texts = texts;
    setId("tracking-lookup");
    addClassName("tracking-lookup");
    receipt.setId("tracking-receipt");
    receipt.setLabel(texts.get("tracking.receipt"));
    receipt.setMaxLength(40);
    receipt.getElement().setAttribute("autocomplete", "off");
    receipt.addValueChangeListener(e -> receipt.setInvalid(false));
    code.setId("tracking-code");
    code.setLabel(texts.get("tracking.code"));
    code.setMaxLength(40);
    code.getElement().setAttribute("autocomplete", "off");
    code.addValueChangeListener(e -> code.setInvalid(false));
    look.setText(texts.get("tracking.look"));
    look.setId("tracking-look");
    look.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
    look.addClickShortcut(Key.ENTER);
    look.addClickListener(e -> look());
    setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("600px", 2));
    add(receipt, code, status, look);
    setColspan(status, 2);
    setColspan(look, 2);
  }

  public void setReceiptNumber(String number) {
    receipt.setValue(number);
  }

  /** Empty again, the code forgotten. */
  public void reset() {
    receipt.clear();
    code.clear();
    status.clear();
  }

  private void look() {
    status.clear();
    boolean ok = true;
    if (receipt.getValue().isBlank()) {
      FieldErrors.mark(receipt, texts.get("filing.required"));
      ok = false;
    }
    if (code.getValue().isBlank()) {
      FieldErrors.mark(code, texts.get("filing.required"));
      ok = false;
    }
    if (ok) {
      fireEvent(new LookupEvent(this, receipt.getValue().trim(), code.getValue().trim()));
    }
  }

  /** The lookup was refused: the same words for an unknown receipt and a wrong code. */
  public void failed(String message) {
    status.failed(message);
  }

  public Registration addLookupListener(ComponentEventListener<LookupEvent> listener) {
    return addListener(LookupEvent.class, listener);
  }

  /** The filer asks to see the progress of this receipt. */
  public static class LookupEvent extends ComponentEvent<LookupForm> {
    private final String receiptNumber;
    private final String accessCode;

    LookupEvent(LookupForm source, String receiptNumber, String accessCode) {
      super(source, false);
      this.receiptNumber = receiptNumber;
      this.accessCode = accessCode;
    }

    public String receiptNumber() {
      return receiptNumber;
    }

    public String accessCode() {
      return accessCode;
    }
  }
}
