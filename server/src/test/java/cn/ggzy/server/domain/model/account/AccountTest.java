package cn.ggzy.server.domain.model.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.ggzy.tenants.TenantId;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AccountTest {
  private static final Instant T0 = Instant.parse("2026-11-27T01:00:00Z");

  private Account account() {
    return Account.open(Login.parse(" Li.Si "), TenantId.of("421181-zjj"), "李四",
        Set.of(Role.DEPARTMENT_OFFICER), "hash", false, T0);
  }

  @Test
  void loginsAreNormalisedAndValidated() {
    assertEquals("li.si", account().login().value());
    assertEquals("account.login.invalid", assertThrows(AccountException.class, () -> Login.parse("a")).code());
    assertThrows(AccountException.class, () -> Login.parse("张三"));
  }

  @Test
  void locksAfterFiveFailuresForFifteenMinutes() {
    Account a = account();
    for (int i = 0; i < 4; i++) {
      a.recordFailedLogin(T0, PasswordPolicy.DEFAULT);
    }
    assertFalse(a.isLocked(T0));
    a.recordFailedLogin(T0, PasswordPolicy.DEFAULT);
    assertTrue(a.isLocked(T0.plus(Duration.ofMinutes(14))));
    assertFalse(a.isLocked(T0.plus(Duration.ofMinutes(15))));
  }

  @Test
  void officeRolesOnlyForOfficeAccounts() {
    assertThrows(AccountException.class, () -> Account.open(Login.parse("wang"), TenantId.of("421181-zjj"),
        "王", Set.of(Role.OFFICE_LEADER), "h", false, T0));
    assertThrows(AccountException.class, () -> account().assignRoles(Set.of(), false));
  }

  @Test
  void passwordPolicyWantsLengthLettersAndDigits() {
    assertThrows(AccountException.class, () -> PasswordPolicy.DEFAULT.check("short1"));
    assertThrows(AccountException.class, () -> PasswordPolicy.DEFAULT.check("onlyletterslong"));
    PasswordPolicy.DEFAULT.check("letters-and-1-digit");
  }
}
