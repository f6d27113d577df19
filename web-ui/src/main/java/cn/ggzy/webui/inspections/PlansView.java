package cn.ggzy.webui.inspections;

import cn.ggzy.server.application.InspectionPlans;
import cn.ggzy.server.application.InspectionRosters;
import cn.ggzy.server.application.InspectionViews.PlanSummary;
import cn.ggzy.server.application.Permission;
import cn.ggzy.server.domain.service.WorkingCalendar;
import cn.ggzy.webui.layout.MainLayout;
import cn.ggzy.webui.layout.ViewFrame;
import cn.ggzy.webui.session.AccessControl;
import cn.ggzy.webui.session.CurrentOfficer;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;

/** 抽查计划: the department's plans (the office: its joint plans) and a new plan. */
@Route(value = InspectionNavigation.PLANS, layout = MainLayout.class)
@Dependent
public class PlansView extends ViewFrame implements HasDynamicTitle, BeforeEnterObserver {
  private final InspectionPlans plans;
  private final InspectionRosters rosters;
  private final Clock clock;

  @Inject
  public PlansView(InspectionPlans plans, InspectionRosters rosters, Clock clock) {
    this.plans = plans;
    this.rosters = rosters;
    this.clock = clock;
    setHeading(getTranslation("inspections.plans.title"));
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    var caller = CurrentOfficer.get().filter(c -> c.may(Permission.MANAGE_INSPECTIONS));
    if (caller.isEmpty() || !plans.mayPlan(caller.get())) {
      event.forwardTo(AccessControl.CONSOLE);
      return;
    }
    Div list = new Div();
    list.setId("plans-list");
    list.getStyle().set("display", "flex").set("flex-direction", "column").set("gap", "var(--lumo-space-s)")
        .set("width", "100%");
    for (PlanSummary p : plans.plans(caller.get())) {
      Anchor link = new Anchor(InspectionNavigation.PLANS + "/" + p.id(), p.title());
      link.getElement().setAttribute("router-link", true);
      link.getStyle().set("font-weight", "600");
      Span facts = new Span(p.periodFrom() + " – " + p.periodTo() + " · "
          + getTranslation("inspections.status." + p.status().name()));
      list.add(Facts.card(link, new Div(facts)));
    }
    if (list.getChildren().findAny().isEmpty()) {
      list.add(new Span(getTranslation("inspections.plans.none")));
    }
    PlanForm form = new PlanForm(rosters.departments(caller.get()), getLocale(),
        LocalDate.now(clock.withZone(WorkingCalendar.ZONE)), this::getTranslation);
    form.onSave(input -> Attempt.of(() -> plans.create(CurrentOfficer.require(), input), getLocale(), form)
        .ifPresent(created -> UI.getCurrent().navigate(InspectionNavigation.PLANS + "/" + created.id())));
    Details create = new Details(getTranslation("inspections.plans.new"), form);
    create.setId("plan-new");
    create.setOpened(false);
    addContent(create, list);
  }

  @Override
  public String getPageTitle() {
    return getTranslation("inspections.plans.title") + " · " + getTranslation("app.title");
  }
}
