package cn.ggzy.webui.reviews;

import cn.ggzy.server.application.Caller;
import cn.ggzy.server.application.Permission;
import cn.ggzy.webui.session.AccessControl;
import cn.ggzy.webui.session.CurrentOfficer;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.BeforeEnterEvent;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The console's links of the tender-document review (招标文件审查, 审查规则) for those who review
 * documents, and who may enter its pages (the backend checks again on every call).
 */
public final class ReviewNavigation {
  public static final String LIST = "console/document-reviews";
  public static final String RULES = "console/review-rules";

  private ReviewNavigation() {}

  public static List<SideNavItem> items(Caller caller, Function<String, String> texts) {
    if (!caller.may(Permission.REVIEW_DOCUMENTS)) {
      return List.of();
    }
    return List.of(item(texts.apply("nav.reviews"), LIST, VaadinIcon.FILE_SEARCH),
        item(texts.apply("nav.reviewRules"), RULES, VaadinIcon.BOOK));
  }

  /** The signed-in officer when a reviewer of documents; anyone else is sent on to the console (and empty is answered). */
  static Optional<Caller> reviewer(BeforeEnterEvent event) {
    Optional<Caller> caller = CurrentOfficer.get().filter(c -> c.may(Permission.REVIEW_DOCUMENTS));
    if (caller.isEmpty()) {
      event.forwardTo(AccessControl.CONSOLE);
    }
    return caller;
  }

  private static SideNavItem item(String label, String path, VaadinIcon icon) {
    SideNavItem item = new SideNavItem(label, path, icon.create());
    item.setId("nav-" + path.replace('/', '-'));
    return item;
  }
}
