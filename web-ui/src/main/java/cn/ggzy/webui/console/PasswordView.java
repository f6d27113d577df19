package cn.ggzy.webui.console;

import cn.ggzy.server.application.AuthenticationService;
import cn.ggzy.webui.i18n.DomainErrors;
import cn.ggzy.webui.layout.MainLayout;
import cn.ggzy.webui.layout.ViewFrame;
import cn.ggzy.webui.session.AccessControl;
import cn.ggzy.webui.session.CurrentOfficer;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.Optional;

/** The password change; the only console page while a new password is due. */
@Route(value = "console/password", layout = MainLayout.class)
@Dependent
public class PasswordView extends ViewFrame implements HasDynamicTitle {
  private final AuthenticationService authentication;
  private final PasswordForm form = new PasswordForm(key -> getTranslation(key));

  @Inject
  public PasswordView(AuthenticationService authentication) {
    this.authentication = authentication;
    setHeading(getTranslation("password.title"));
    if (CurrentOfficer.mustChangePassword()) {
      Paragraph due = new Paragraph(getTranslation("password.due"));
      due.setId("password-due");
      due.addClassName("notice");
      addContent(due);
    }
    form.addChangeListener(this::change);
    addContent(form);
  }

  private void change(PasswordForm.ChangeEvent event) {
    Optional<Integer> credentialsVersion = DomainErrors.attempt(() -> authentication.changePassword(
        CurrentOfficer.require(), event.currentPassword(), event.newPassword()), getLocale(), form);
    if (credentialsVersion.isEmpty()) {
      return;
    }
    CurrentOfficer.passwordChanged(credentialsVersion.get());
    DomainErrors.confirm(getTranslation("password.changed"));
    UI.getCurrent().navigate(AccessControl.CONSOLE);
  }

  @Override
  public String getPageTitle() {
    return getTranslation("password.title") + " · " + getTranslation("app.title");
  }
}
