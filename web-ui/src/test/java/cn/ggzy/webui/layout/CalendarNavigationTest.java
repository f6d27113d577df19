package cn.ggzy.webui.layout;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.ggzy.server.application.Caller;
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
    assertTrue(Navigation.mayKeepCalendars(with(Role.SYSTEM_ADMIN)));
    assertTrue(Navigation.mayKeepCalendars(with(Role.OFFICE_LEADER)));
    assertFalse(Navigation.mayKeepCalendars(with(Role.OFFICE_OFFICER)));
    assertFalse(Navigation.mayKeepCalendars(with(Role.DEPARTMENT_HEAD)));
    assertFalse(Navigation.mayKeepCalendars(with(Role.DEPARTMENT_OFFICER)));
  }
}
