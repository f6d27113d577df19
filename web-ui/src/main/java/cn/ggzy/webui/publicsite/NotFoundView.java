package cn.ggzy.webui.publicsite;

import cn.ggzy.webui.layout.MainLayout;
import cn.ggzy.webui.layout.ViewFrame;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Any address the site does not have (a mistyped link, an old bookmark, a printed address from an
 * earlier version): the site's header and menu, a plain explanation in the reader's language, and
 * ways on — home, tracking by receipt — with status 404. Replaces Vaadin's English developer page,
 * which had neither header nor way back, and never echoes the address.
 */
@ParentLayout(MainLayout.class)
public class NotFoundView extends ViewFrame implements HasErrorParameter<NotFoundException>, HasDynamicTitle {

  public NotFoundView() {
    setId("not-found");
    addClassName("not-found");
    setHeading(getTranslation("notFound.title"));
    Paragraph explanation = new Paragraph(getTranslation("notFound.explanation"));
    explanation.setId("not-found-explanation");
    addContent(explanation, link("not-found-home", ".", "notFound.home"),
        link("not-found-tracking", "tracking", "notFound.tracking"));
  }

  private Anchor link(String id, String href, String key) {
    Anchor a = new Anchor(href, getTranslation(key));
    a.getElement().setAttribute("router-link", true);
    a.setId(id);
    a.addClassName("service-back");
    return a;
  }

  @Override
  public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
    return HttpServletResponse.SC_NOT_FOUND;
  }

  @Override
  public String getPageTitle() {
    return getTranslation("notFound.title") + " · " + getTranslation("app.title");
  }
}
