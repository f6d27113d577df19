package cn.ggzy.webui.layout;

import cn.ggzy.server.application.Caller;
import cn.ggzy.server.application.Permission;
import cn.ggzy.webui.session.AccessControl;
import cn.ggzy.webui.session.CurrentOfficer;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import java.util.Optional;

/**
 * A page of the console for the officers who hold one permission: anyone else is sent on to the
 * console before the page loads anything (the backend checks again on every call). It has its heading,
 * its title in the browser ("heading · app", or what the page names once it knows, such as a project's
 * name), what it is for, the headings of its parts, the links to the pages around it, and it can open
 * at its top.
 */
public abstract class ConsolePage extends ViewFrame implements HasDynamicTitle, BeforeEnterObserver {
  /**
   * Scrolls every container of the page to its top: a page opened from a form (scrolled down to its
   * button) or from far down a list would otherwise open in the middle.
   */
  private static final String TO_THE_TOP = "for (let e = this; e;"
      + " e = e.assignedSlot || e.parentElement || (e.getRootNode() && e.getRootNode().host)) {"
      + " if (e.scrollTop) { e.scrollTop = 0; } } window.scrollTo(0, 0);";
  private final Permission permission;
  private final String headingKey;
  private String title = "";

  /**
   * @param permission what an officer needs to enter
   * @param headingKey the page's heading, and its title until it names another
   */
  protected ConsolePage(Permission permission, String headingKey) {
    this.permission = permission;
    this.headingKey = headingKey;
    setHeading(getTranslation(headingKey));
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    Optional<Caller> officer = CurrentOfficer.get().filter(c -> c.may(permission));
    if (officer.isEmpty()) {
      event.forwardTo(AccessControl.CONSOLE);
      return;
    }
    enter(officer.get(), event);
  }

  /** The page entered by an officer who may: it loads what it shows. */
  protected abstract void enter(Caller officer, BeforeEnterEvent event);

  /** A link to another page of the console (back to the list, on to the rules), under the heading or the content. */
  protected Anchor pageLink(String route, String textKey, String id) {
    return Labels.link(route, getTranslation(textKey), id, "service-back");
  }

  /** What the page is for, in a paragraph under the heading. */
  protected Paragraph intro(String textKey) {
    Paragraph intro = new Paragraph(getTranslation(textKey));
    intro.addClassName("filing-explanation");
    return intro;
  }

  /** The heading of a part of the page; an id when one is given. */
  protected H3 partHeading(String textKey, String id) {
    H3 heading = new H3(getTranslation(textKey));
    heading.addClassName("sheet-heading");
    if (id != null) {
      heading.setId(id);
    }
    return heading;
  }

  /** Opens the page at its top. */
  protected void scrollToTop() {
    getElement().executeJs(TO_THE_TOP);
  }

  /** The page's title in the browser from now on (empty: its heading). */
  protected void setPageTitle(String title) {
    this.title = title;
  }

  @Override
  public String getPageTitle() {
    return (title.isEmpty() ? getTranslation(headingKey) : title) + " · " + getTranslation("app.title");
  }
}
