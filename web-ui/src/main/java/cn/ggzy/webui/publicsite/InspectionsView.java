package cn.ggzy.webui.publicsite;

import cn.ggzy.server.application.PublicInspections;
import cn.ggzy.server.application.PublicInspections.PublicPlanSummary;
import cn.ggzy.server.application.TenantDirectory;
import cn.ggzy.tenants.Region;
import cn.ggzy.tenants.TenantCatalogue;
import cn.ggzy.webui.inspections.Facts;
import cn.ggzy.webui.layout.MainLayout;
import cn.ggzy.webui.layout.ViewFrame;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.List;

/**
 * 检查结果公示: the region's random inspection plans from the commitment on, each leading to its
 * commitment, draw, results and verification. Mobile first: one card per plan.
 */
@Route(value = "inspections", layout = MainLayout.class)
@Dependent
public class InspectionsView extends ViewFrame implements HasDynamicTitle {
  private final PublicInspections inspections;
  private final Select<Region> region = new Select<>();
  private final Div plans = new Div();

  @Inject
  public InspectionsView(PublicInspections inspections, TenantDirectory directory) {
    this.inspections = inspections;
    setId("service-inspections");
    setHeading(getTranslation(Entrance.INSPECTIONS.text("title")));
    Paragraph explanation = new Paragraph(getTranslation(Entrance.INSPECTIONS.text("explanation")));
    explanation.setId("service-explanation");
    Details how = new Details(getTranslation("inspections.public.technical"),
        new Paragraph(getTranslation("inspections.public.how")));
    how.setId("inspections-how");
    how.setWidthFull();
    List<Region> regions = directory.regions();
    region.setId("inspections-region");
    region.setLabel(getTranslation("inspections.public.region"));
    region.setItems(regions);
    region.setItemLabelGenerator(r -> r.name(getLocale()));
    region.setVisible(regions.size() > 1);
    region.setWidthFull();  // 12em by default: wider than a phone at 200 % text
    region.addValueChangeListener(e -> show());
    plans.setId("inspection-plans");
    plans.getStyle().set("display", "flex").set("flex-direction", "column").set("gap", "var(--lumo-space-s)")
        .set("width", "100%");
    addContent(explanation, how, region, plans);
    regions.stream().filter(r -> r.code().equals(TenantCatalogue.MACHENG)).findFirst()
        .or(() -> regions.stream().findFirst()).ifPresent(region::setValue);
  }

  private void show() {
    plans.removeAll();
    Region chosen = region.getValue();
    if (chosen == null) {
      return;
    }
    List<PublicPlanSummary> found = inspections.plans(chosen.code(), 0, 50);
    if (found.isEmpty()) {
      Span none = new Span(getTranslation("inspections.public.none"));
      none.setId("inspection-plans-empty");
      plans.add(none);
    }
    for (PublicPlanSummary p : found) {
      Anchor title = new Anchor("inspections/" + chosen.code().value() + "/" + p.id(), p.title());
      title.getElement().setAttribute("router-link", true);
      title.setId("plan-link-" + p.id());
      title.getStyle().set("font-weight", "600");
      Span facts = new Span(p.ownerName() + " · " + p.periodFrom() + " – " + p.periodTo() + " · "
          + getTranslation("inspections.status." + p.status()) + (p.results() > 0
              ? " · " + getTranslation("inspections.public.resultCount", p.results()) : ""));
      facts.getStyle().set("font-size", "var(--lumo-font-size-s)").set("color", "var(--lumo-secondary-text-color)");
      Div card = Facts.card(title, new Div(facts));
      card.addClassName("inspection-plan-card");
      plans.add(card);
    }
  }

  @Override
  public String getPageTitle() {
    return getTranslation(Entrance.INSPECTIONS.text("title")) + " · " + getTranslation("app.title");
  }
}
