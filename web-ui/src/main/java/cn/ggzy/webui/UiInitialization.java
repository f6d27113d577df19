package cn.ggzy.webui;

import cn.ggzy.server.application.AuthenticationService;
import cn.ggzy.webui.i18n.Language;
import cn.ggzy.webui.push.DetachedClosePushConnection;
import cn.ggzy.webui.session.AbandonedUis;
import cn.ggzy.webui.session.AccessControl;
import cn.ggzy.webui.session.CurrentOfficer;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * Prepares every new UI: the language remembered in the cookie, the console's access control, the
 * watch that removes it once its browser is gone ({@link AbandonedUis}), and a push connection whose
 * close never holds the session ({@link DetachedClosePushConnection}).
 */
@ApplicationScoped
public class UiInitialization {
  @Inject AuthenticationService authentication;
  @Inject AbandonedUis abandoned;

  void serviceInit(@Observes ServiceInitEvent event) {
    // every request re-reads the logged-in account once (disabled or password changed: logged out)
    CurrentOfficer.verifyWith(authentication::current);
    event.getSource().addUIInitListener(init -> {
      var ui = init.getUI();
      Language.apply(ui, Language.of(VaadinRequest.getCurrent()));
      ui.addBeforeEnterListener(new AccessControl());
      abandoned.watch(ui);
      ui.getPushConfiguration().setPushConnectionFactory(new DetachedClosePushConnection.Factory());
    });
  }
}
