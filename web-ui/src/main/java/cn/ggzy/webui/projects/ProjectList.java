package cn.ggzy.webui.projects;

import cn.ggzy.server.application.ProjectRegister.Page;
import cn.ggzy.server.application.ProjectRegister.Summary;
import cn.ggzy.webui.cases.CaseFormats;
import cn.ggzy.webui.i18n.Texts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.function.SerializableFunction;
import java.util.Locale;

/**
 * One page of the register as cards: the project (a link to it) with its alerts, open of all; the
 * approval number, the employer, the approval date, the planned tender date and the department;
 * under them where this page is in the whole register, with the previous and next page.
 */
final class ProjectList extends Div {
  final Div cards = new Div();
  final Span range = new Span();
  final Button previous = new Button();
  final Button next = new Button();
  private final Texts texts;
  private final Locale locale;
  private final SerializableFunction<Summary, String> departmentName;
  private SerializableConsumer<Integer> onPage = offset -> { };
  private Page page;

  ProjectList(Texts texts, Locale locale, SerializableFunction<Summary, String> departmentName) {
    this.texts = texts;
    this.locale = locale;
    this.departmentName = departmentName;
    setId("project-list");
    addClassName("project-list");
    cards.setId("project-cards");
    cards.addClassName("project-cards");
    range.setId("project-list-range");
    range.addClassName("project-list-range");
    previous.setId("project-list-previous");
    previous.setText(texts.get("projects.list.previous"));
    previous.setIcon(VaadinIcon.ANGLE_LEFT.create());
    previous.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
    previous.addClickListener(e -> onPage.accept(Math.max(0, page.offset() - page.limit())));
    next.setId("project-list-next");
    next.setText(texts.get("projects.list.next"));
    next.setIcon(VaadinIcon.ANGLE_RIGHT.create());
    next.setIconAfterText(true);
    next.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
    next.addClickListener(e -> onPage.accept(page.offset() + page.limit()));
    Div pager = new Div(previous, range, next);
    pager.addClassName("project-pager");
    add(cards, pager);
  }

  void onPage(SerializableConsumer<Integer> listener) {
    this.onPage = listener;
  }

  void show(Page p) {
    this.page = p;
    cards.removeAll();
    p.items().forEach(s -> cards.add(card(s)));
    if (p.items().isEmpty()) {
      Span none = new Span(texts.get("projects.list.none"));
      none.setId("project-list-none");
      none.addClassName("project-empty");
      cards.add(none);
    }
    range.setText(p.total() == 0 ? "" : texts.get("projects.list.range", String.valueOf(p.offset() + 1),
        String.valueOf(p.offset() + p.items().size()), String.valueOf(p.total())));
    previous.setEnabled(p.offset() > 0);
    next.setEnabled(p.offset() + p.items().size() < p.total());
    previous.setVisible(p.total() > p.items().size());
    next.setVisible(p.total() > p.items().size());
  }

  private Div card(Summary s) {
    String prefix = "project-card-" + s.id();
    Anchor link = new Anchor(ProjectNavigation.project(s.id()), s.projectCode() + " " + s.projectName());
    link.getElement().setAttribute("router-link", true);
    link.addClassName("case-number");
    link.setId("project-link-" + s.id());
    Div top = new Div(link, ProjectLabels.alertCount(s.openAlerts(), s.alerts(), texts, prefix + "-alerts"));
    top.addClassName("case-card-top");
    Div card = ProjectLabels.card(prefix, "project-summary");
    card.getElement().setAttribute("data-project", s.id());
    card.getElement().setAttribute("data-open", String.valueOf(s.openAlerts()));
    card.add(top, ProjectLabels.facts(
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
