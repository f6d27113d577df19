package cn.ggzy.webui.session;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterListener;

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

  static boolean isConsole(String path) {
    return path.equals(CONSOLE) || path.startsWith(CONSOLE + "/");
  }
}
