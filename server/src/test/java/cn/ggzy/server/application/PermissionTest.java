package cn.ggzy.server.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.ggzy.server.domain.model.account.Login;
import cn.ggzy.server.domain.model.account.Role;
import cn.ggzy.tenants.TenantId;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The role rules, decided once: what each role may do. */
class PermissionTest {
  private static Caller with(Role... roles) {
    return new Caller(new Login("tester"), TenantId.of("421181-zjj"), Set.of(roles), "测试");
  }

  @Test
  void officerWorkIsForEveryOfficerButNotAPurePlatformAdministrator() {
    for (Role role : Role.values()) {
      assertEquals(role != Role.SYSTEM_ADMIN, with(role).may(Permission.OFFICER_WORK), role.name());
    }
    assertTrue(with(Role.SYSTEM_ADMIN, Role.DEPARTMENT_OFFICER).may(Permission.OFFICER_WORK));
  }

  @Test
  void eachPermissionIsHeldByExactlyItsRoles() {
    assertEquals(EnumSet.of(Role.OFFICE_LEADER, Role.OFFICE_OFFICER), Permission.OFFICE_WORK.roles());
    assertEquals(EnumSet.of(Role.DEPARTMENT_HEAD, Role.OFFICE_LEADER), Permission.DECIDE_CREDIT.roles());
    assertEquals(EnumSet.of(Role.SYSTEM_ADMIN, Role.OFFICE_LEADER), Permission.KEEP_CALENDARS.roles());
    assertEquals(EnumSet.of(Role.SYSTEM_ADMIN, Role.OFFICE_LEADER, Role.DEPARTMENT_HEAD),
        Permission.ADMINISTER_ACCOUNTS.roles());
    assertFalse(with(Role.DEPARTMENT_OFFICER).may(Permission.MANAGE_INSPECTIONS));
    assertTrue(with(Role.DEPARTMENT_HEAD).may(Permission.MANAGE_INSPECTIONS));
    assertFalse(with().may(Permission.OFFICER_WORK), "no role, no permission");
  }
}
