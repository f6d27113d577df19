package cn.ggzy.webui.experts.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.ggzy.server.application.Caller;
import cn.ggzy.server.application.Permission;
import cn.ggzy.server.domain.model.account.Login;
import cn.ggzy.server.domain.model.account.Role;
import cn.ggzy.tenants.TenantId;
import cn.ggzy.webui.layout.Navigation;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.dom.Element;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * 专家库 for those the pool answers may keep it, 专家抽取 for those who may draw, 评标异常信号 for those
 * who may review the signs; the application for everyone.
 */
class ExpertNavigationTest {
  private static final Caller OFFICE = new Caller(Login.parse("jgb.wang"), TenantId.of("421181-jgb"),
      Set.of(Role.OFFICE_OFFICER), "王明");

  private static boolean find(Element e, String id) {
    return id.equals(e.getAttribute("id")) || e.getChildren().anyMatch(c -> find(c, id));
  }

  private static Component drawer(Optional<Caller> caller, boolean keeps, boolean draws) {
    return drawer(caller, keeps, draws, false);
  }

  private static Component drawer(Optional<Caller> caller, boolean keeps, boolean draws, boolean signs) {
    return Navigation.build(caller, key -> key, c -> ExpertNavigation.items(c, x -> keeps, x -> draws, x -> signs,
        key -> key));
  }

  @Test
  void theLinksFollowTheApplicationsAnswers() {
    List<SideNavItem> both = ExpertNavigation.items(OFFICE, c -> true, c -> true, c -> false, key -> key);
    assertEquals(List.of("console/experts", "console/expert-draws"), both.stream().map(SideNavItem::getPath).toList());
    List<SideNavItem> all = ExpertNavigation.items(OFFICE, c -> true, c -> true, c -> true, key -> key);
    assertEquals("console/expert-signs", all.get(2).getPath());
    assertEquals("nav.experts.signs", all.get(2).getLabel());
    assertTrue(find(drawer(Optional.of(OFFICE), false, false, true).getElement(), "nav-console-expert-signs"));
    assertFalse(find(drawer(Optional.of(OFFICE), true, true, false).getElement(), "nav-console-expert-signs"));
    assertTrue(find(drawer(Optional.of(OFFICE), true, true).getElement(), "nav-console-experts"));
    assertTrue(find(drawer(Optional.of(OFFICE), true, true).getElement(), "nav-console-expert-draws"));
    assertFalse(find(drawer(Optional.of(OFFICE), false, true).getElement(), "nav-console-experts"));
    assertFalse(find(drawer(Optional.of(OFFICE), true, false).getElement(), "nav-console-expert-draws"));
    assertTrue(find(drawer(Optional.empty(), false, false).getElement(), "nav-experts-apply"), "the public link");
  }

  @Test
  void officeRolesKeepThePoolEveryOfficerMayDraw() {
    assertTrue(OFFICE.may(Permission.MANAGE_EXPERTS));
    Caller departmentOfficer = new Caller(Login.parse("zjj.li"), TenantId.of("421181-zjj"),
        Set.of(Role.DEPARTMENT_OFFICER), "李强");
    assertFalse(departmentOfficer.may(Permission.MANAGE_EXPERTS));
    assertTrue(departmentOfficer.may(Permission.DRAW_EXPERTS));
  }
}
