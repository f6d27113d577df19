package cn.ggzy.server.application.internal;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import cn.ggzy.server.application.AccountAdministration;
import cn.ggzy.server.application.AccountAdministration.CreatedAccount;
import cn.ggzy.server.application.AuthenticationService;
import cn.ggzy.server.application.AuthenticationService.AuthenticationResult;
import cn.ggzy.server.application.Caller;
import cn.ggzy.server.application.TenantDirectory;
import cn.ggzy.server.domain.model.account.Role;
import cn.ggzy.server.infrastructure.persistence.mongo.TestContainer;
import cn.ggzy.tenants.DepartmentKind;
import cn.ggzy.tenants.RegionCode;
import cn.ggzy.tenants.TenantId;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/** Officers the system administrator creates, signed in with their initial password, through the real wiring. */
public final class TestOfficers {
  private TestOfficers() {}

  /**
   * A region of its own for one test (so that other tests' data stay out): a fresh code with its
   * supervision office ({@code jgb}) and the departments {@code zjj} (housing) and {@code jtj}
   * (transport), made by the system administrator.
   */
  public static RegionCode newRegion() {
    TenantDirectory directory = TestContainer.get(TenantDirectory.class);
    Caller admin = assertInstanceOf(AuthenticationResult.Success.class,
        TestContainer.get(AuthenticationService.class).authenticate("admin", "Test-Admin-Pass-1")).caller();
    while (true) {
      String code = "4" + (10000 + ThreadLocalRandom.current().nextInt(89999));
      if (directory.region(RegionCode.of(code)).isPresent()) {
        continue;
      }
      directory.addRegion(admin, code, "测试市" + code, "Test City " + code, "测", "测试市监管办", "Test Office");
      directory.addDepartment(admin, RegionCode.of(code), "zjj", "测试市住房和城乡建设局", "Housing Bureau",
          DepartmentKind.INDUSTRY_DEPARTMENT);
      directory.addDepartment(admin, RegionCode.of(code), "jtj", "测试市交通运输局", "Transport Bureau",
          DepartmentKind.INDUSTRY_DEPARTMENT);
      return RegionCode.of(code);
    }
  }

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
