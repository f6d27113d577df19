package cn.ggzy.webui.layout;

import cn.ggzy.server.application.Caller;
import cn.ggzy.server.domain.model.account.Role;
import cn.ggzy.webui.cases.CaseAccess;
import cn.ggzy.webui.inspections.InspectionNavigation;
import cn.ggzy.webui.warnings.WarningAccess;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.util.Optional;
import java.util.function.Function;

/** The drawer's navigation: the public services always, the console's pages for an officer. */
public final class Navigation {
  private Navigation() {}

  public static Component build(Optional<Caller> caller, Function<String, String> texts) {
    SideNav services = new SideNav(texts.apply("nav.public.section"));
    services.setId("side-nav");
    services.addItem(
        item(texts.apply("nav.home"), "", VaadinIcon.HOME),
        item(texts.apply("nav.complaint"), "complaints/new", VaadinIcon.COMMENT_ELLIPSIS),
        item(texts.apply("nav.report"), "reports/new", VaadinIcon.MEGAPHONE),
        item(texts.apply("nav.tracking"), "tracking", VaadinIcon.SEARCH),
        item(texts.apply("nav.credit"), "credit", VaadinIcon.LIST),
        item(texts.apply("nav.inspections"), "inspections", VaadinIcon.CLIPBOARD_CHECK));
    Div drawer = new Div(services);
    drawer.addClassName("app-drawer");
    if (caller.isEmpty()) {
      services.addItem(item(texts.apply("nav.login"), "login", VaadinIcon.SIGN_IN));
    } else {
      drawer.add(console(caller.get(), texts));
    }
    return drawer;
  }

  private static SideNav console(Caller caller, Function<String, String> texts) {
    SideNav console = new SideNav(texts.apply("nav.console.section"));
    console.setId("side-nav-console");
    console.addItem(item(texts.apply("nav.console"), "console", VaadinIcon.DASHBOARD));
    console.addItem(item(texts.apply("nav.notifications"), "console/notifications", VaadinIcon.BELL));
    if (CaseAccess.mayHandleCases(caller)) {
      console.addItem(item(texts.apply("nav.cases"), "console/cases", VaadinIcon.FOLDER_OPEN));
    }
    if (WarningAccess.mayReview(caller)) {
      console.addItem(item(texts.apply("nav.warnings"), "console/warnings", VaadinIcon.WARNING));
      console.addItem(item(texts.apply("nav.groups"), "console/groups", VaadinIcon.CLUSTER));
      console.addItem(item(texts.apply("nav.tenderImport"), "console/tenders/import", VaadinIcon.UPLOAD));
    }
    if (CaseAccess.mayFollowTimeliness(caller)) {
      console.addItem(item(texts.apply("nav.timeliness"), "console/timeliness", VaadinIcon.TIMER));
    }
    InspectionNavigation.items(caller, texts).forEach(console::addItem);
    console.addItem(item(texts.apply("nav.password"), "console/password", VaadinIcon.KEY));
    if (mayAdministerAccounts(caller)) {
      console.addItem(item(texts.apply("nav.accounts"), "console/accounts", VaadinIcon.USERS));
    }
    if (mayAudit(caller)) {
      console.addItem(item(texts.apply("nav.audit"), "console/audit", VaadinIcon.SHIELD));
    }
    if (mayKeepCalendars(caller)) {
      console.addItem(item(texts.apply("nav.calendars"), "console/calendars", VaadinIcon.CALENDAR));
    }
    if (caller.isSystemAdmin()) {
      console.addItem(item(texts.apply("nav.regions"), "console/regions", VaadinIcon.SITEMAP));
    }
    if (mayWorkOnCredit(caller)) {
      console.addItem(item(texts.apply("nav.credit.records"), "console/credit/records", VaadinIcon.RECORDS));
    }
    if (mayDecideCredit(caller)) {
      console.addItem(item(texts.apply("nav.credit.approvals"), "console/credit/approvals", VaadinIcon.CHECK_SQUARE_O));
    }
    if (mayWorkOnCredit(caller)) {
      console.addItem(
          item(texts.apply("nav.credit.blacklist"), "console/credit/blacklist", VaadinIcon.BAN),
          item(texts.apply("nav.credit.repairs"), "console/credit/repairs", VaadinIcon.WRENCH));
    }
    if (mayKeepRedList(caller)) {
      console.addItem(item(texts.apply("nav.credit.redlist"), "console/credit/redlist", VaadinIcon.STAR));
    }
    return console;
  }

  /** Who works on credit records, the black list and repair applications: every officer, not the administrator. */
  public static boolean mayWorkOnCredit(Caller caller) {
    return caller.roles().stream().anyMatch(r -> r != Role.SYSTEM_ADMIN);
  }

  /** Who approves records by hand (as the second person): department heads and the office leader. */
  public static boolean mayDecideCredit(Caller caller) {
    return caller.has(Role.DEPARTMENT_HEAD) || caller.has(Role.OFFICE_LEADER);
  }

  /** Who keeps the office's red list: office officers and the office leader. */
  public static boolean mayKeepRedList(Caller caller) {
    return caller.has(Role.OFFICE_LEADER) || caller.has(Role.OFFICE_OFFICER);
  }

  /** Who sees the account administration (the backend checks again on every call). */
  public static boolean mayAdministerAccounts(Caller caller) {
    return caller.has(Role.SYSTEM_ADMIN) || caller.has(Role.OFFICE_LEADER)
        || caller.has(Role.DEPARTMENT_HEAD);
  }

  /** Who sees the audit trail and its tamper check (the backend checks again on every call). */
  public static boolean mayAudit(Caller caller) {
    return caller.has(Role.SYSTEM_ADMIN) || caller.has(Role.OFFICE_LEADER) || caller.has(Role.OFFICE_OFFICER)
        || caller.has(Role.DEPARTMENT_HEAD);
  }

  /** Who sees the working calendars (the backend checks again on every call). */
  public static boolean mayKeepCalendars(Caller caller) {
    return caller.has(Role.SYSTEM_ADMIN) || caller.has(Role.OFFICE_LEADER);
  }

  private static SideNavItem item(String label, String path, VaadinIcon icon) {
    SideNavItem item = new SideNavItem(label, path, icon.create());
    item.setId("nav-" + (path.isEmpty() ? "home" : path.replace('/', '-')));
    return item;
  }
}
