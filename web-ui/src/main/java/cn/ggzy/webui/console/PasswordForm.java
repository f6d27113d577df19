package cn.ggzy.webui.console;

import cn.ggzy.webui.i18n.FieldErrors;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.shared.Registration;
import java.util.function.Function;

/** Current password, new password twice; fires {@link ChangeEvent} when the two new ones match. */
public class PasswordForm extends FormLayout implements FieldErrors {
  final PasswordField current = new PasswordField();
  final PasswordField newPassword = new PasswordField();
  final PasswordField repeat = new PasswordField();
  final Button save = new Button();
  private final Function<String, String> texts;

  public PasswordForm(Function<String, String> texts) {
    this.texts = texts;
    addClassName("password-form");
    setup(current, "password-current", "password.current");
    setup(newPassword, "password-new", "password.new");
    newPassword.setHelperText(texts.apply("password.rules"));
    setup(repeat, "password-repeat", "password.repeat");
    save.setText(texts.apply("password.save"));
    save.setId("password-save");
    save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    save.addClickShortcut(Key.ENTER);
    save.addClickListener(e -> submit());
    setResponsiveSteps(new ResponsiveStep("0", 1));
    add(current, newPassword, repeat, save);
  }

  private void setup(PasswordField field, String id, String labelKey) {
    field.setId(id);
    field.setLabel(texts.apply(labelKey));
    field.setRequired(true);
    field.setRevealButtonVisible(true);
    field.addValueChangeListener(e -> field.setInvalid(false));
  }

  private void submit() {
    current.setInvalid(false);
    newPassword.setInvalid(false);
    repeat.setInvalid(false);
    if (!newPassword.getValue().equals(repeat.getValue())) {
      showFieldError("repeat", texts.apply("password.mismatch"));
      return;
    }
    fireEvent(new ChangeEvent(this, current.getValue(), newPassword.getValue()));
  }

  @Override
  public boolean showFieldError(String field, String message) {
    PasswordField target = switch (field) {
      case "currentPassword" -> current;
      case "newPassword", "password" -> newPassword;
      case "repeat" -> repeat;
      default -> null;
    };
    return FieldErrors.mark(target, message);
  }

  public Registration addChangeListener(ComponentEventListener<ChangeEvent> listener) {
    return addListener(ChangeEvent.class, listener);
  }

  /** The officer asks to replace the current password by the new one. */
  public static class ChangeEvent extends ComponentEvent<PasswordForm> {
    private final String currentPassword;
    private final String newPassword;

    ChangeEvent(PasswordForm source, String currentPassword, String newPassword) {
      super(source, false);
      this.currentPassword = currentPassword;
      this.newPassword = newPassword;
    }

    public String currentPassword() {
      return currentPassword;
    }

    public String newPassword() {
      return newPassword;
    }
  }
}
