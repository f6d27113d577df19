package cn.ggzy.webui.console;

import cn.ggzy.server.application.CalendarAdministration;
import cn.ggzy.server.application.Caller;
import cn.ggzy.server.application.CaseRegister;
import cn.ggzy.server.application.Permission;
import cn.ggzy.server.application.RiggingWarnings;
import cn.ggzy.server.application.TenantDirectory;
import cn.ggzy.tenants.Region;
import cn.ggzy.webui.cases.CaseCounts;
import cn.ggzy.webui.cases.TodoList;
import cn.ggzy.webui.i18n.RoleNames;
import cn.ggzy.webui.layout.MainLayout;
import cn.ggzy.webui.layout.ViewFrame;
import cn.ggzy.webui.session.CurrentOfficer;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.Locale;

/**
 * The officer's start page: who is logged in, for which department and region, with which roles;
 * for case officers also their figures and 今日待办 (cases due today or overdue, approvals waiting,
 * warnings to review).
 */
@Route(value = "console", layout = MainLayout.class)
@Dependent
public class ConsoleView extends ViewFrame implements HasDynamicTitle {

  @Inject
  public ConsoleView(TenantDirectory directory, CaseRegister cases, CalendarAdministration calendars,
      RiggingWarnings warnings) {
    setHeading(getTranslation("console.title"));
    CurrentOfficer.get().ifPresent(caller -> {
      remindOfHolidayNotices(caller, calendars);
      show(caller, directory);
      if (caller.may(Permission.OFFICER_WORK)) {
        CaseCounts counts = new CaseCounts(cases, caller, this::getTranslation);
        addContent(counts, new TodoList(cases, warnings, caller, counts.approvalsWaiting(), this::getTranslation,
            getLocale()));
      }
    });
  }

  /**
   * From 1 November, those who keep the calendars are reminded here (the page they land on) of each
   * of their regions whose next-year holiday notice is not loaded, with a link to the calendars page.
   */
  private void remindOfHolidayNotices(Caller caller, CalendarAdministration calendars) {
    if (!caller.may(Permission.KEEP_CALENDARS)) {
      return;
    }
    for (Region region : calendars.administrableRegions(caller)) {
      calendars.yearToLoad(caller, region.code()).ifPresent(year -> {
        Anchor link = new Anchor("console/calendars", getTranslation("console.calendarReminder",
            region.name(getLocale()), String.valueOf(year)));
        link.getElement().setAttribute("router-link", true);
        Paragraph banner = new Paragraph(link);
        banner.setId("calendar-reminder-" + region.code().value());
        banner.addClassName("calendar-reminder");
        banner.getElement().setAttribute("role", "status");
        addContent(banner);
      });
    }
  }

  private void show(Caller caller, TenantDirectory directory) {
    Locale locale = getLocale();
    String department = directory.department(caller.tenant())
        .map(d -> d.name(locale)).orElse(caller.tenant().value());
    String region = directory.region(caller.tenant().region())
        .map(r -> r.name(locale)).orElse(caller.tenant().region().value());
    Div card = new Div(
        row("whoami-name", "console.name", caller.displayName()),
        row("whoami-login", "console.login", caller.login().value()),
        row("whoami-department", "console.department", department),
        row("whoami-region", "console.region", region),
        row("whoami-roles", "console.roles", RoleNames.names(caller.roles(), key -> getTranslation(key))));
    card.addClassName("whoami");
    card.setId("whoami");
    addContent(card);
  }

  private Div row(String id, String labelKey, String value) {
    Span label = new Span(getTranslation(labelKey));
    label.addClassName("whoami-label");
    Span text = new Span(value);
    text.addClassName("whoami-value");
    text.setId(id);
    Div row = new Div(label, text);
    row.addClassName("whoami-row");
    return row;
  }

  @Override
  public String getPageTitle() {
    return getTranslation("console.title") + " · " + getTranslation("app.title");
  }
}
