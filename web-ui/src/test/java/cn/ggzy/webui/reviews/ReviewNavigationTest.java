package cn.ggzy.webui.reviews;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.ggzy.server.application.Caller;
import cn.ggzy.server.application.Permission;
import cn.ggzy.server.domain.model.account.Login;
import cn.ggzy.server.domain.model.account.Role;
import cn.ggzy.tenants.TenantId;
import cn.ggzy.webui.layout.Navigation;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.dom.Element;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** 招标文件审查 and 审查规则 in the drawer of those who review documents; the rule book is kept by the office. */
class ReviewNavigationTest {
  private static Caller with(String tenant, Role role) {
    return new Caller(Login.parse("someone"), TenantId.of(tenant), Set.of(role), "某人");
  }

  private static boolean find(Element e, String id) {
    return id.equals(e.getAttribute("id")) || e.getChildren().anyMatch(c -> find(c, id));
  }

  @Test
  void departmentOfficersAndTheOfficeReviewDocumentsAdministratorsDoNot() {
    Caller officer = with("421181-jtj", Role.DEPARTMENT_OFFICER);
    List<SideNavItem> items = ReviewNavigation.items(officer, key -> key);
    assertEquals(List.of("console/document-reviews", "console/review-rules"),
        items.stream().map(SideNavItem::getPath).toList());
    assertEquals("nav.reviews", items.get(0).getLabel());
    assertTrue(find(Navigation.build(Optional.of(officer), key -> key).getElement(), "nav-console-document-reviews"));
    Caller admin = with("421181-jgb", Role.SYSTEM_ADMIN);
    assertEquals(List.of(), ReviewNavigation.items(admin, key -> key));
    assertFalse(find(Navigation.build(Optional.of(admin), key -> key).getElement(), "nav-console-document-reviews"));
  }

  @Test
  void theOfficeKeepsTheRuleBookDepartmentsReadIt() {
    assertTrue(with("421181-jgb", Role.OFFICE_OFFICER).may(Permission.KEEP_RULE_BOOK));
    assertTrue(with("421181-jgb", Role.OFFICE_LEADER).may(Permission.KEEP_RULE_BOOK));
    assertFalse(with("421181-jtj", Role.DEPARTMENT_HEAD).may(Permission.KEEP_RULE_BOOK));
    assertTrue(with("421181-jtj", Role.DEPARTMENT_HEAD).may(Permission.REVIEW_DOCUMENTS));
  }
}
