package cn.ggzy.webui.projects;

import cn.ggzy.server.application.ProjectRegister.AlertView;
import cn.ggzy.webui.i18n.Texts;
import cn.ggzy.webui.layout.Labels;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.function.SerializableConsumer;
import java.util.Locale;

/**
 * One alert of a project as a card that reads on a phone: its kind and state as badges, the evidence
 * in the reader's language, the legal basis; once decided, the reason it was dismissed or the case
 * opened from it (a link to the case's page), by whom and when; while it is open, the buttons to open
 * a case from it or to dismiss it.
 */
final class ProjectAlertCard extends Div {
  final Button openCase = new Button();
  final Button dismiss = new Button();

  ProjectAlertCard(int number, AlertView a, Texts texts, Locale locale, SerializableConsumer<AlertView> onOpenCase,
      SerializableConsumer<AlertView> onDismiss) {
    String prefix = "project-alert-" + number;
    setId(prefix);
    addClassNames("project-card", "project-alert");
    getElement().setAttribute("data-kind", a.kind());
    getElement().setAttribute("data-state", a.state());
    getElement().setAttribute("data-key", a.key());
    Div evidence = new Div(new Span(Labels.pick(locale, a.evidence(), a.evidenceEn())));
    evidence.setId(prefix + "-evidence");
    evidence.addClassName("project-evidence");
    add(Labels.top(ProjectLabels.cardTitle(texts.get("projects.alert.number", String.valueOf(number))),
        ProjectLabels.alertKind(a.kind(), texts, prefix + "-kind"),
        ProjectLabels.alertState(a.state(), texts, prefix + "-state")), evidence, ProjectLabels.facts(
        ProjectLabels.line(prefix + "-basis", texts.get("projects.alert.basis"), a.basis())));
    if (a.reason() != null && !a.reason().isBlank()) {
      add(ProjectLabels.facts(ProjectLabels.line(prefix + "-reason", texts.get("projects.alert.reason"), a.reason())));
    }
    if (a.caseNumber() != null && !a.caseNumber().isBlank()) {
      add(caseLine(prefix, a, texts));
    }
    if (a.decidedAt() != null) {
      add(ProjectLabels.facts(ProjectLabels.line(prefix + "-decided", texts.get("projects.alert.decidedBy"),
          Labels.byAt(a.decidedBy(), a.decidedAt(), locale))));
    }
    if ("OPEN".equals(a.state())) {
      Labels.action(openCase, prefix + "-case", texts.get("projects.alert.openCase"), VaadinIcon.FOLDER_ADD,
          () -> onOpenCase.accept(a)).setDisableOnClick(true);
      Labels.action(dismiss, prefix + "-dismiss", texts.get("projects.alert.dismiss"), VaadinIcon.CLOSE_SMALL,
          () -> onDismiss.accept(a));
      add(Labels.actions(openCase, dismiss));
    }
  }

  /** 案件 麻监案〔2026〕第0042号, a link to the case's page (the number alone for an alert that has no case id). */
  private static Div caseLine(String prefix, AlertView a, Texts texts) {
    Span label = new Span(texts.get("projects.alert.case"));
    label.addClassName("project-label");
    Div row = new Div(label);
    row.addClassName("project-line");
    if (a.caseId() != null && !a.caseId().isBlank()) {
      row.add(Labels.link("console/cases/" + a.caseId(), a.caseNumber(), prefix + "-case-link", "project-value",
          "case-number"));
    } else {
      Span value = new Span(a.caseNumber());
      value.setId(prefix + "-case-number");
      value.addClassName("project-value");
      row.add(value);
    }
    return ProjectLabels.facts(row);
  }
}
