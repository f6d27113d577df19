package cn.ggzy.webui.projects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.ggzy.server.application.Caller;
import cn.ggzy.server.application.ProjectRegister.Page;
import cn.ggzy.server.application.ProjectRegister.Summary;
import cn.ggzy.server.domain.model.account.Login;
import cn.ggzy.server.domain.model.account.Role;
import cn.ggzy.tenants.TenantId;
import cn.ggzy.webui.cases.UiTexts;
import cn.ggzy.webui.i18n.Language;
import cn.ggzy.webui.layout.Navigation;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.dom.Element;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The register as cards with the alerts open of all, paged through the database; the drawer's link. */
class ProjectListTest {
  private final List<Integer> asked = new ArrayList<>();

  private ProjectList list(Locale locale) {
    ProjectList list = new ProjectList(UiTexts.of(locale), locale,
        s -> Language.isEnglish(locale) ? "Housing Bureau" : s.departmentName());
    list.onPage(asked::add);
    return list;
  }

  @Test
  void aCardShowsTheProjectItsAlertsAndLeadsToIt() {
    ProjectList list = list(Language.CHINESE);
    list.show(new Page(List.of(ProjectTestData.summary(1, 3, 2), ProjectTestData.summary(2, 0, 0)), 2, 0, 20));
    String text = list.cards.getElement().getTextRecursively();
    for (String expected : List.of("MC-1 城区供水管网改造工程", "预警：待处理 2 / 共 3", "麻发改审批〔2026〕1号",
        "麻城市水务投资有限公司", "2026年3月15日", "2026年6月30日", "麻城市住房和城乡建设局", "无预警")) {
      assertTrue(text.contains(expected), expected + " missing in " + text);
    }
    assertTrue(list.getElement().getOuterHTML().contains("console/project-register/P1"));
    assertEquals("第 1–2 个，共 2 个", list.range.getText());
    assertFalse(list.previous.isVisible() || list.next.isVisible());
  }

  @Test
  void pagesMoveByTheirSize() {
    ProjectList list = list(Language.ENGLISH);
    List<Summary> page = IntStream.range(20, 40).mapToObj(n -> ProjectTestData.summary(n, 1, 1)).toList();
    list.show(new Page(page, 45, 20, 20));
    assertEquals("21–40 of 45", list.range.getText());
    assertTrue(list.cards.getElement().getTextRecursively().contains("Alerts: 1 open of 1"));
    assertTrue(list.cards.getElement().getTextRecursively().contains("Housing Bureau"));
    list.next.click();
    list.previous.click();
    assertEquals(List.of(40, 0), asked);
  }

  @Test
  void anEmptyRegisterSaysSo() {
    ProjectList list = list(Language.CHINESE);
    list.show(new Page(List.of(), 0, 0, 20));
    assertEquals("登记册中还没有项目，请先导入项目审批信息", list.cards.getElement().getTextRecursively());
  }

  private static Caller with(Role role) {
    return new Caller(Login.parse("someone"), TenantId.of("421181-zjj"), Set.of(role), "某人");
  }

  private static boolean find(Element e, String id) {
    return id.equals(e.getAttribute("id")) || e.getChildren().anyMatch(c -> find(c, id));
  }

  @Test
  void theDrawerLeadsThoseWhoReviewDocumentsHere() {
    List<SideNavItem> items = ProjectNavigation.items(with(Role.DEPARTMENT_OFFICER), key -> key);
    assertEquals(List.of("console/project-register"), items.stream().map(SideNavItem::getPath).toList());
    assertEquals("nav.projectRegister", items.get(0).getLabel());
    assertTrue(find(Navigation.build(Optional.of(with(Role.DEPARTMENT_HEAD)), key -> key).getElement(),
        "nav-console-project-register"));
    assertEquals(List.of(), ProjectNavigation.items(with(Role.SYSTEM_ADMIN), key -> key));
    assertFalse(find(Navigation.build(Optional.of(with(Role.SYSTEM_ADMIN)), key -> key).getElement(),
        "nav-console-project-register"));
    assertEquals("应进必进预警", UiTexts.chinese().get("nav.projectRegister"));
    assertEquals("Projects to be tendered", UiTexts.english().get("nav.projectRegister"));
  }
}
