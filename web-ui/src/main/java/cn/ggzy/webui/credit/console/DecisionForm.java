package cn.ggzy.webui.credit.console;

import cn.ggzy.webui.i18n.FieldErrors;
import cn.ggzy.webui.i18n.Texts;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.shared.Registration;

/** The decision on a credit-repair application: the published text, approve or refuse; fires {@link DecideEvent}. */
public class DecisionForm extends VerticalLayout implements FieldErrors {
  final TextArea text = new TextArea();
  final Button approve = new Button();
  final Button refuse = new Button();

  public DecisionForm(Texts texts) {
    setPadding(false);
    text.setId("repair-decision-text");
    text.setLabel(texts.get("credit.console.decisionText"));
    text.setHelperText(texts.get("credit.console.public"));
    text.setWidthFull();
    text.addValueChangeListener(e -> text.setInvalid(false));
    approve.setId("repair-approve");
    approve.setText(texts.get("credit.console.repair.approve"));
    approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    approve.addClickListener(e -> fireEvent(new DecideEvent(this, true, text.getValue())));
    refuse.setId("repair-refuse");
    refuse.setText(texts.get("credit.console.repair.refuse"));
    refuse.addThemeVariants(ButtonVariant.LUMO_ERROR);
    refuse.addClickListener(e -> fireEvent(new DecideEvent(this, false, text.getValue())));
    add(text, new Div(approve, refuse));
  }

  @Override
  public boolean showFieldError(String field, String message) {
    return FieldErrors.mark(text, message);
  }

  public Registration addDecideListener(ComponentEventListener<DecideEvent> listener) {
    return addListener(DecideEvent.class, listener);
  }

  /** Approve (true) or refuse, with the text to publish. */
  public static class DecideEvent extends ComponentEvent<DecisionForm> {
    private final boolean approve;
    private final String text;

    DecideEvent(DecisionForm source, boolean approve, String text) {
      super(source, false);
      this.approve = approve;
      this.text = text;
    }

    public boolean approve() {
      return approve;
    }

    public String text() {
      return text;
    }
  }
}
