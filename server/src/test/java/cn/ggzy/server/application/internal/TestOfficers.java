package cn.ggzy.server.application.internal;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import cn.ggzy.server.application.AccountAdministration;
import cn.ggzy.server.application.AccountAdministration.CreatedAccount;
import cn.ggzy.server.application.AuthenticationService;
import cn.ggzy.server.application.AuthenticationService.AuthenticationResult;
import cn.ggzy.server.application.Caller;
import cn.ggzy.server.domain.model.account.Role;
import cn.ggzy.server.infrastructure.persistence.mongo.TestContainer;
import cn.ggzy.tenants.TenantId;
import java.util.Set;

/** Officers the system administrator creates, signed in with their initial password, through the real wiring. */
public final class TestOfficers {
  private TestOfficers() {}

  /** A new account of {@code tenant} with one role (the login must be new), as the signed-in caller. */
  public static Caller signedIn(TenantId tenant, String login, String name, Role role) {
    AuthenticationService auth = TestContainer.get(AuthenticationService.class);
    Caller systemAdmin = assertInstanceOf(AuthenticationResult.Success.class,
        auth.authenticate("admin", "Test-Admin-Pass-1")).caller();
    CreatedAccount created = TestContainer.get(AccountAdministration.class).create(systemAdmin, tenant, login, name,
        Set.of(role));
    return assertInstanceOf(AuthenticationResult.Success.class,
        auth.authenticate(created.account().login(), created.initialPassword())).caller();
  }
}
