package cn.ggzy.webui.cases;

import cn.ggzy.server.application.CaseViews.DecisionView;
import cn.ggzy.server.application.CaseViews.Detail;
import com.vaadin.flow.component.html.Div;

/** What the case is about (source, industry, project, respondent, summary) and its decision. */
class CaseFacts extends Div {

  CaseFacts(Detail d, SheetContext c) {
    add(Sheet.section("case-facts", c.t("cases.section.facts"),
        Sheet.row(c.t("cases.register.source"), c.words().source(d.source())),
        Sheet.row(c.t("cases.register.industry"), c.words().industry(d.industry())),
        Sheet.row(c.t("cases.receivedAt"), c.at(d.receivedAt())),
        Sheet.row(c.t("cases.acceptedAt"), c.at(d.acceptedAt())),
        Sheet.row(c.t("cases.register.projectCode"), d.projectCode()),
        Sheet.row(c.t("cases.register.projectName"), d.projectName()),
        Sheet.row(c.t("cases.register.respondent"), d.respondent()),
        Sheet.row(c.t("cases.register.originReference"), d.originReference()),
        Sheet.row(c.t("cases.register.summary"), c.english() && d.summaryEn() != null ? d.summaryEn() : d.summary()),
        Sheet.row(c.t("cases.nonAcceptance"), Sheet.joined(c.t("cases.colon"),
            d.nonAcceptanceGround() == null ? null : c.words().ground(d.nonAcceptanceGround()),
            d.nonAcceptanceReason())),
        Sheet.row(c.t("cases.supplementItems"), d.supplementItems())));
    if (d.decision() != null) {
      add(decision(d.decision(), c));
    }
  }

  private static Div decision(DecisionView v, SheetContext c) {
    Div measures = Sheet.entry("decision-measures",
        v.fineYuan() == null ? null : c.t("cases.decision.fine", String.valueOf(v.fineYuan())),
        v.confiscation() ? c.t("cases.decision.confiscation") : null,
        v.disqualificationYears() == null ? null : c.t("cases.decision.disqualification", v.disqualificationYears()),
        v.licenceRevoked() ? c.t("cases.decision.licenceRevoked") : null);
    return Sheet.section("case-decision", c.t("cases.section.decision"),
        Sheet.row(c.t("cases.decision.kind"), c.words().decisionKind(v.kind())),
        Sheet.row(c.t("cases.decision.text"), v.text()), measures);
  }
}
