package cn.ggzy.webui.layout;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.ggzy.server.application.Caller;
import cn.ggzy.server.application.Permission;
import cn.ggzy.server.domain.model.account.Login;
import cn.ggzy.server.domain.model.account.Role;
import cn.ggzy.tenants.TenantId;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CalendarNavigationTest {
  private static Caller with(Role role) {
    return new Caller(Login.parse("someone"), TenantId.of("421181-jgb"), Set.of(role), "某人");
  }

  @Test
  void administratorsAndOfficeLeadersSeeTheCalendarsOthersDoNot() {
    assertTrue(with(Role.SYSTEM_ADMIN).may(Permission.KEEP_CALENDARS));
    assertTrue(with(Role.OFFICE_LEADER).may(Permission.KEEP_CALENDARS));
    assertFalse(with(Role.OFFICE_OFFICER).may(Permission.KEEP_CALENDARS));
    assertFalse(with(Role.DEPARTMENT_HEAD).may(Permission.KEEP_CALENDARS));
    assertFalse(with(Role.DEPARTMENT_OFFICER).may(Permission.KEEP_CALENDARS));
  }
}
