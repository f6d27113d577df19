package cn.ggzy.webui.experts.console;

import cn.ggzy.server.application.Caller;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The console's links of the evaluation experts: 专家库 for those who keep the pool (the office),
 * 专家抽取 for those who request draws, 评标异常信号 for those who review the signs in the scores.
 * Whether the caller may is the application's answer ({@code ExpertPool.mayManage},
 * {@code ExpertDraws.mayDraw}, {@code ExpertSigns.mayReview}), which also weighs the caller's unit.
 */
public final class ExpertNavigation {
  public static final String POOL = "console/experts";
  public static final String DRAWS = "console/expert-draws";
  public static final String SIGNS = "console/expert-signs";

  private ExpertNavigation() {}

  public static List<SideNavItem> items(Caller caller, Predicate<Caller> keepsThePool, Predicate<Caller> draws,
      Predicate<Caller> reviewsSigns, Function<String, String> texts) {
    List<SideNavItem> items = new ArrayList<>();
    if (keepsThePool.test(caller)) {
      items.add(item(texts.apply("nav.experts.pool"), POOL, VaadinIcon.ACADEMY_CAP));
    }
    if (draws.test(caller)) {
      items.add(item(texts.apply("nav.experts.draws"), DRAWS, VaadinIcon.RANDOM));
    }
    if (reviewsSigns.test(caller)) {
      items.add(item(texts.apply("nav.experts.signs"), SIGNS, VaadinIcon.SCALE_UNBALANCE));
    }
    return items;
  }

  private static SideNavItem item(String label, String path, VaadinIcon icon) {
    SideNavItem item = new SideNavItem(label, path, icon.create());
    item.setId("nav-" + path.replace('/', '-'));
    return item;
  }
}
