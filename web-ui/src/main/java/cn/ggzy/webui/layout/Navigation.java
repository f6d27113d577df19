package cn.ggzy.webui.layout;

import cn.ggzy.server.application.Caller;
import cn.ggzy.server.application.Permission;
import cn.ggzy.webui.inspections.InspectionNavigation;
import cn.ggzy.webui.projects.ProjectNavigation;
import cn.ggzy.webui.reviews.ReviewNavigation;
import cn.ggzy.webui.riskmodels.RiskModelNavigation;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** The drawer's navigation: the public services always, the console's pages for an officer. */
public final class Navigation {
  private Navigation() {}

  public static Component build(Optional<Caller> caller, Function<String, String> texts) {
    return build(caller, texts, c -> List.of());
  }

  /**
   * As {@link #build(Optional, Function)}, with the console's links that need the application's
   * answer and not only a permission (the expert pages: {@code more} gives them for the caller).
   */
  public static Component build(Optional<Caller> caller, Function<String, String> texts,
      Function<Caller, List<SideNavItem>> more) {
    SideNav services = new SideNav(texts.apply("nav.public.section"));
    services.setId("side-nav");
    services.addItem(
        item(texts.apply("nav.home"), "", VaadinIcon.HOME),
        item(texts.apply("nav.complaint"), "complaints/new", VaadinIcon.COMMENT_ELLIPSIS),
        item(texts.apply("nav.report"), "reports/new", VaadinIcon.MEGAPHONE),
        item(texts.apply("nav.tracking"), "tracking", VaadinIcon.SEARCH),
        item(texts.apply("nav.credit"), "credit", VaadinIcon.LIST),
        item(texts.apply("nav.inspections"), "inspections", VaadinIcon.CLIPBOARD_CHECK),
        item(texts.apply("nav.experts"), "experts/apply", VaadinIcon.ACADEMY_CAP));
    Div drawer = new Div(services);
    drawer.addClassName("app-drawer");
    if (caller.isEmpty()) {
      services.addItem(item(texts.apply("nav.login"), "login", VaadinIcon.SIGN_IN));
    } else {
      drawer.add(console(caller.get(), texts, more));
    }
    return drawer;
  }

  private static SideNav console(Caller caller, Function<String, String> texts,
      Function<Caller, List<SideNavItem>> more) {
    SideNav console = new SideNav(texts.apply("nav.console.section"));
    console.setId("side-nav-console");
    console.addItem(item(texts.apply("nav.console"), "console", VaadinIcon.DASHBOARD));
    console.addItem(item(texts.apply("nav.notifications"), "console/notifications", VaadinIcon.BELL));
    if (caller.may(Permission.OFFICER_WORK)) {
      console.addItem(item(texts.apply("nav.cases"), "console/cases", VaadinIcon.FOLDER_OPEN));
    }
    if (caller.may(Permission.REVIEW_WARNINGS)) {
      console.addItem(item(texts.apply("nav.warnings"), "console/warnings", VaadinIcon.WARNING));
      RiskModelNavigation.items(caller, texts).forEach(console::addItem);
      console.addItem(item(texts.apply("nav.groups"), "console/groups", VaadinIcon.CLUSTER));
      console.addItem(item(texts.apply("nav.tenderImport"), "console/tenders/import", VaadinIcon.UPLOAD));
    }
    ReviewNavigation.items(caller, texts).forEach(console::addItem);
    ProjectNavigation.items(caller, texts).forEach(console::addItem);
    if (caller.may(Permission.FOLLOW_TIMELINESS)) {
      console.addItem(item(texts.apply("nav.timeliness"), "console/timeliness", VaadinIcon.TIMER));
    }
    if (caller.may(Permission.OFFICER_WORK)) {
      console.addItem(item(texts.apply("nav.oversight"), "console/oversight", VaadinIcon.EYE));
    }
    if (caller.may(Permission.ASSESS_AGENCIES)) {
      console.addItem(item(texts.apply("nav.agencies"), "console/agencies", VaadinIcon.INSTITUTION));
    }
    if (caller.may(Permission.SUPERVISE_SITES)) {
      console.addItem(item(texts.apply("nav.sites"), "console/sites", VaadinIcon.MAP_MARKER));
    }
    if (caller.may(Permission.DISPATCH)) {
      console.addItem(item(texts.apply("nav.dispatch"), "console/dispatch", VaadinIcon.CHART));
    }
    if (caller.may(Permission.EXCHANGE_DATA)) {
      console.addItem(item(texts.apply("nav.exchange"), "console/exchange", VaadinIcon.EXCHANGE));
    }
    InspectionNavigation.items(caller, texts).forEach(console::addItem);
    more.apply(caller).forEach(console::addItem);
    console.addItem(item(texts.apply("nav.password"), "console/password", VaadinIcon.KEY));
    if (caller.may(Permission.ADMINISTER_ACCOUNTS)) {
      console.addItem(item(texts.apply("nav.accounts"), "console/accounts", VaadinIcon.USERS));
    }
    if (caller.may(Permission.VERIFY_AUDIT)) {
      console.addItem(item(texts.apply("nav.audit"), "console/audit", VaadinIcon.SHIELD));
    }
    if (caller.may(Permission.KEEP_CALENDARS)) {
      console.addItem(item(texts.apply("nav.calendars"), "console/calendars", VaadinIcon.CALENDAR));
    }
    if (caller.isSystemAdmin()) {
      console.addItem(item(texts.apply("nav.regions"), "console/regions", VaadinIcon.SITEMAP));
    }
    if (caller.may(Permission.OFFICER_WORK)) {
      console.addItem(item(texts.apply("nav.credit.records"), "console/credit/records", VaadinIcon.RECORDS));
    }
    if (caller.may(Permission.DECIDE_CREDIT)) {
      console.addItem(item(texts.apply("nav.credit.approvals"), "console/credit/approvals", VaadinIcon.CHECK_SQUARE_O));
    }
    if (caller.may(Permission.OFFICER_WORK)) {
      console.addItem(
          item(texts.apply("nav.credit.blacklist"), "console/credit/blacklist", VaadinIcon.BAN),
          item(texts.apply("nav.credit.repairs"), "console/credit/repairs", VaadinIcon.WRENCH));
    }
    if (caller.may(Permission.OFFICE_WORK)) {
      console.addItem(item(texts.apply("nav.credit.redlist"), "console/credit/redlist", VaadinIcon.STAR));
    }
    return console;
  }

  /** A link of the drawer, its id {@code nav-<path with dashes>} ({@code nav-home} for the home page). */
  public static SideNavItem item(String label, String path, VaadinIcon icon) {
    SideNavItem item = new SideNavItem(label, path, icon.create());
    item.setId("nav-" + (path.isEmpty() ? "home" : path.replace('/', '-')));
    return item;
  }
}
