package cn.ggzy.server.application.internal.platform;

import cn.ggzy.server.application.PlatformSetup;
import cn.ggzy.server.domain.model.account.Account;
import cn.ggzy.server.domain.model.account.AccountRepository;
import cn.ggzy.server.domain.model.account.Login;
import cn.ggzy.server.domain.model.account.PasswordPolicy;
import cn.ggzy.server.domain.model.account.Role;
import cn.ggzy.server.domain.model.region.RegionRepository;
import cn.ggzy.server.domain.service.PasswordGenerator;
import cn.ggzy.server.domain.service.PasswordHasher;
import cn.ggzy.tenants.Region;
import cn.ggzy.tenants.TenantCatalogue;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;

/**
 * First start: loads the tenant catalogue (麻城市) and creates the first system administrator,
 * with the initial password from configuration or generated and printed once.
 */
@Dependent
public class PlatformInitializer implements PlatformSetup {
  private static final Logger LOG = Logger.getLogger(PlatformInitializer.class.getName());

  private final RegionRepository regions;
  private final AccountRepository accounts;
  private final PasswordHasher hasher;
  private final Clock clock;

  @Inject
  public PlatformInitializer(RegionRepository regions, AccountRepository accounts,
      PasswordHasher hasher, Clock clock) {
    this.regions = regions;
    this.accounts = accounts;
    this.hasher = hasher;
    this.clock = clock;
  }

  /**
   * @return the generated password of the first administrator when one was created and no
   *     password was configured; empty otherwise
   */
  @Override
  public Optional<String> initialise(Optional<String> configuredAdminPassword) {
    for (Region region : TenantCatalogue.initialRegions()) {
      if (regions.find(region.code()).isEmpty()) {
        regions.store(region);
        LOG.info(() -> "Loaded the tenant catalogue of region " + region.code());
      }
    }
    if (accounts.countAll() > 0) {
      return Optional.empty();
    }
    configuredAdminPassword.ifPresent(PasswordPolicy.DEFAULT::check);
    String password = configuredAdminPassword.orElseGet(() -> PasswordGenerator.generate(16));
    Region home = TenantCatalogue.macheng();
    Account admin = Account.open(Login.parse(FIRST_ADMIN), home.office().id(), "系统管理员",
        Set.of(Role.SYSTEM_ADMIN), hasher.hash(password.toCharArray()), true, clock.instant());
    accounts.store(admin.tenantId(), admin);
    return configuredAdminPassword.isPresent() ? Optional.empty() : Optional.of(password);
  }
}
