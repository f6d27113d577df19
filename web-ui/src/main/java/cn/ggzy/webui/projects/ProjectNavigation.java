package cn.ggzy.webui.projects;

import cn.ggzy.server.application.Caller;
import cn.ggzy.server.application.Permission;
import cn.ggzy.webui.session.AccessControl;
import cn.ggzy.webui.session.CurrentOfficer;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.BeforeEnterEvent;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The console's link to the register of projects that must be tendered (应进必进预警) for those who
 * review documents, and who may enter its pages (the backend checks again on every call).
 */
public final class ProjectNavigation {
  public static final String LIST = "console/project-register";

  private ProjectNavigation() {}

  public static List<SideNavItem> items(Caller caller, Function<String, String> texts) {
    if (!caller.may(Permission.REVIEW_DOCUMENTS)) {
      return List.of();
    }
    SideNavItem item = new SideNavItem(texts.apply("nav.projectRegister"), LIST, VaadinIcon.ALARM.create());
    item.setId("nav-" + LIST.replace('/', '-'));
    return List.of(item);
  }

  /** The address of one project's page. */
  static String project(String id) {
    return LIST + "/" + id;
  }

  /** The signed-in officer when a reviewer; anyone else is sent on to the console (and empty is answered). */
  static Optional<Caller> officer(BeforeEnterEvent event) {
    Optional<Caller> caller = CurrentOfficer.get().filter(c -> c.may(Permission.REVIEW_DOCUMENTS));
    if (caller.isEmpty()) {
      event.forwardTo(AccessControl.CONSOLE);
    }
    return caller;
  }
}
