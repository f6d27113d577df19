package cn.ggzy.webui.projects;

import cn.ggzy.server.application.ProjectRegister.AlertView;
import cn.ggzy.server.application.ProjectRegister.ContractView;
import cn.ggzy.server.application.ProjectRegister.Detail;
import cn.ggzy.server.application.ProjectRegister.TenderView;
import cn.ggzy.webui.cases.CaseFormats;
import cn.ggzy.webui.i18n.Texts;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * A project of the register as the officer reads it: its approval (number, employer, date, method and
 * organisation form approved, whether it must be tendered by law, the planned tender date), the
 * threshold rule it is judged by (the one in force on the approval date), each planned contract with
 * its estimate, the threshold of its kind and whether it must be tendered, and the tenders recorded.
 */
final class ProjectSheet {
  private final Texts texts;
  private final Locale locale;
  private final Function<String, String> departmentName;

  ProjectSheet(Texts texts, Locale locale, Function<String, String> departmentName) {
    this.texts = texts;
    this.locale = locale;
    this.departmentName = departmentName;
  }

  Div build(Detail d) {
    Div sheet = new Div();
    sheet.setId("project-sheet");
    sheet.addClassNames("case-sheet", "project-sheet");
    Span project = new Span(d.projectCode() + " " + d.projectName());
    project.setId("project-name");
    project.addClassName("case-sheet-number");
    int open = count(d.alerts(), "OPEN");
    Div top = new Div(project, ProjectLabels.alertCount(open, d.alerts().size(), texts, "project-alert-count"));
    top.addClassName("case-card-top");
    sheet.add(top);
    sheet.add(ProjectLabels.section("project-facts", texts.get("projects.sheet.approval"), ProjectLabels.facts(
        ProjectLabels.line("project-approval", texts.get("projects.field.approvalNumber"), d.approvalNumber()),
        ProjectLabels.line("project-employer", texts.get("projects.field.employer"), d.employer()),
        ProjectLabels.line("project-department", texts.get("projects.field.department"),
            departmentName.apply(d.department())),
        ProjectLabels.line("project-approved", texts.get("projects.field.approvedOn"),
            CaseFormats.date(d.approvedOn(), locale)),
        ProjectLabels.line("project-method", texts.get("projects.field.method"), ProjectLabels.method(d.method(), texts)),
        ProjectLabels.line("project-organisation", texts.get("projects.field.organisation"),
            ProjectLabels.organisation(d.organisation(), texts)),
        ProjectLabels.line("project-mandatory", texts.get("projects.field.mandatory"),
            ProjectLabels.yesNo(d.mandatory(), texts)),
        ProjectLabels.line("project-planned", texts.get("projects.field.plannedTenderDate"),
            CaseFormats.date(d.plannedTenderDate(), locale)))));
    Paragraph note = new Paragraph(texts.get("projects.threshold.note", CaseFormats.date(d.approvedOn(), locale)));
    note.addClassName("filing-note");
    sheet.add(ProjectLabels.section("project-threshold-section", texts.get("projects.sheet.threshold"),
        ProjectLabels.facts(ProjectLabels.line("project-threshold", texts.get("projects.threshold.rule"),
            d.thresholdRule())), note));
    sheet.add(ProjectLabels.section("project-contracts", texts.get("projects.sheet.contracts", d.contracts().size()),
        contracts(d.contracts())));
    sheet.add(ProjectLabels.section("project-tenders", texts.get("projects.sheet.tenders", d.tenders().size()),
        tenders(d.tenders())));
    return sheet;
  }

  static int count(List<AlertView> alerts, String state) {
    return (int) alerts.stream().filter(a -> state.equals(a.state())).count();
  }

  private Div contracts(List<ContractView> contracts) {
    Div list = new Div();
    list.addClassName("project-card-list");
    for (int i = 0; i < contracts.size(); i++) {
      ContractView c = contracts.get(i);
      String prefix = "project-contract-" + i;
      Div card = ProjectLabels.card(prefix, "project-contract");
      card.getElement().setAttribute("data-must-tender", String.valueOf(c.mustTender()));
      Span name = new Span(c.name());
      name.addClassName("project-card-title");
      Span must = new Span(texts.get(c.mustTender() ? "projects.contract.must" : "projects.contract.mayNot"));
      must.setId(prefix + "-must");
      must.addClassNames("status-badge", c.mustTender() ? "project-must-tender" : "project-need-not");
      Div top = new Div(name, must);
      top.addClassName("case-card-top");
      card.add(top, ProjectLabels.facts(
          ProjectLabels.line(prefix + "-kind", texts.get("projects.field.contractKind"), ProjectLabels.kind(c.kind(), texts)),
          ProjectLabels.line(prefix + "-estimate", texts.get("projects.field.estimate"),
              ProjectLabels.yuan(c.estimate(), texts)),
          ProjectLabels.line(prefix + "-threshold", texts.get("projects.field.threshold"),
              ProjectLabels.yuan(c.threshold(), texts)),
          ProjectLabels.line(prefix + "-must-line", texts.get("projects.field.mustTender"),
              ProjectLabels.yesNo(c.mustTender(), texts))));
      list.add(card);
    }
    if (contracts.isEmpty()) {
      list.add(empty("project-contracts-none", "projects.contracts.none"));
    }
    return list;
  }

  private Div tenders(List<TenderView> tenders) {
    Div list = new Div();
    list.addClassName("project-card-list");
    for (int i = 0; i < tenders.size(); i++) {
      TenderView t = tenders.get(i);
      String prefix = "project-tender-" + i;
      Div card = ProjectLabels.card(prefix, "project-tender");
      Span name = new Span(t.sectionCode() + " " + t.sectionName());
      name.addClassName("project-card-title");
      card.add(name, ProjectLabels.facts(
          ProjectLabels.line(prefix + "-kind", texts.get("projects.field.contractKind"), ProjectLabels.kind(t.kind(), texts)),
          ProjectLabels.line(prefix + "-method", texts.get("projects.field.method"), ProjectLabels.method(t.method(), texts)),
          ProjectLabels.line(prefix + "-organisation", texts.get("projects.field.organisation"),
              ProjectLabels.organisation(t.organisation(), texts)),
          ProjectLabels.line(prefix + "-announced", texts.get("projects.field.announcedOn"),
              CaseFormats.date(t.announcedOn(), locale)),
          ProjectLabels.line(prefix + "-estimate", texts.get("projects.field.estimate"),
              ProjectLabels.yuan(t.estimate(), texts))));
      list.add(card);
    }
    if (tenders.isEmpty()) {
      list.add(empty("project-tenders-none", "projects.tenders.none"));
    }
    return list;
  }

  private Div empty(String id, String key) {
    Div none = new Div(new Span(texts.get(key)));
    none.setId(id);
    none.addClassName("project-empty");
    return none;
  }
}
