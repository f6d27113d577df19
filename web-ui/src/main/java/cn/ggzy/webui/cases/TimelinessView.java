package cn.ggzy.webui.cases;

import cn.ggzy.server.application.Caller;
import cn.ggzy.server.application.CaseRegister;
import cn.ggzy.server.application.CaseRegister.Inbox;
import cn.ggzy.server.application.CaseViews.InboxPage;
import cn.ggzy.server.application.Permission;
import cn.ggzy.server.application.TenantDirectory;
import cn.ggzy.server.domain.service.WorkingCalendar;
import cn.ggzy.tenants.Department;
import cn.ggzy.webui.i18n.DepartmentNames;
import cn.ggzy.webui.i18n.DomainErrors;
import cn.ggzy.webui.i18n.Texts;
import cn.ggzy.webui.layout.MainLayout;
import cn.ggzy.webui.layout.ViewFrame;
import cn.ggzy.webui.session.AccessControl;
import cn.ggzy.webui.session.CurrentOfficer;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * Timeliness (时效督查) for the office and department heads: on-time rates per department and per
 * officer over a period (this month by default), and the overdue cases for supervision.
 */
@Route(value = "console/timeliness", layout = MainLayout.class)
@Dependent
public class TimelinessView extends ViewFrame implements HasDynamicTitle, BeforeEnterObserver {
  private final CaseRegister cases;
  private final TenantDirectory directory;
  private final Clock clock;
  private final Texts texts = this::getTranslation;
  private TimelinessGrid departments;
  private TimelinessGrid officers;
  private PeriodForm period;
  private CaseGrid overdue;

  @Inject
  public TimelinessView(CaseRegister cases, TenantDirectory directory, Clock clock) {
    this.cases = cases;
    this.directory = directory;
    this.clock = clock;
    setHeading(getTranslation("timeliness.title"));
    addClassName("timeliness-view");
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    var caller = CurrentOfficer.get().filter(c -> c.may(Permission.FOLLOW_TIMELINESS));
    if (caller.isEmpty()) {
      event.forwardTo(AccessControl.CONSOLE);
    } else if (period == null) {
      build(caller.get());
    }
  }

  private void build(Caller caller) {
    period = new PeriodForm(LocalDate.now(clock.withZone(WorkingCalendar.ZONE)), getLocale(), texts);
    departments = new TimelinessGrid("timeliness-departments", getTranslation("timeliness.department"),
        t -> departmentName(t.key(), t.name()), getLocale(), texts);
    officers = new TimelinessGrid("timeliness-officers", getTranslation("timeliness.officer"),
        t -> t.name() == null ? t.key() : t.name(), getLocale(), texts);
    period.addPeriodListener(e -> report(caller, e.from(), e.to()));
    boolean inOffice = directory.department(caller.tenant()).map(Department::isOffice).orElse(false);
    Inbox scope = CaseAccess.inboxes(caller, inOffice).contains(Inbox.OFFICE) ? Inbox.OFFICE : Inbox.DEPARTMENT;
    overdue = new CaseGrid("timeliness-overdue", getLocale(), texts, tenant -> departmentName(tenant, tenant));
    overdue.setEmptyStateText(getTranslation("timeliness.overdue.none"));
    overdue.setItems(new InboxDataProvider(request -> DomainErrors.orElse(() -> cases.inbox(caller, request),
        e -> new InboxPage(List.of(), 0, request.offset(), request.limit())), InboxCriteria.of(scope).overdue()));
    overdue.addItemClickListener(e -> UI.getCurrent().navigate("console/cases/" + e.getItem().id()));
    overdue.setHeight("320px");
    addContent(period, heading("timeliness.byDepartment"), departments, heading("timeliness.byOfficer"), officers,
        heading("timeliness.overdue"), overdue);
    report(caller, period.from.getValue(), period.to.getValue());
  }

  @Override
  protected void onAttach(AttachEvent event) {
    var page = event.getUI().getPage();
    page.retrieveExtendedClientDetails(d -> compact(d.getWindowInnerWidth() < CasesView.COMPACT_BELOW_PX));
    page.addBrowserWindowResizeListener(e -> compact(e.getWidth() < CasesView.COMPACT_BELOW_PX));
  }

  private void compact(boolean compact) {
    if (period != null) {
      departments.setCompact(compact);
      officers.setCompact(compact);
      overdue.setCompact(compact);
    }
  }

  private void report(Caller caller, LocalDate from, LocalDate to) {
    DomainErrors.attempt(() -> cases.timeliness(caller, from, to), getLocale(), period).ifPresent(report -> {
      departments.setItems(report.departments());
      officers.setItems(report.officers());
    });
  }

  private H3 heading(String key) {
    H3 h = new H3(getTranslation(key));
    h.addClassName("sheet-heading");
    return h;
  }

  private String departmentName(String tenant, String fallback) {
    return DepartmentNames.name(directory, tenant, fallback, getLocale());
  }

  @Override
  public String getPageTitle() {
    return getTranslation("timeliness.title") + " · " + getTranslation("app.title");
  }
}
