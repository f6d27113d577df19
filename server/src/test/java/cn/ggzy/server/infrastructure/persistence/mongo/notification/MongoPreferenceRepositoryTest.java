package cn.ggzy.server.infrastructure.persistence.mongo.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.ggzy.server.domain.model.notification.NotificationKind;
import cn.ggzy.server.domain.model.notification.PreferenceRepository;
import cn.ggzy.server.domain.model.notification.Preferences;
import cn.ggzy.server.infrastructure.persistence.mongo.TestContainer;
import cn.ggzy.tenants.TenantId;
import cn.ggzy.tenants.testkit.TenantIsolationContract;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Officers' notification settings, held to the isolation contract with the login as the natural key.
 * The port answers the defaults for an officer without settings, so a tenant "finds" settings when it
 * reads anything but the defaults; it has no listing, so {@code list} and {@code count} read every
 * login this test stored settings for.
 */
class MongoPreferenceRepositoryTest extends TenantIsolationContract<Preferences, String> {
  private static final AtomicInteger N = new AtomicInteger();
  private final PreferenceRepository repository = TestContainer.get(PreferenceRepository.class);
  private final Map<String, TenantId> owners = new LinkedHashMap<>();

  @Override
  protected Preferences newAggregate(TenantId tenant) {
    Preferences p = new Preferences(tenant, "settings-" + N.incrementAndGet(), Locale.ENGLISH,
        Set.of(NotificationKind.CASE_ASSIGNED));
    owners.put(p.login(), tenant);
    return p;
  }

  @Override
  protected String idOf(Preferences aggregate) {
    return aggregate.login();
  }

  @Override
  protected void store(TenantId tenant, Preferences aggregate) {
    assertEquals(tenant, aggregate.tenant());
    repository.store(aggregate);
  }

  @Override
  protected Optional<Preferences> find(TenantId tenant, String login) {
    Preferences p = repository.find(tenant, login);
    return p.equals(Preferences.defaults(tenant, login)) ? Optional.empty() : Optional.of(p);
  }

  @Override
  protected long count(TenantId tenant) {
    return list(tenant).size();
  }

  @Override
  protected List<Preferences> list(TenantId tenant) {
    return owners.keySet().stream().map(login -> find(tenant, login)).flatMap(Optional::stream).toList();
  }

  /** Stores other settings for the login as {@code tenant}; true when the owner's settings changed. */
  @Override
  protected boolean tryModify(TenantId tenant, String login) {
    repository.store(new Preferences(tenant, login, Locale.SIMPLIFIED_CHINESE,
        Set.of(NotificationKind.APPROVAL_REQUESTED)));
    return repository.find(owners.get(login), login).muted().contains(NotificationKind.APPROVAL_REQUESTED);
  }

  @Test
  void theSettingsSurviveTheRoundTripAndAnotherDepartmentReadsTheDefaults() {
    Preferences a = newAggregate(DEPARTMENT_A);
    store(DEPARTMENT_A, a);
    assertEquals(a, repository.find(DEPARTMENT_A, a.login()));
    assertEquals(Preferences.defaults(DEPARTMENT_B, a.login()), repository.find(DEPARTMENT_B, a.login()));
  }
}
