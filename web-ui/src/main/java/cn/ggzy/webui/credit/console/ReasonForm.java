package cn.ggzy.webui.credit.console;

import cn.ggzy.webui.i18n.FieldErrors;
import cn.ggzy.webui.i18n.Texts;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.shared.Registration;

/** A text (a reason or a decision text) and one button; fires {@link ConfirmEvent}. */
public class ReasonForm extends VerticalLayout implements FieldErrors {
  final TextArea text = new TextArea();
  final Button confirm = new Button();

  public ReasonForm(Texts texts, String idPrefix, String labelKey, String buttonKey) {
    setPadding(false);
    addClassName("credit-reason-form");
    text.setId(idPrefix + "-text");
    text.setLabel(texts.get(labelKey));
    text.setWidthFull();
    text.addValueChangeListener(e -> text.setInvalid(false));
    confirm.setId(idPrefix + "-button");
    confirm.setText(texts.get(buttonKey));
    confirm.addClickListener(e -> fireEvent(new ConfirmEvent(this, text.getValue())));
    add(text, confirm);
  }

  @Override
  public boolean showFieldError(String field, String message) {
    return FieldErrors.mark(text, message);
  }

  public Registration addConfirmListener(ComponentEventListener<ConfirmEvent> listener) {
    return addListener(ConfirmEvent.class, listener);
  }

  /** The officer confirms with this text. */
  public static class ConfirmEvent extends ComponentEvent<ReasonForm> {
    private final String text;

    ConfirmEvent(ReasonForm source, String text) {
      super(source, false);
      this.text = text;
    }

    public String text() {
      return text;
    }
  }
}
