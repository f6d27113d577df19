package cn.ggzy.webui;

import cn.ggzy.server.application.AuthenticationService;
import cn.ggzy.webui.i18n.Language;
import cn.ggzy.webui.session.AccessControl;
import cn.ggzy.webui.session.CurrentOfficer;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/** Prepares every new UI: the language remembered in the cookie, and the console's access control. */
@ApplicationScoped
public class UiInitialization {
  @Inject AuthenticationService authentication;

  void serviceInit(@Observes ServiceInitEvent event) {
    // every request re-reads the logged-in account once (disabled or password changed: logged out)
    CurrentOfficer.verifyWith(authentication::current);
    event.getSource().addUIInitListener(init -> {
      var ui = init.getUI();
      Language.apply(ui, Language.of(VaadinRequest.getCurrent()));
      ui.addBeforeEnterListener(new AccessControl());
    });
  }
}
