package cn.ggzy.webui.admin.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.ggzy.server.domain.model.account.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RolesFormTest {

  @Test
  void offersOnlyGrantableRolesAndFiresTheChosenOnes() {
    RolesForm form = new RolesForm("li.si", Set.of(Role.DEPARTMENT_HEAD, Role.DEPARTMENT_OFFICER),
        Set.of(Role.DEPARTMENT_OFFICER, Role.SYSTEM_ADMIN), key -> key);
    List<RolesForm.SaveEvent> saved = new ArrayList<>();
    form.addSaveListener(saved::add);

    assertEquals(Set.of(Role.DEPARTMENT_OFFICER), form.roles.getValue(), "a role not grantable is not offered");
    form.roles.setValue(Set.of(Role.DEPARTMENT_HEAD, Role.DEPARTMENT_OFFICER));
    form.save.click();

    assertEquals("li.si", saved.get(0).login());
    assertEquals(Set.of(Role.DEPARTMENT_HEAD, Role.DEPARTMENT_OFFICER), saved.get(0).roles());
  }
}
