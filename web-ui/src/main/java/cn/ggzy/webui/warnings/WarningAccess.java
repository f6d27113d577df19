package cn.ggzy.webui.warnings;

import cn.ggzy.server.application.Caller;
import cn.ggzy.server.application.Permission;
import cn.ggzy.webui.session.AccessControl;
import cn.ggzy.webui.session.CurrentOfficer;
import com.vaadin.flow.router.BeforeEnterEvent;
import java.util.Optional;

/** Who reviews warnings in the console (the backend checks again on every call). */
public final class WarningAccess {
  private WarningAccess() {}

  /** The signed-in officer when a reviewer; anyone else is sent on to the console (and empty is answered). */
  public static Optional<Caller> reviewer(BeforeEnterEvent event) {
    Optional<Caller> caller = CurrentOfficer.get().filter(c -> c.may(Permission.REVIEW_WARNINGS));
    if (caller.isEmpty()) {
      event.forwardTo(AccessControl.CONSOLE);
    }
    return caller;
  }
}
