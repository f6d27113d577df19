package cn.ggzy.webui.inspections;

import cn.ggzy.webui.i18n.FieldErrors;
import cn.ggzy.webui.i18n.Texts;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;
import java.util.function.Consumer;

/** The draw: the witness (监督人) present and the value the witness enters; fires {@link Submitted}. */
public class DrawForm extends FormLayout implements FieldErrors {
  /** Who witnessed and what the witness entered. */
  public record Witness(String name, String value) {}

  final TextField name = new TextField();
  final TextField value = new TextField();
  final Button draw = new Button();
  private final Texts texts;

  public DrawForm(Texts texts) {
    this.texts = texts;
    setId("draw-form");
    name.setId("draw-witness-name");
    name.setLabel(texts.get("inspections.draw.witness"));
    name.setRequiredIndicatorVisible(true);
    value.setId("draw-witness-value");
    value.setLabel(texts.get("inspections.draw.witnessValue"));
    value.setHelperText(texts.get("inspections.draw.witnessValue.help"));
    value.setRequiredIndicatorVisible(true);
    draw.setId("draw-button");
    draw.setText(texts.get("inspections.draw.button"));
    draw.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    draw.addClickListener(e -> submit());
    setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("600px", 2));
    add(name, value, draw);
  }

  private void submit() {
    boolean missing = false;
    for (TextField f : new TextField[] {name, value}) {
      if (f.getValue().isBlank()) {
        FieldErrors.mark(f, texts.get("inspections.required"));
        missing = true;
      }
    }
    if (!missing) {
      ComponentUtil.fireEvent(this, new Submitted(this, new Witness(name.getValue(), value.getValue())));
    }
  }

  public Registration onDraw(Consumer<Witness> listener) {
    return Submitted.listen(this, listener);
  }

  @Override
  public boolean showFieldError(String field, String message) {
    HasValidation target = switch (field) {
      case "witnessName" -> name;
      case "witnessValue" -> value;
      default -> null;
    };
    return FieldErrors.mark(target, message);
  }
}
