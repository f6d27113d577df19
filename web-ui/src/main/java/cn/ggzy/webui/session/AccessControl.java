package cn.ggzy.webui.session;

import cn.ggzy.server.application.Caller;
import cn.ggzy.server.application.Permission;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterListener;
import java.util.Optional;

/**
 * Guards the console: any route under {@code console} needs a logged-in officer, and while a new
 * password is due, the only console page is the password change.
 */
public class AccessControl implements BeforeEnterListener {
  public static final String CONSOLE = "console";
  public static final String PASSWORD = "console/password";
  public static final String LOGIN = "login";

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    String path = event.getLocation().getPath();
    if (!isConsole(path)) {
      return;
    }
    if (CurrentOfficer.get().isEmpty()) {
      event.forwardTo(LOGIN);
    } else if (CurrentOfficer.mustChangePassword() && !PASSWORD.equals(path)) {
      event.forwardTo(PASSWORD);
    }
  }

  /**
   * The signed-in officer when they hold {@code permission}; anyone else is sent on to the console (the
   * backend checks again on every call) and empty is answered.
   */
  public static Optional<Caller> permitted(BeforeEnterEvent event, Permission permission) {
    Optional<Caller> caller = CurrentOfficer.get().filter(c -> c.may(permission));
    if (caller.isEmpty()) {
      event.forwardTo(CONSOLE);
    }
    return caller;
  }

  static boolean isConsole(String path) {
    return path.equals(CONSOLE) || path.startsWith(CONSOLE + "/");
  }
}
