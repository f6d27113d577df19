package cn.ggzy.webui.publicsite;

import cn.ggzy.webui.layout.ViewFrame;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.HasDynamicTitle;

/**
 * The page of a public service that is not open yet: what the service is, its rules, and an
 * honest notice that it opens soon.
 */
public abstract class ServicePage extends ViewFrame implements HasDynamicTitle {
  private final Entrance entrance;

  protected ServicePage(Entrance entrance) {
    this.entrance = entrance;
    addClassName("service-page");
    setId("service-" + entrance.key());
    setHeading(getTranslation(entrance.text("title")));
    Paragraph explanation = new Paragraph(getTranslation(entrance.text("explanation")));
    explanation.setId("service-explanation");
    addContent(explanation, notice(), homeLink());
  }

  private Div notice() {
    var icon = VaadinIcon.CLOCK.create();
    icon.addClassName("notice-icon");
    Div notice = new Div(icon, new Span(getTranslation("service.comingSoon")));
    notice.addClassName("service-notice");
    notice.setId("service-notice");
    notice.getElement().setAttribute("role", "status");
    return notice;
  }

  private Anchor homeLink() {
    Anchor back = new Anchor(".", getTranslation("service.backHome"));
    back.getElement().setAttribute("router-link", true);
    back.setId("service-back");
    back.addClassName("service-back");
    return back;
  }

  @Override
  public String getPageTitle() {
    return getTranslation(entrance.text("title")) + " · " + getTranslation("app.title");
  }
}
