package cn.ggzy.webui.layout;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.ggzy.server.application.Caller;
import cn.ggzy.server.domain.model.account.Login;
import cn.ggzy.server.domain.model.account.Role;
import cn.ggzy.tenants.TenantId;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.dom.Element;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The groups and the import page sit next to the warnings, for those who review warnings only. */
class NetworkNavigationTest {
  private static boolean shows(Role role, String id) {
    Component drawer = Navigation.build(Optional.of(new Caller(Login.parse("someone"), TenantId.of("421181-zjj"),
        Set.of(role), "某人")), key -> key);
    return find(drawer.getElement(), id);
  }

  private static boolean find(Element e, String id) {
    return id.equals(e.getAttribute("id")) || e.getChildren().anyMatch(c -> find(c, id));
  }

  @Test
  void reviewersSeeTheGroupsAndTheImportOthersDoNot() {
    assertTrue(shows(Role.DEPARTMENT_HEAD, "nav-console-groups"));
    assertTrue(shows(Role.OFFICE_OFFICER, "nav-console-tenders-import"));
    assertFalse(shows(Role.DEPARTMENT_OFFICER, "nav-console-groups"));
    assertFalse(shows(Role.DEPARTMENT_OFFICER, "nav-console-tenders-import"));
  }
}
