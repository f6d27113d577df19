package cn.ggzy.server.infrastructure.persistence.mongo.warning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import cn.ggzy.server.domain.model.ConcurrentChangeException;
import cn.ggzy.server.domain.model.NotFoundException;
import cn.ggzy.server.domain.model.enforcement.Industry;
import cn.ggzy.server.domain.model.rigging.Art40Item;
import cn.ggzy.server.domain.model.rigging.RiskExplanation;
import cn.ggzy.server.domain.model.rigging.ScreenReading;
import cn.ggzy.server.domain.model.tender.SectionKey;
import cn.ggzy.server.domain.model.warning.Evidence;
import cn.ggzy.server.domain.model.warning.RiggingWarning;
import cn.ggzy.server.domain.model.warning.WarningRepository;
import cn.ggzy.server.infrastructure.persistence.mongo.TestContainer;
import cn.ggzy.tenants.TenantId;
import cn.ggzy.tenants.testkit.TenantIsolationContract;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Warnings are isolated per department and survive the round trip with their evidence. */
class JnosqlWarningRepositoryTest extends TenantIsolationContract<RiggingWarning, String> {
  private static final AtomicInteger N = new AtomicInteger();
  private static final Instant AT = Instant.parse("2026-11-27T02:00:00Z");
  private final WarningRepository repository = TestContainer.get(WarningRepository.class);
  private final Map<String, TenantId> owners = new HashMap<>();
  private static final WarningRepository.Filter ALL = new WarningRepository.Filter(null, null, null, 0, 10_000);

  static RiggingWarning.Finding finding(String project) {
    return new RiggingWarning.Finding(new SectionKey(project, "BD1"), "麻城市某工程", "一标段",
        Industry.TRANSPORT, List.of(new RiggingWarning.Bidder("A1", "甲公司", 100.5, false),
            new RiggingWarning.Bidder("B2", "乙公司", 100.5, true)), 80,
        new RiskExplanation("region-421181-3", 0.42, 0.815, List.of(new ScreenReading("cv", 0.0123, 0.97, 0.12125),
            new ScreenReading("kurt", Double.NaN, Double.NaN, 0))),
        List.of(new Evidence(Evidence.Kind.TRACE, Art40Item.SAME_BOND_ACCOUNT, "rigging.field.BOND_ACCOUNT",
            List.of("A1", "B2"), "6222,0001"), new Evidence(Evidence.Kind.MODEL, null, "rigging.evidence.model",
            List.of(), null)));
  }

  @Override
  protected RiggingWarning newAggregate(TenantId tenant) {
    RiggingWarning w = RiggingWarning.raise(tenant, finding("ISO-" + N.incrementAndGet()), AT);
    owners.put(w.id(), tenant);
    return w;
  }

  @Override
  protected String idOf(RiggingWarning aggregate) {
    return aggregate.id();
  }

  @Override
  protected void store(TenantId tenant, RiggingWarning aggregate) {
    repository.store(tenant, aggregate);
  }

  @Override
  protected Optional<RiggingWarning> find(TenantId tenant, String id) {
    return repository.find(tenant, id);
  }

  @Override
  protected long count(TenantId tenant) {
    return repository.count(tenant, ALL);
  }

  @Override
  protected List<RiggingWarning> list(TenantId tenant) {
    return repository.list(tenant, ALL);
  }

  @Override
  protected boolean tryModify(TenantId tenant, String id) {
    RiggingWarning w = repository.find(owners.get(id), id).orElseThrow();
    w.dismiss("核实无问题", "tester", AT);
    try {
      repository.store(tenant, w);
      return true;
    } catch (NotFoundException e) {
      return false;
    }
  }

  @Test
  void theEvidenceSurvivesTheRoundTripAndAStaleWriteIsRefused() {
    RiggingWarning w = newAggregate(DEPARTMENT_A);
    repository.store(DEPARTMENT_A, w);
    RiggingWarning loaded = repository.find(DEPARTMENT_A, w.id()).orElseThrow();
    assertEquals(w.data().finding(), loaded.data().finding());
    assertEquals(1, loaded.version());
    RiggingWarning other = repository.find(DEPARTMENT_A, w.id()).orElseThrow();
    loaded.dismiss("已核实", "a", AT);
    repository.store(DEPARTMENT_A, loaded);
    other.dismiss("另一人", "b", AT);
    assertThrows(ConcurrentChangeException.class, () -> repository.store(DEPARTMENT_A, other));
  }
}
