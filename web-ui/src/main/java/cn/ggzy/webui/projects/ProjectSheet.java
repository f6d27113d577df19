package cn.ggzy.webui.projects;

import cn.ggzy.server.application.ProjectRegister.AlertView;
import cn.ggzy.server.application.ProjectRegister.ContractView;
import cn.ggzy.server.application.ProjectRegister.Detail;
import cn.ggzy.server.application.ProjectRegister.TenderView;
import cn.ggzy.webui.cases.CaseFormats;
import cn.ggzy.webui.i18n.Texts;
import cn.ggzy.webui.layout.Labels;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * A project of the register as the officer reads it: its approval (number, employer, date, method and
 * organisation form approved, whether it must be tendered by law, the planned tender date), the
 * threshold rule it is judged by (the one in force on the approval date), each planned contract with
 * its estimate, the threshold of its kind and whether it must be tendered, and the tenders recorded.
 */
record ProjectSheet(Texts texts, Locale locale, Function<String, String> departmentName) {
  Div build(Detail d) {
    Div sheet = Labels.sheet("project-sheet", "project-sheet", "project-name", d.projectCode() + " " + d.projectName(),
        ProjectLabels.alertCount(count(d.alerts(), "OPEN"), d.alerts().size(), texts, "project-alert-count"));
    sheet.add(Labels.section("project-facts", texts.get("projects.sheet.approval"), ProjectLabels.facts(
        ProjectLabels.line("project-approval", texts.get("projects.field.approvalNumber"), d.approvalNumber()),
        ProjectLabels.line("project-employer", texts.get("projects.field.employer"), d.employer()),
        ProjectLabels.line("project-department", texts.get("projects.field.department"),
            departmentName.apply(d.department())),
        ProjectLabels.line("project-approved", texts.get("projects.field.approvedOn"),
            CaseFormats.date(d.approvedOn(), locale)),
        method("project", d.method()),
        organisation("project", d.organisation()),
        ProjectLabels.line("project-mandatory", texts.get("projects.field.mandatory"),
            ProjectLabels.yesNo(d.mandatory(), texts)),
        ProjectLabels.line("project-planned", texts.get("projects.field.plannedTenderDate"),
            CaseFormats.date(d.plannedTenderDate(), locale)))));
    Paragraph note = new Paragraph(texts.get("projects.threshold.note", CaseFormats.date(d.approvedOn(), locale)));
    note.addClassName("filing-note");
    sheet.add(Labels.section("project-threshold-section", texts.get("projects.sheet.threshold"),
        ProjectLabels.facts(ProjectLabels.line("project-threshold", texts.get("projects.threshold.rule"),
            d.thresholdRule())), note));
    sheet.add(Labels.section("project-contracts", texts.get("projects.sheet.contracts", d.contracts().size()),
        cards(d.contracts(), this::contract, "project-contracts-none", "projects.contracts.none")));
    sheet.add(Labels.section("project-tenders", texts.get("projects.sheet.tenders", d.tenders().size()),
        cards(d.tenders(), this::tender, "project-tenders-none", "projects.tenders.none")));
    return sheet;
  }

  static int count(List<AlertView> alerts, String state) {
    return (int) alerts.stream().filter(a -> state.equals(a.state())).count();
  }

  /** The cards of a list one under the other, each made by {@code card} from its position; or that there are none. */
  private <T> Div cards(List<T> items, BiFunction<Integer, T, Div> card, String noneId, String noneKey) {
    Div list = new Div();
    list.addClassName("project-card-list");
    for (int i = 0; i < items.size(); i++) {
      list.add(card.apply(i, items.get(i)));
    }
    if (items.isEmpty()) {
      list.add(empty(noneId, noneKey));
    }
    return list;
  }

  private Div contract(int i, ContractView c) {
    String prefix = "project-contract-" + i;
    Div card = ProjectLabels.card(prefix, "project-contract");
    card.getElement().setAttribute("data-must-tender", String.valueOf(c.mustTender()));
    Span must = new Span(texts.get(c.mustTender() ? "projects.contract.must" : "projects.contract.mayNot"));
    must.setId(prefix + "-must");
    must.addClassNames("status-badge", c.mustTender() ? "project-must-tender" : "project-need-not");
    card.add(Labels.top(ProjectLabels.cardTitle(c.name()), must), ProjectLabels.facts(
        kind(prefix, c.kind()),
        estimate(prefix, c.estimate()),
        ProjectLabels.line(prefix + "-threshold", texts.get("projects.field.threshold"),
            Labels.yuan(c.threshold(), texts)),
        ProjectLabels.line(prefix + "-must-line", texts.get("projects.field.mustTender"),
            ProjectLabels.yesNo(c.mustTender(), texts))));
    return card;
  }

  private Div tender(int i, TenderView t) {
    String prefix = "project-tender-" + i;
    Div card = ProjectLabels.card(prefix, "project-tender");
    card.add(ProjectLabels.cardTitle(t.sectionCode() + " " + t.sectionName()), ProjectLabels.facts(
        kind(prefix, t.kind()),
        method(prefix, t.method()),
        organisation(prefix, t.organisation()),
        ProjectLabels.line(prefix + "-announced", texts.get("projects.field.announcedOn"),
            CaseFormats.date(t.announcedOn(), locale)),
        estimate(prefix, t.estimate())));
    return card;
  }

  /** The kind of a contract or a tender: 施工, 货物, 服务. */
  private Div kind(String prefix, String code) {
    return ProjectLabels.line(prefix + "-kind", texts.get("projects.field.contractKind"), ProjectLabels.kind(code, texts));
  }

  /** The tender method, approved or used. */
  private Div method(String prefix, String code) {
    return ProjectLabels.line(prefix + "-method", texts.get("projects.field.method"), ProjectLabels.method(code, texts));
  }

  /** The organisation form, approved or used. */
  private Div organisation(String prefix, String code) {
    return ProjectLabels.line(prefix + "-organisation", texts.get("projects.field.organisation"),
        ProjectLabels.organisation(code, texts));
  }

  private Div estimate(String prefix, BigDecimal amount) {
    return ProjectLabels.line(prefix + "-estimate", texts.get("projects.field.estimate"), Labels.yuan(amount, texts));
  }

  private Div empty(String id, String key) {
    Div none = new Div(new Span(texts.get(key)));
    none.setId(id);
    none.addClassName("project-empty");
    return none;
  }
}
