package cn.ggzy.webui.publicsite;

import cn.ggzy.server.application.TenantDirectory;
import cn.ggzy.tenants.Region;
import cn.ggzy.webui.i18n.Language;
import cn.ggzy.webui.layout.MainLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.enterprise.context.Dependent;
import java.util.List;
import java.util.Locale;

/**
 * The public home page: the places it serves named first (麻城市…; with several regions, a line
 * naming them), then one big card per public service.
 */
@Route(value = "", layout = MainLayout.class)
@Dependent
public class HomeView extends Div implements HasDynamicTitle {

  @jakarta.inject.Inject
  public HomeView(TenantDirectory directory) {
    this(directory.regions());
  }

  HomeView(List<Region> regions) {
    addClassName("home");
    Locale locale = getLocale();
    H1 heading = new H1(regions.size() == 1
        ? getTranslation("home.heading.region", regions.get(0).name(locale)) : getTranslation("home.heading"));
    heading.addClassName("home-heading");
    heading.setId("home-heading");
    Paragraph intro = new Paragraph(getTranslation("home.intro"));
    intro.addClassName("home-intro");
    Div cards = new Div();
    cards.addClassName("entrances");
    cards.setId("entrances");
    for (Entrance entrance : Entrance.values()) {
      cards.add(card(entrance));
    }
    add(heading);
    if (regions.size() > 1) {
      Paragraph served = new Paragraph(getTranslation("home.regions", String.join(
          Language.isEnglish(locale) ? ", " : "、",
          regions.stream().map(r -> r.name(locale)).toList())));
      served.setId("home-regions");
      served.addClassName("home-intro");
      add(served);
    }
    add(intro, cards);
  }

  private Anchor card(Entrance entrance) {
    Span title = new Span(getTranslation(entrance.text("title")));
    title.addClassName("entrance-title");
    Span summary = new Span(getTranslation(entrance.text("summary")));
    summary.addClassName("entrance-summary");
    Div texts = new Div(title, summary);
    texts.addClassName("entrance-texts");
    var icon = entrance.icon().create();
    icon.addClassName("entrance-icon");
    Anchor card = new Anchor(entrance.path(), icon, texts);
    card.getElement().setAttribute("router-link", true);
    card.addClassName("entrance-card");
    card.setId(entrance.elementId());
    return card;
  }

  @Override
  public String getPageTitle() {
    return getTranslation("app.title");
  }
}
