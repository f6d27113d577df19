package cn.ggzy.webui.login;

import cn.ggzy.server.application.AuthenticationService;
import cn.ggzy.server.application.AuthenticationService.AuthenticationResult;
import cn.ggzy.server.application.Messages;
import cn.ggzy.webui.layout.MainLayout;
import cn.ggzy.webui.publicsite.PublicPageClients;
import cn.ggzy.webui.session.AccessControl;
import cn.ggzy.webui.session.CurrentOfficer;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.login.AbstractLogin.LoginEvent;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

/** Officers log in here; a first login (or one after a reset) leads to the password change. */
@Route(value = "login", layout = MainLayout.class)
@Dependent
public class LoginView extends Div implements HasDynamicTitle, BeforeEnterObserver {
  private final AuthenticationService authentication;
  private final PublicPageClients clients;
  private final LoginForm form = new LoginForm();

  @Inject
  public LoginView(AuthenticationService authentication, PublicPageClients clients) {
    this.authentication = authentication;
    this.clients = clients;
    addClassName("login-view");
    form.setId("login-form");
    form.setI18n(LoginTexts.of(key -> getTranslation(key)));
    form.setForgotPasswordButtonVisible(false);
    form.addLoginListener(this::logIn);
    add(form);
  }

  private void logIn(LoginEvent event) {
    AuthenticationResult result = authentication.authenticate(event.getUsername(), event.getPassword(),
        clients == null ? null : clients.current().address());
    if (result instanceof AuthenticationResult.Success success) {
      CurrentOfficer.loggedIn(success);
      UI.getCurrent().navigate(success.mustChangePassword() ? AccessControl.PASSWORD : AccessControl.CONSOLE);
    } else if (result instanceof AuthenticationResult.Failure failure) {
      showFailure(failure.code());
    }
  }

  private void showFailure(String code) {
    LoginI18n i18n = LoginTexts.of(key -> getTranslation(key));
    i18n.getErrorMessage().setMessage(Messages.text(code, getLocale()));
    form.setI18n(i18n);
    form.setError(true);
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    if (CurrentOfficer.get().isPresent()) {
      event.forwardTo(AccessControl.CONSOLE);
    }
  }

  @Override
  public String getPageTitle() {
    return getTranslation("login.title") + " · " + getTranslation("app.title");
  }
}
