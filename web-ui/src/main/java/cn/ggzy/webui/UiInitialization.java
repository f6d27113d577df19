package cn.ggzy.webui;

import cn.ggzy.webui.i18n.Language;
import cn.ggzy.webui.session.AccessControl;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/** Prepares every new UI: the language remembered in the cookie, and the console's access control. */
@ApplicationScoped
public class UiInitialization {
  void serviceInit(@Observes ServiceInitEvent event) {
    event.getSource().addUIInitListener(init -> {
      var ui = init.getUI();
      Language.apply(ui, Language.of(VaadinRequest.getCurrent()));
      ui.addBeforeEnterListener(new AccessControl());
    });
  }
}
