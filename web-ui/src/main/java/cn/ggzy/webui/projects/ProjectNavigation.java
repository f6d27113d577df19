package cn.ggzy.webui.projects;

import cn.ggzy.server.application.Caller;
import cn.ggzy.server.application.Permission;
import cn.ggzy.webui.layout.Navigation;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.util.List;
import java.util.function.Function;

/**
 * The console's link to the register of projects that must be tendered (应进必进预警) for those who
 * review documents (the pages let in only them, and the backend checks again on every call).
 */
public final class ProjectNavigation {
  public static final String LIST = "console/project-register";

  private ProjectNavigation() {}

  public static List<SideNavItem> items(Caller caller, Function<String, String> texts) {
    if (!caller.may(Permission.REVIEW_DOCUMENTS)) {
      return List.of();
    }
    return List.of(Navigation.item(texts.apply("nav.projectRegister"), LIST, VaadinIcon.ALARM));
  }

  /** The address of one project's page. */
  static String project(String id) {
    return LIST + "/" + id;
  }
}
