package cn.ggzy.webui.publicsite;

import cn.ggzy.server.application.InspectionViews.CommitmentView;
import cn.ggzy.server.application.InspectionViews.DrawView;
import cn.ggzy.server.application.InspectionViews.MemberView;
import cn.ggzy.server.application.InspectionViews.TeamView;
import cn.ggzy.server.application.PublicInspections;
import cn.ggzy.server.application.PublicInspections.PublicPlan;
import cn.ggzy.server.application.PublicInspections.PublicResult;
import cn.ggzy.tenants.RegionCode;
import cn.ggzy.webui.i18n.DomainErrors;
import cn.ggzy.webui.i18n.FieldErrors;
import cn.ggzy.webui.inspections.Facts;
import cn.ggzy.webui.layout.MainLayout;
import cn.ggzy.webui.layout.ViewFrame;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * One public plan in plain language first: its parameters, the published results, who inspected
 * whom, and a button that recomputes the draw from the published data; the cryptographic detail
 * (the commitment published before the draw with the data file, the revealed seed and the
 * witness's value) folded one tap away. Mobile first (360 px).
 */
@Route(value = "inspections/:region/:id", layout = MainLayout.class)
@Dependent
public class PublicPlanView extends ViewFrame implements HasDynamicTitle, BeforeEnterObserver {
  private final PublicInspections inspections;
  private String title = "";
  private RegionCode region;
  private String planId;

  @Inject
  public PublicPlanView(PublicInspections inspections) {
    this.inspections = inspections;
    setId("public-plan");
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    String regionValue = event.getRouteParameters().get("region").orElse("");
    String id = event.getRouteParameters().get("id").orElse("");
    Runnable notFound = () -> {
      setHeading(getTranslation("inspections.public.notFound"));
      addContent(back());
    };
    try {
      region = RegionCode.of(regionValue);
    } catch (IllegalArgumentException e) {
      notFound.run();
      return;
    }
    planId = id;
    DomainErrors.run(() -> show(region, inspections.plan(region, id)), e -> notFound.run());
  }

  private void show(RegionCode region, PublicPlan plan) {
    title = plan.title();
    setHeading(plan.title());
    String api = "api/v1/public/inspections/" + region.value() + "/plans/" + plan.id();
    addContent(new Facts()
        .line("plan-owner", getTranslation("inspections.plan.owner"), plan.ownerName())
        .line("plan-status", getTranslation("inspections.plan.status"), getTranslation("inspections.status."
            + plan.status()))
        .line("plan-period", getTranslation("inspections.plan.period"), plan.periodFrom() + " – " + plan.periodTo())
        .line("plan-departments", getTranslation("inspections.plan.departments"), String.join("、", plan.departments()))
        .line("plan-kinds", getTranslation("inspections.plan.kinds"), plan.objectKinds().stream()
            .map(k -> getTranslation("inspections.kind." + k)).collect(Collectors.joining("、")))
        .line("plan-selection", getTranslation("inspections.plan.selection"),
            getTranslation("inspections.selection." + plan.selectionMode(), plan.selectionValue()))
        .line("plan-rules", getTranslation("inspections.plan.rules"), getTranslation("inspections.plan.rulesValue",
            plan.teamSize(), getTranslation(plan.jointTeams() ? "inspections.yes" : "inspections.no"),
            plan.recusalMonths(), plan.complaintWeight(), plan.lowCreditWeight())));
    // plain language first: what was found, who inspected whom, and one button to check the draw;
    // the cryptographic detail (commitment, seed, data file) one tap away
    Paragraph lead = new Paragraph(getTranslation("inspections.public.lead"));
    lead.setId("plan-lead");
    addContent(lead);
    results(plan);
    Details technical = new Details(getTranslation("inspections.public.technical"));
    technical.setId("plan-technical");
    technical.setWidthFull();
    draw(plan.draw(), technical);
    commitment(plan.commitment(), api, technical);
    addContent(technical, back());
  }

  private void commitment(CommitmentView c, String api, Details technical) {
    technical.add(new H3(getTranslation("inspections.commitment.title")),
        new Paragraph(getTranslation("inspections.commitment.explanation")));
    Anchor file = new Anchor(api + "/document", getTranslation("inspections.commitment.download"));
    file.setId("commitment-document-link");
    file.getElement().setAttribute("download", "plan-data.json");
    Pre document = new Pre(c.document());
    document.getStyle().set("white-space", "pre-wrap").set("word-break", "break-all")
        .set("font-size", "var(--lumo-font-size-xxs)").set("max-height", "240px").set("overflow", "auto");
    Details details = new Details(getTranslation("inspections.commitment.show"), document);
    details.setId("commitment-document");
    technical.add(new Facts()
        .line("commitment-hash", getTranslation("inspections.commitment.documentHash"), c.documentHash())
        .line("commitment-seed-hash", getTranslation("inspections.commitment.seedHash"), c.seedHash())
        .line("commitment-at", getTranslation("inspections.commitment.at"), Facts.time(c.committedAt(), getLocale()))
        .line("commitment-counts", getTranslation("inspections.commitment.counts"),
            getTranslation("inspections.commitment.countsValue", c.objects(), c.inspectors())), file, details);
  }

  private void draw(DrawView d, Details technical) {
    addContent(new H3(getTranslation("inspections.draw.title")));
    if (d == null) {
      Span waiting = new Span(getTranslation("inspections.draw.waiting"));
      waiting.setId("draw-waiting");
      addContent(waiting);
      return;
    }
    technical.add(new H3(getTranslation("inspections.draw.seedTitle")), new Facts()
        .line("draw-at", getTranslation("inspections.draw.at"), Facts.time(d.drawnAt(), getLocale()))
        .line("draw-witness", getTranslation("inspections.draw.witness"), d.witnessName())
        .line("draw-witness-value", getTranslation("inspections.draw.witnessValue"), d.witnessValue())
        .line("draw-seed", getTranslation("inspections.draw.seed"), d.seed()));
    Div teams = new Div();
    teams.setId("draw-teams");
    teams.getStyle().set("display", "flex").set("flex-direction", "column").set("gap", "var(--lumo-space-s)")
        .set("width", "100%");
    for (TeamView t : d.teams()) {
      Span object = new Span(t.objectCode() + " " + t.objectName());
      object.getStyle().set("font-weight", "600");
      teams.add(Facts.card(object, new Div(new Span(members(t.members())))));
    }
    VerificationPanel panel = new VerificationPanel(key -> getTranslation(key), getLocale());
    Button verify = new Button(getTranslation("inspections.verify.button"), VaadinIcon.SHIELD.create());
    verify.setId("verify-button");
    verify.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    verify.addClickListener(e -> {
      DomainErrors.attempt(() -> inspections.verify(region, planId), getLocale(), FieldErrors.NONE)
          .ifPresent(panel::show);
    });
    addContent(teams, new H3(getTranslation("inspections.verify.title")),
        new Paragraph(getTranslation("inspections.verify.plain")), verify, panel);
    technical.add(new Paragraph(getTranslation("inspections.verify.explanation")));
  }

  private String members(List<MemberView> members) {
    return members.stream().map(m -> m.name() + "（" + m.department() + "，" + getTranslation(
        "inspections.member.certificate") + " " + m.certificateNumber() + "）").collect(Collectors.joining("；"));
  }

  private void results(PublicPlan plan) {
    addContent(new H3(getTranslation("inspections.results.title")));
    if (plan.results().isEmpty()) {
      Span none = new Span(getTranslation("inspections.results.none"));
      none.setId("results-none");
      addContent(none);
      return;
    }
    Div list = new Div();
    list.setId("results");
    list.getStyle().set("display", "flex").set("flex-direction", "column").set("gap", "var(--lumo-space-s)")
        .set("width", "100%");
    for (PublicResult r : plan.results()) {
      Span object = new Span(r.objectCode() + " " + r.objectName());
      object.getStyle().set("font-weight", "600");
      list.add(Facts.card(object, new Facts()
          .line("result-conclusion-" + r.objectCode(), getTranslation("inspections.results.conclusion"),
              getTranslation("inspections.conclusion." + r.conclusion()))
          .line("result-text-" + r.objectCode(), getTranslation("inspections.results.text"), r.text())
          .line("result-team-" + r.objectCode(), getTranslation("inspections.results.team"), members(r.team()))
          .line("result-times-" + r.objectCode(), getTranslation("inspections.results.times"),
              getTranslation("inspections.results.timesValue", Objects.requireNonNullElse(
                  Facts.time(r.inspectedAt(), getLocale()), "—"),
                  Facts.time(r.concludedAt(), getLocale()), Facts.time(r.publishedAt(), getLocale())))));
    }
    addContent(list);
  }

  private Anchor back() {
    Anchor back = new Anchor("inspections", getTranslation("inspections.public.back"));
    back.getElement().setAttribute("router-link", true);
    back.setId("plan-back");
    return back;
  }

  @Override
  public String getPageTitle() {
    return title + " · " + getTranslation("app.title");
  }
}
