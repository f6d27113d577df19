package cn.ggzy.webui.projects;

import cn.ggzy.server.application.ProjectRegister.Page;
import cn.ggzy.server.application.ProjectRegister.Summary;
import cn.ggzy.webui.cases.CaseFormats;
import cn.ggzy.webui.i18n.Texts;
import cn.ggzy.webui.layout.Labels;
import cn.ggzy.webui.layout.PagedCards;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.function.SerializableFunction;
import java.util.Locale;

/**
 * One page of the register as cards: the project (a link to it) with its alerts, open of all; the
 * approval number, the employer, the approval date, the planned tender date and the department;
 * under them where this page is in the whole register, with the previous and next page.
 */
final class ProjectList extends PagedCards<Summary> {
  private final Locale locale;
  private final SerializableFunction<Summary, String> departmentName;

  ProjectList(Texts texts, Locale locale, SerializableFunction<Summary, String> departmentName) {
    super(texts, "project", "projects.list");
    this.locale = locale;
    this.departmentName = departmentName;
  }

  /** Shows the page; answers how many projects the register holds in all. */
  long show(Page p) {
    show(p.items(), p.total(), p.offset(), p.limit());
    return p.total();
  }

  @Override
  protected Div card(Summary s) {
    String prefix = "project-card-" + s.id();
    Div card = ProjectLabels.card(prefix, "project-summary");
    card.getElement().setAttribute("data-project", s.id());
    card.getElement().setAttribute("data-open", String.valueOf(s.openAlerts()));
    card.add(Labels.top(Labels.link(ProjectNavigation.project(s.id()), s.projectCode() + " " + s.projectName(),
        "project-link-" + s.id(), "case-number"),
        ProjectLabels.alertCount(s.openAlerts(), s.alerts(), texts, prefix + "-alerts")), ProjectLabels.facts(
        ProjectLabels.line(prefix + "-approval", texts.get("projects.field.approvalNumber"), s.approvalNumber()),
        ProjectLabels.line(prefix + "-employer", texts.get("projects.field.employer"), s.employer()),
        ProjectLabels.line(prefix + "-approved", texts.get("projects.field.approvedOn"),
            CaseFormats.date(s.approvedOn(), locale)),
        ProjectLabels.line(prefix + "-planned", texts.get("projects.field.plannedTenderDate"),
            CaseFormats.date(s.plannedTenderDate(), locale)),
        ProjectLabels.line(prefix + "-department", texts.get("projects.field.department"), departmentName.apply(s))));
    return card;
  }
}
