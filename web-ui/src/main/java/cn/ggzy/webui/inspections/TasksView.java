package cn.ggzy.webui.inspections;

import cn.ggzy.server.application.InspectionTasks;
import cn.ggzy.server.application.InspectionViews.TaskSummary;
import cn.ggzy.webui.layout.MainLayout;
import cn.ggzy.webui.layout.ViewFrame;
import cn.ggzy.webui.session.AccessControl;
import cn.ggzy.webui.session.CurrentOfficer;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.List;

/** 我的检查任务: the officer's inspection tasks, open ones first; one card each, for the phone. */
@Route(value = InspectionNavigation.TASKS, layout = MainLayout.class)
@Dependent
public class TasksView extends ViewFrame implements HasDynamicTitle, BeforeEnterObserver {
  private final InspectionTasks tasks;

  @Inject
  public TasksView(InspectionTasks tasks) {
    this.tasks = tasks;
    setHeading(getTranslation("inspections.tasks.mine"));
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    if (CurrentOfficer.get().isEmpty()) {
      event.forwardTo(AccessControl.CONSOLE);
      return;
    }
    Div list = new Div();
    list.setId("tasks-list");
    list.setWidthFull();
    list.getStyle().set("display", "flex").set("flex-direction", "column").set("gap", "var(--lumo-space-s)");
    List<TaskSummary> mine = tasks.mine(CurrentOfficer.require());
    for (TaskSummary t : mine) {
      Anchor link = new Anchor(InspectionNavigation.TASKS + "/" + t.id(), t.objectCode() + " " + t.objectName());
      link.getElement().setAttribute("router-link", true);
      link.getStyle().set("font-weight", "600");
      Span facts = new Span(t.planTitle() + " · " + t.drawnOn() + " · "
          + getTranslation("inspections.taskStatus." + t.status().name()));
      facts.getStyle().set("font-size", "var(--lumo-font-size-s)");
      list.add(Facts.card(link, new Div(facts)));
    }
    if (mine.isEmpty()) {
      list.add(new Span(getTranslation("inspections.tasks.none")));
    }
    addContent(list);
  }

  @Override
  public String getPageTitle() {
    return getTranslation("inspections.tasks.mine") + " · " + getTranslation("app.title");
  }
}
