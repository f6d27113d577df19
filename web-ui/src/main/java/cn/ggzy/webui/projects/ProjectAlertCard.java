package cn.ggzy.webui.projects;

import cn.ggzy.server.application.ProjectRegister.AlertView;
import cn.ggzy.webui.cases.CaseFormats;
import cn.ggzy.webui.i18n.Texts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.function.SerializableConsumer;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * One alert of a project as a card that reads on a phone: its kind and state as badges, the evidence
 * in the reader's language, the legal basis; once decided, the reason it was dismissed or the case
 * opened from it (a link to the case when the officer can open it), by whom and when; while it is
 * open, the buttons to open a case from it or to dismiss it.
 */
final class ProjectAlertCard extends Div {
  final Button openCase = new Button();
  final Button dismiss = new Button();

  /**
   * @param caseId the case's id for its number, when the officer can open that case (empty: the number is shown
   *     without a link)
   */
  ProjectAlertCard(int number, AlertView a, Texts texts, Locale locale, Function<String, Optional<String>> caseId,
      SerializableConsumer<AlertView> onOpenCase, SerializableConsumer<AlertView> onDismiss) {
    String prefix = "project-alert-" + number;
    setId(prefix);
    addClassNames("project-card", "project-alert");
    getElement().setAttribute("data-kind", a.kind());
    getElement().setAttribute("data-state", a.state());
    getElement().setAttribute("data-key", a.key());
    Span n = new Span(texts.get("projects.alert.number", String.valueOf(number)));
    n.addClassName("project-card-title");
    Div top = new Div(n, ProjectLabels.alertKind(a.kind(), texts, prefix + "-kind"),
        ProjectLabels.alertState(a.state(), texts, prefix + "-state"));
    top.addClassName("case-card-top");
    Div evidence = new Div(new Span(ProjectLabels.pick(locale, a.evidence(), a.evidenceEn())));
    evidence.setId(prefix + "-evidence");
    evidence.addClassName("project-evidence");
    add(top, evidence, ProjectLabels.facts(
        ProjectLabels.line(prefix + "-basis", texts.get("projects.alert.basis"), a.basis())));
    if (a.reason() != null && !a.reason().isBlank()) {
      add(ProjectLabels.facts(ProjectLabels.line(prefix + "-reason", texts.get("projects.alert.reason"), a.reason())));
    }
    if (a.caseNumber() != null && !a.caseNumber().isBlank()) {
      add(caseLine(prefix, a.caseNumber(), caseId.apply(a.caseNumber()), texts));
    }
    if (a.decidedAt() != null) {
      add(ProjectLabels.facts(ProjectLabels.line(prefix + "-decided", texts.get("projects.alert.decidedBy"),
          a.decidedBy() + " · " + CaseFormats.dateTime(a.decidedAt(), locale))));
    }
    if ("OPEN".equals(a.state())) {
      openCase.setId(prefix + "-case");
      openCase.setText(texts.get("projects.alert.openCase"));
      openCase.setIcon(VaadinIcon.FOLDER_ADD.create());
      openCase.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
      openCase.setDisableOnClick(true);
      openCase.addClickListener(e -> onOpenCase.accept(a));
      dismiss.setId(prefix + "-dismiss");
      dismiss.setText(texts.get("projects.alert.dismiss"));
      dismiss.setIcon(VaadinIcon.CLOSE_SMALL.create());
      dismiss.addClickListener(e -> onDismiss.accept(a));
      Div buttons = new Div(openCase, dismiss);
      buttons.addClassName("case-actions");
      add(buttons);
    }
  }

  /** 案件 麻监案〔2026〕第0042号, a link to the case's page when the officer can open it. */
  private static Div caseLine(String prefix, String number, Optional<String> id, Texts texts) {
    Span label = new Span(texts.get("projects.alert.case"));
    label.addClassName("project-label");
    Div row = new Div(label);
    row.addClassName("project-line");
    if (id.isPresent()) {
      Anchor link = new Anchor("console/cases/" + id.get(), number);
      link.getElement().setAttribute("router-link", true);
      link.setId(prefix + "-case-link");
      link.addClassNames("project-value", "case-number");
      row.add(link);
    } else {
      Span value = new Span(number);
      value.setId(prefix + "-case-number");
      value.addClassName("project-value");
      row.add(value);
    }
    Div facts = ProjectLabels.facts(row);
    return facts;
  }
}
