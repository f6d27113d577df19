package cn.ggzy.webui.admin.accounts;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.function.Function;

/**
 * Shows a generated password exactly once (after creating an account or resetting its password);
 * it is not stored anywhere in the UI once the dialog is closed.
 */
class OneTimePasswordDialog extends Dialog {

  OneTimePasswordDialog(String login, String password, Function<String, String> texts) {
    setHeaderTitle(texts.apply("accounts.password.title"));
    setId("one-time-password-dialog");
    Paragraph who = new Paragraph(texts.apply("accounts.password.for") + " " + login);
    Span secret = new Span(password);
    secret.setId("one-time-password");
    secret.addClassName("one-time-password");
    Paragraph warning = new Paragraph(texts.apply("accounts.password.once"));
    warning.addClassName("notice");
    add(who, secret, warning);
    Button close = new Button(texts.apply("accounts.password.close"), e -> {
      secret.setText("");
      close();
    });
    close.setId("one-time-password-close");
    close.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    getFooter().add(close);
    setCloseOnOutsideClick(false);
    addOpenedChangeListener(e -> {
      if (!e.isOpened()) {
        removeFromParent();
      }
    });
  }
}
