package cn.ggzy.webui.reviews;

import cn.ggzy.server.application.Caller;
import cn.ggzy.server.application.Permission;
import cn.ggzy.webui.layout.Navigation;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.util.List;
import java.util.function.Function;

/**
 * The console's links of the tender-document review (招标文件审查, 审查规则) for those who review
 * documents (the pages let in only them, and the backend checks again on every call).
 */
public final class ReviewNavigation {
  public static final String LIST = "console/document-reviews";
  public static final String RULES = "console/review-rules";

  private ReviewNavigation() {}

  public static List<SideNavItem> items(Caller caller, Function<String, String> texts) {
    if (!caller.may(Permission.REVIEW_DOCUMENTS)) {
      return List.of();
    }
    return List.of(Navigation.item(texts.apply("nav.reviews"), LIST, VaadinIcon.FILE_SEARCH),
        Navigation.item(texts.apply("nav.reviewRules"), RULES, VaadinIcon.BOOK));
  }

  /** The address of one review's page. */
  static String review(String id) {
    return LIST + "/" + id;
  }
}
