package cn.ggzy.webui.login;

import com.vaadin.flow.component.login.LoginI18n;
import java.util.function.Function;

/** The login form's texts in the UI's language. */
final class LoginTexts {
  private LoginTexts() {}

  static LoginI18n of(Function<String, String> texts) {
    LoginI18n i18n = LoginI18n.createDefault();
    LoginI18n.Form form = i18n.getForm();
    form.setTitle(texts.apply("login.title"));
    form.setUsername(texts.apply("login.username"));
    form.setPassword(texts.apply("login.password"));
    form.setSubmit(texts.apply("login.submit"));
    form.setForgotPassword(texts.apply("login.forgot"));
    LoginI18n.ErrorMessage error = i18n.getErrorMessage();
    error.setTitle(texts.apply("login.error.title"));
    error.setMessage(texts.apply("login.error.message"));
    error.setUsername(texts.apply("login.error.username"));
    error.setPassword(texts.apply("login.error.password"));
    i18n.setAdditionalInformation(texts.apply("login.info"));
    return i18n;
  }
}
