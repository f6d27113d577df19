package cn.ggzy.server.application.internal.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.ggzy.server.application.AccountAdministration;
import cn.ggzy.server.application.AccountAdministration.CreatedAccount;
import cn.ggzy.server.application.AuthenticationService;
import cn.ggzy.server.application.AuthenticationService.AuthenticationResult;
import cn.ggzy.server.application.Caller;
import cn.ggzy.server.application.OfficerDirectory;
import cn.ggzy.server.domain.model.DomainException;
import cn.ggzy.server.domain.model.NotFoundException;
import cn.ggzy.server.domain.model.account.Role;
import cn.ggzy.server.domain.model.audit.AuditLog;
import cn.ggzy.server.infrastructure.persistence.mongo.TestContainer;
import cn.ggzy.tenants.TenantId;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Account administration and login through the real wiring (CDI, JNoSQL, embedded MongoDB). */
class AccountAdministrationTest {
  private static final AtomicInteger N = new AtomicInteger();
  private static final TenantId OFFICE = TenantId.of("421181-jgb");
  private static final TenantId ZJJ = TenantId.of("421181-zjj");
  private static final TenantId JTJ = TenantId.of("421181-jtj");

  private final AuthenticationService auth = TestContainer.get(AuthenticationService.class);
  private final AccountAdministration admin = TestContainer.get(AccountAdministration.class);
  private final OfficerDirectory officers = TestContainer.get(OfficerDirectory.class);
  private final AuditLog audit = TestContainer.get(AuditLog.class);

  private Caller systemAdmin() {
    AuthenticationResult r = auth.authenticate("admin", "Test-Admin-Pass-1");
    return assertInstanceOf(AuthenticationResult.Success.class, r).caller();
  }

  private Caller loggedIn(TenantId tenant, Role role) {
    CreatedAccount created = admin.create(systemAdmin(), tenant, "user" + N.incrementAndGet() + "x",
        "测试", Set.of(role));
    AuthenticationResult r = auth.authenticate(created.account().login(), created.initialPassword());
    AuthenticationResult.Success ok = assertInstanceOf(AuthenticationResult.Success.class, r);
    assertTrue(ok.mustChangePassword(), "an initial password must be changed at first login");
    return ok.caller();
  }

  @Test
  void theFirstAdministratorExistsWithTheConfiguredPassword() {
    Caller caller = systemAdmin();
    assertEquals(OFFICE, caller.tenant());
    assertTrue(caller.isSystemAdmin());
  }

  @Test
  void aDepartmentHeadManagesOnlyTheOwnDepartment() {
    Caller head = loggedIn(ZJJ, Role.DEPARTMENT_HEAD);
    CreatedAccount mine = admin.create(head, ZJJ, "mine" + N.incrementAndGet(), "本部门", Set.of(Role.DEPARTMENT_OFFICER));
    assertEquals("421181-zjj", mine.account().tenantId());
    DomainException refused = assertThrows(DomainException.class,
        () -> admin.create(head, JTJ, "theirs" + N.incrementAndGet(), "外部门", Set.of(Role.DEPARTMENT_OFFICER)));
    assertEquals("account.tenant.notYours", refused.code());
    Caller otherHead = loggedIn(JTJ, Role.DEPARTMENT_HEAD);
    assertThrows(NotFoundException.class, () -> admin.disable(otherHead, mine.account().login()));
    assertTrue(admin.accounts(head).stream().allMatch(a -> a.tenantId().equals("421181-zjj")));
  }

  @Test
  void officeRolesCannotBeGivenToADepartmentAccount() {
    DomainException e = assertThrows(DomainException.class,
        () -> admin.create(systemAdmin(), ZJJ, "leader" + N.incrementAndGet(), "领导", Set.of(Role.OFFICE_LEADER)));
    assertEquals("account.roles.notGrantable", e.code());
  }

  @Test
  void anOfficerSeesColleaguesButNotAnotherDepartmentsOfficers() {
    Caller a = loggedIn(ZJJ, Role.DEPARTMENT_OFFICER);
    Caller colleague = loggedIn(ZJJ, Role.DEPARTMENT_OFFICER);
    Caller stranger = loggedIn(JTJ, Role.DEPARTMENT_OFFICER);
    assertEquals(colleague.login().value(), officers.find(a, colleague.login().value()).login());
    assertThrows(NotFoundException.class, () -> officers.find(a, stranger.login().value()));
  }

  @Test
  void theOfficeSeesTheWholeRegionAndTheReadIsAudited() {
    Caller officeOfficer = loggedIn(OFFICE, Role.OFFICE_OFFICER);
    Caller stranger = loggedIn(JTJ, Role.DEPARTMENT_OFFICER);
    long before = audit.count(OFFICE);
    assertEquals("421181-jtj", officers.find(officeOfficer, stranger.login().value()).tenantId());
    assertTrue(audit.recent(OFFICE, 5).stream().anyMatch(e -> e.action().equals("scope.office.opened")
        && e.actor().equals(officeOfficer.login().value())));
    assertTrue(audit.count(OFFICE) > before);
  }

  @Test
  void repeatedWrongPasswordsSlowTheirAddressDownButLockNobodyOut() {
    CreatedAccount created = admin.create(systemAdmin(), ZJJ, "lock" + N.incrementAndGet(), "锁定",
        Set.of(Role.DEPARTMENT_OFFICER));
    String login = created.account().login();
    for (int i = 0; i < 5; i++) {
      AuthenticationResult.Failure wrong = assertInstanceOf(AuthenticationResult.Failure.class,
          auth.authenticate(login, "wrong-" + i, "198.51.100.7"));
      assertEquals("auth.invalidCredentials", wrong.code());
    }
    // the guessing address waits, even with the right password (and says so, the same for any login)
    AuthenticationResult.Failure slowed = assertInstanceOf(AuthenticationResult.Failure.class,
        auth.authenticate(login, created.initialPassword(), "198.51.100.7"));
    assertEquals("auth.throttled", slowed.code());
    assertTrue(slowed.retryAfterSeconds() >= 1);
    // the owner, from the own address, logs in: no lock-out
    assertInstanceOf(AuthenticationResult.Success.class, auth.authenticate(login, created.initialPassword(),
        "203.0.113.20"));
    // an unknown login answers exactly like a wrong password, and is slowed down alike
    for (int i = 0; i < 5; i++) {
      assertEquals("auth.invalidCredentials", assertInstanceOf(AuthenticationResult.Failure.class,
          auth.authenticate("nobody-" + N.get(), "wrong", "192.0.2.99")).code());
    }
    assertEquals("auth.throttled", assertInstanceOf(AuthenticationResult.Failure.class,
        auth.authenticate("nobody-" + N.get(), "wrong", "192.0.2.99")).code());
  }

  @Test
  void aDisabledAccountCannotLogInAndAResetForcesAChange() {
    Caller sys = systemAdmin();
    CreatedAccount created = admin.create(sys, JTJ, "off" + N.incrementAndGet(), "停用", Set.of(Role.DEPARTMENT_OFFICER));
    String login = created.account().login();
    admin.disable(sys, login);
    assertInstanceOf(AuthenticationResult.Failure.class, auth.authenticate(login, created.initialPassword()));
    admin.enable(sys, login);
    String fresh = admin.resetPassword(sys, login);
    assertFalse(fresh.equals(created.initialPassword()));
    AuthenticationResult.Success ok = assertInstanceOf(AuthenticationResult.Success.class, auth.authenticate(login, fresh));
    auth.changePassword(ok.caller(), fresh, "New-Password-2026");
    assertFalse(assertInstanceOf(AuthenticationResult.Success.class,
        auth.authenticate(login, "New-Password-2026")).mustChangePassword());
  }

  @Test
  void sessionsAndTokensEndWithAPasswordChangeAResetOrDisablingAndFollowTheRoles() {
    CreatedAccount created = admin.create(systemAdmin(), ZJJ, "sess" + N.incrementAndGet(), "会话",
        Set.of(Role.DEPARTMENT_OFFICER));
    String login = created.account().login();
    AuthenticationResult.Success first = assertInstanceOf(AuthenticationResult.Success.class,
        auth.authenticate(login, created.initialPassword()));
    var atFirst = auth.current(ZJJ.value(), login, first.credentialsVersion()).orElseThrow();
    assertTrue(atFirst.mustChangePassword(), "the forced change is still due");

    int changed = auth.changePassword(first.caller(), created.initialPassword(), "Changed-Once-1234");
    assertTrue(changed > first.credentialsVersion());
    assertTrue(auth.current(ZJJ.value(), login, first.credentialsVersion()).isEmpty(), "older sessions end");
    var now = auth.current(ZJJ.value(), login, changed).orElseThrow();
    assertFalse(now.mustChangePassword());

    String reset = admin.resetPassword(systemAdmin(), login);
    assertTrue(auth.current(ZJJ.value(), login, changed).isEmpty(), "a reset ends them too");
    AuthenticationResult.Success afterReset = assertInstanceOf(AuthenticationResult.Success.class,
        auth.authenticate(login, reset));
    assertTrue(afterReset.mustChangePassword());

    admin.disable(systemAdmin(), login);
    assertTrue(auth.current(ZJJ.value(), login, afterReset.credentialsVersion()).isEmpty(), "disabled");
    assertTrue(auth.current(ZJJ.value(), "nobody-here", 0).isEmpty());
    assertTrue(auth.current(JTJ.value(), login, afterReset.credentialsVersion()).isEmpty(), "another tenant");
  }
}
