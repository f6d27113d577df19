package cn.ggzy.webui.experts;

import cn.ggzy.server.application.ExpertDraws;
import cn.ggzy.server.application.ExpertDraws.PublicDraw;
import cn.ggzy.server.application.ExpertDraws.PublishedRound;
import cn.ggzy.server.application.TenantDirectory;
import cn.ggzy.tenants.RegionCode;
import cn.ggzy.webui.i18n.DomainErrors;
import cn.ggzy.webui.inspections.Facts;
import cn.ggzy.webui.layout.MainLayout;
import cn.ggzy.webui.layout.ViewFrame;
import cn.ggzy.webui.publicsite.PublicDates;
import cn.ggzy.webui.publicsite.VerificationPanel;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * A draw of evaluation experts as anyone may check it: each round's commitment (the SHA-256 of the
 * draw document and of the secret seed, published before the draw); once the evaluation has
 * started, each drawn round's document, seed, witness value and result with the four checks
 * recomputed from them. Before that the result is sealed and the page says so.
 */
@Route(value = "experts/draws/:id", layout = MainLayout.class)
@Dependent
public class PublicExpertDrawView extends ViewFrame implements HasDynamicTitle, BeforeEnterObserver {
  private final ExpertDraws draws;
  private final TenantDirectory directory;
  private String title = "";

  @Inject
  public PublicExpertDrawView(ExpertDraws draws, TenantDirectory directory) {
    this.draws = draws;
    this.directory = directory;
    setId("expert-public-draw");
    addClassName("expert-public-draw");
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    String id = event.getRouteParameters().get("id").orElse("");
    Optional<PublicDraw> found = DomainErrors.orElse(() -> Optional.of(draws.published(id)), e -> Optional.empty());
    if (found.isEmpty()) {
      event.rerouteToError(NotFoundException.class);
      return;
    }
    show(found.get());
  }

  private void show(PublicDraw d) {
    title = getTranslation("experts.publicDraw.title");
    setHeading(title);
    String region = regionName(d.region());
    add(new Facts()
        .line("public-draw-id", getTranslation("experts.publicDraw.id"), d.id())
        .line("public-draw-region", getTranslation("experts.publicDraw.region"), region)
        .line("public-draw-section", getTranslation("experts.field.section"), d.sectionCode() + " " + d.sectionName())
        .line("public-draw-start", getTranslation("experts.field.evaluationStart"),
            PublicDates.dateTime(d.evaluationStart(), getLocale())));
    Paragraph explanation = new Paragraph(getTranslation(d.sealed() ? "experts.publicDraw.sealed"
        : "experts.publicDraw.unsealed"));
    explanation.setId("public-draw-explanation");
    explanation.addClassName(d.sealed() ? "notice" : "filing-note");
    explanation.getElement().setAttribute("data-sealed", String.valueOf(d.sealed()));
    add(explanation);
    for (PublishedRound r : d.rounds()) {
      add(round(r));
    }
  }

  private Component round(PublishedRound r) {
    String prefix = "public-round-" + r.number();
    Div block = new Div();
    block.setId(prefix);
    block.addClassName("expert-round");
    H3 heading = new H3(getTranslation("experts.round.title", r.number(),
        getTranslation("experts.round.reason." + r.reason())));
    heading.addClassName("sheet-heading");
    block.add(heading, new Facts()
        .line(prefix + "-commitment", getTranslation("experts.round.commitment"), r.commitment())
        .line(prefix + "-seed-hash", getTranslation("experts.round.seedHash"), r.seedHash())
        .line(prefix + "-committed-at", getTranslation("experts.round.committedAt"),
            PublicDates.dateTime(r.committedAt(), getLocale())));
    if (r.document() == null) {
      return block;
    }
    block.add(new Facts()
        .line(prefix + "-seed", getTranslation("experts.round.seed"), r.seed())
        .line(prefix + "-witness-value", getTranslation("experts.round.witnessValue"), r.witnessValue()),
        text(prefix + "-document", "experts.round.document", r.document(), false),
        text(prefix + "-result", "experts.round.result", r.result(), true));
    if (r.verification() != null) {
      VerificationPanel checks = new VerificationPanel(prefix + "-checks", "expert.verify.check.", "experts.verify.",
          key -> getTranslation(key), getLocale());
      checks.show(r.verification());
      block.add(new H3(getTranslation("experts.verify.title")), checks);
    }
    return block;
  }

  private Details text(String id, String summaryKey, String json, boolean opened) {
    Pre pre = new Pre(json);
    pre.addClassName("expert-json");
    Details details = new Details(getTranslation(summaryKey), pre);
    details.setId(id);
    details.setOpened(opened);
    return details;
  }

  private String regionName(String code) {
    try {
      return directory.region(RegionCode.of(code)).map(r -> r.name(getLocale())).orElse(code);
    } catch (IllegalArgumentException e) {
      return code;
    }
  }

  @Override
  public String getPageTitle() {
    return title + " · " + getTranslation("app.title");
  }
}
