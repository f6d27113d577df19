package cn.ggzy.webui.riskmodels;

import cn.ggzy.server.application.Caller;
import cn.ggzy.server.application.Permission;
import cn.ggzy.webui.layout.Navigation;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.util.List;
import java.util.function.Function;

/**
 * The console's link to learning from the region's decisions, for those who review warnings (the page
 * lets in only them, and the backend checks again on every call).
 */
public final class RiskModelNavigation {
  public static final String ROUTE = "console/rigging-models";

  private RiskModelNavigation() {}

  public static List<SideNavItem> items(Caller caller, Function<String, String> texts) {
    if (!caller.may(Permission.REVIEW_WARNINGS)) {
      return List.of();
    }
    return List.of(Navigation.item(texts.apply("nav.riskModels"), ROUTE, VaadinIcon.CHART));
  }
}
