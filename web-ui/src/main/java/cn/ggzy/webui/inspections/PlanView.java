package cn.ggzy.webui.inspections;

import cn.ggzy.server.application.InspectionPlans;
import cn.ggzy.server.application.InspectionViews.PlanDetail;
import cn.ggzy.server.application.InspectionViews.TaskSummary;
import cn.ggzy.server.application.InspectionViews.TeamView;
import cn.ggzy.server.domain.model.inspection.PlanStatus;
import cn.ggzy.webui.i18n.DomainErrors;
import cn.ggzy.webui.i18n.FieldErrors;
import cn.ggzy.webui.layout.MainLayout;
import cn.ggzy.webui.layout.ViewFrame;
import cn.ggzy.webui.session.AccessControl;
import cn.ggzy.webui.session.CurrentOfficer;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.stream.Collectors;

/**
 * One plan: its settings; a draft is committed (the commitment published); a committed plan is
 * drawn with the witness's value; a drawn plan shows the revealed seed, the teams and the tasks.
 */
@Route(value = InspectionNavigation.PLANS + "/:id", layout = MainLayout.class)
@Dependent
public class PlanView extends ViewFrame implements HasDynamicTitle, BeforeEnterObserver {
  private final InspectionPlans plans;
  private final Div body = new Div();
  private String title = "";

  @Inject
  public PlanView(InspectionPlans plans) {
    this.plans = plans;
    body.setWidthFull();
    body.getStyle().set("display", "flex").set("flex-direction", "column").set("gap", "var(--lumo-space-s)");
    addContent(body);
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    if (CurrentOfficer.get().isEmpty()) {
      event.forwardTo(AccessControl.CONSOLE);
      return;
    }
    String id = event.getRouteParameters().get("id").orElse("");
    Attempt.of(() -> plans.find(CurrentOfficer.require(), id), getLocale(), FieldErrors.NONE).ifPresentOrElse(
        this::show, () -> setHeading(getTranslation("inspections.public.notFound")));
  }

  private void show(PlanDetail p) {
    body.removeAll();
    title = p.title();
    setHeading(p.title());
    body.add(new Facts()
        .line("plan-status", getTranslation("inspections.plan.status"), getTranslation("inspections.status."
            + p.status().name()))
        .line("plan-period", getTranslation("inspections.plan.period"), p.periodFrom() + " – " + p.periodTo())
        .line("plan-selection", getTranslation("inspections.plan.selection"),
            getTranslation("inspections.selection." + p.selection().mode().name(), p.selection().value()))
        .line("plan-rules", getTranslation("inspections.plan.rules"), getTranslation("inspections.plan.rulesValue",
            p.teamSize(), getTranslation(p.jointTeams() ? "inspections.yes" : "inspections.no"), p.recusalMonths(),
            p.complaintWeight(), p.lowCreditWeight()))
        .line("plan-checklist", getTranslation("inspections.plan.checklist"), String.join("；", p.checklist())));
    String region = p.ownerTenant().substring(0, 6);
    if (p.status() == PlanStatus.DRAFT) {
      Button commit = new Button(getTranslation("inspections.commit.button"));
      commit.setId("commit-button");
      commit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
      commit.addClickListener(e -> Attempt.of(() -> plans.commit(CurrentOfficer.require(), p.id(), p.version()),
          getLocale(), FieldErrors.NONE).ifPresent(this::show));
      body.add(new H3(getTranslation("inspections.commitment.title")),
          new Paragraph(getTranslation("inspections.commit.explanation")), commit);
      return;
    }
    body.add(new H3(getTranslation("inspections.commitment.title")), new Facts()
        .line("commitment-hash", getTranslation("inspections.commitment.documentHash"), p.commitment().documentHash())
        .line("commitment-seed-hash", getTranslation("inspections.commitment.seedHash"), p.commitment().seedHash())
        .line("commitment-at", getTranslation("inspections.commitment.at"), Facts.time(p.commitment().committedAt(), getLocale()))
        .line("commitment-counts", getTranslation("inspections.commitment.counts"),
            getTranslation("inspections.commitment.countsValue", p.commitment().objects(), p.commitment().inspectors())));
    Anchor publicPage = new Anchor("inspections/" + region + "/" + p.id(), getTranslation("inspections.plan.public"));
    publicPage.setId("plan-public-link");
    body.add(publicPage);
    if (p.status() == PlanStatus.COMMITTED) {
      DrawForm form = new DrawForm(this::getTranslation);
      form.onDraw(w -> Attempt.of(() -> plans.draw(CurrentOfficer.require(), p.id(), p.version(), w.name(),
          w.value()), getLocale(), form).ifPresent(drawn -> {
            DomainErrors.confirm(getTranslation("inspections.draw.done", drawn.tasks().size()));
            show(drawn);
          }));
      body.add(new H3(getTranslation("inspections.draw.title")),
          new Paragraph(getTranslation("inspections.draw.explanation")), form);
      return;
    }
    body.add(new H3(getTranslation("inspections.draw.title")), new Facts()
        .line("draw-at", getTranslation("inspections.draw.at"), Facts.time(p.draw().drawnAt(), getLocale()))
        .line("draw-witness", getTranslation("inspections.draw.witness"), p.draw().witnessName())
        .line("draw-witness-value", getTranslation("inspections.draw.witnessValue"), p.draw().witnessValue())
        .line("draw-seed", getTranslation("inspections.draw.seed"), p.draw().seed()));
    for (TeamView t : p.draw().teams()) {
      Span object = new Span(t.objectCode() + " " + t.objectName());
      object.getStyle().set("font-weight", "600");
      body.add(Facts.card(object, new Div(new Span(t.members().stream().map(m -> m.name() + "（" + m.department()
          + "）").collect(Collectors.joining("、"))))));
    }
    body.add(new H3(getTranslation("inspections.tasks.title")));
    for (TaskSummary t : p.tasks()) {
      Anchor link = new Anchor(InspectionNavigation.TASKS + "/" + t.id(), t.objectCode() + " " + t.objectName()
          + " · " + getTranslation("inspections.taskStatus." + t.status().name()));
      link.getElement().setAttribute("router-link", true);
      body.add(link);
    }
  }

  @Override
  public String getPageTitle() {
    return title + " · " + getTranslation("app.title");
  }
}
