package cn.ggzy.webui.inspections;

import cn.ggzy.server.application.Caller;
import cn.ggzy.server.application.Permission;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** The console's links of random inspections: the own tasks for every officer; rosters, plans and the clock for heads and the office. */
public final class InspectionNavigation {
  public static final String TASKS = "console/inspections/tasks";
  public static final String ROSTERS = "console/inspections/rosters";
  public static final String PLANS = "console/inspections/plans";
  public static final String PUBLICATION = "console/inspections/publication";

  private InspectionNavigation() {}

  public static List<SideNavItem> items(Caller caller, Function<String, String> texts) {
    List<SideNavItem> items = new ArrayList<>();
    if (caller.may(Permission.OFFICER_WORK)) {
      items.add(item(texts.apply("nav.inspection.tasks"), TASKS, VaadinIcon.CLIPBOARD_CHECK));
    }
    if (caller.may(Permission.MANAGE_INSPECTIONS)) {
      items.add(item(texts.apply("nav.inspection.rosters"), ROSTERS, VaadinIcon.LIST_UL));
      items.add(item(texts.apply("nav.inspection.plans"), PLANS, VaadinIcon.RANDOM));
      items.add(item(texts.apply("nav.inspection.publication"), PUBLICATION, VaadinIcon.TIMER));
    }
    return items;
  }

  private static SideNavItem item(String label, String path, VaadinIcon icon) {
    SideNavItem item = new SideNavItem(label, path, icon.create());
    item.setId("nav-" + path.replace('/', '-'));
    return item;
  }
}
