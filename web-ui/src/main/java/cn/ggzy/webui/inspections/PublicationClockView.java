package cn.ggzy.webui.inspections;

import cn.ggzy.server.application.InspectionTasks;
import cn.ggzy.server.application.InspectionViews.ClockLine;
import cn.ggzy.server.application.InspectionViews.PublicationClock;
import cn.ggzy.server.application.Permission;
import cn.ggzy.webui.i18n.FieldErrors;
import cn.ggzy.webui.i18n.Texts;
import cn.ggzy.webui.layout.MainLayout;
import cn.ggzy.webui.layout.ViewFrame;
import cn.ggzy.webui.session.AccessControl;
import cn.ggzy.webui.session.CurrentOfficer;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.List;

/**
 * 结果公示时限: concluded inspections waiting for publication with their 20-working-day clock, the
 * earliest due first; the office sees its whole region.
 */
@Route(value = InspectionNavigation.PUBLICATION, layout = MainLayout.class)
@Dependent
public class PublicationClockView extends ViewFrame implements HasDynamicTitle, BeforeEnterObserver {
  private final InspectionTasks tasks;

  @Inject
  public PublicationClockView(InspectionTasks tasks) {
    this.tasks = tasks;
    setHeading(getTranslation("inspections.publication.clockTitle"));
  }

  /** "due 2026-12-25 (24:00), 17 working days left", "overdue since …" or "the calendar of 2027 is missing". */
  static String describe(PublicationClock clock, Texts texts) {
    if (clock.lastWorkingDay() == null) {
      return texts.get("inspections.publication.missingYear", String.valueOf(clock.missingYear()));
    }
    String mark = clock.provisional() ? texts.get("cases.clock.provisional", String.valueOf(clock.missingYear())) : "";
    if (clock.overdue()) {
      return texts.get("inspections.publication.overdue", clock.lastWorkingDay().toString()) + mark;
    }
    return texts.get("inspections.publication.due", clock.lastWorkingDay().toString(), clock.workingDaysLeft()) + mark;
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    if (CurrentOfficer.get().filter(c -> c.may(Permission.MANAGE_INSPECTIONS)).isEmpty()) {
      event.forwardTo(AccessControl.CONSOLE);
      return;
    }
    Div list = new Div();
    list.setId("publication-clock");
    list.setWidthFull();
    list.getStyle().set("display", "flex").set("flex-direction", "column").set("gap", "var(--lumo-space-s)");
    List<ClockLine> lines = Attempt.of(() -> tasks.publicationClock(CurrentOfficer.require()), getLocale(),
        FieldErrors.NONE).orElse(List.of());
    for (ClockLine l : lines) {
      Anchor link = new Anchor(InspectionNavigation.TASKS + "/" + l.taskId(), l.objectCode() + " " + l.objectName());
      link.getElement().setAttribute("router-link", true);
      link.getStyle().set("font-weight", "600");
      Span clock = new Span(describe(l.clock(), this::getTranslation));
      clock.setId("clock-" + l.taskId());
      if (l.clock().overdue()) {
        clock.getStyle().set("color", "var(--lumo-error-text-color)");
      }
      list.add(Facts.card(link, new Div(new Span(l.planTitle() + " · " + getTranslation(
          "inspections.task.concludedAt") + " " + Facts.time(l.clock().concludedAt(), getLocale()))), new Div(clock)));
    }
    if (lines.isEmpty()) {
      list.add(new Span(getTranslation("inspections.publication.none")));
    }
    addContent(new Paragraph(getTranslation("inspections.publication.explanation")), list);
  }

  @Override
  public String getPageTitle() {
    return getTranslation("inspections.publication.clockTitle") + " · " + getTranslation("app.title");
  }
}
