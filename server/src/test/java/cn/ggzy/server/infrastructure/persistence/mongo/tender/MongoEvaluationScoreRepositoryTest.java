package cn.ggzy.server.infrastructure.persistence.mongo.tender;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import cn.ggzy.server.domain.model.NotFoundException;
import cn.ggzy.server.domain.model.tender.EvaluationScore;
import cn.ggzy.server.domain.model.tender.EvaluationScoreRepository;
import cn.ggzy.server.domain.model.tender.SectionKey;
import cn.ggzy.server.domain.model.tender.Stored;
import cn.ggzy.server.infrastructure.persistence.mongo.TestContainer;
import cn.ggzy.tenants.TenantId;
import cn.ggzy.tenants.testkit.TenantIsolationContract;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Evaluation scores, held to the isolation contract with the natural key as id. The port reads one
 * section at a time, so {@code list} and {@code count} read the sections of every score this test made.
 */
class MongoEvaluationScoreRepositoryTest extends TenantIsolationContract<EvaluationScore, String> {
  private static final AtomicInteger N = new AtomicInteger();
  private static final Instant AT = Instant.parse("2026-11-27T02:00:00Z");
  private final EvaluationScoreRepository repository = TestContainer.get(EvaluationScoreRepository.class);
  private final Map<String, EvaluationScore> known = new LinkedHashMap<>();

  private static EvaluationScore score(TenantId tenant, SectionKey section, double score) {
    return new EvaluationScore(tenant, section, "EXPERT-01", "914211810000000001", "技术标", score, AT);
  }

  @Override
  protected EvaluationScore newAggregate(TenantId tenant) {
    EvaluationScore s = score(tenant, new SectionKey("ISO-SCORE-" + N.incrementAndGet(), "BD1"), 80.5);
    known.put(s.key(), s);
    return s;
  }

  @Override
  protected String idOf(EvaluationScore aggregate) {
    return aggregate.key();
  }

  @Override
  protected void store(TenantId tenant, EvaluationScore aggregate) {
    assertEquals(Stored.NEW, repository.store(tenant, aggregate));
  }

  @Override
  protected Optional<EvaluationScore> find(TenantId tenant, String key) {
    return repository.section(tenant, known.get(key).section()).stream().filter(s -> s.key().equals(key))
        .findFirst();
  }

  @Override
  protected long count(TenantId tenant) {
    return list(tenant).size();
  }

  @Override
  protected List<EvaluationScore> list(TenantId tenant) {
    return known.values().stream().map(EvaluationScore::section).distinct()
        .flatMap(s -> repository.section(tenant, s).stream()).toList();
  }

  /** Imports another score under the same key as {@code tenant}; true when the owner's score changed. */
  @Override
  protected boolean tryModify(TenantId tenant, String key) {
    EvaluationScore s = known.get(key);
    try {
      repository.store(tenant, score(tenant, s.section(), 60));
    } catch (NotFoundException refused) {
      return false;
    }
    return find(s.tenant(), key).map(x -> x.score() == 60).orElse(true);
  }

  @Test
  void theSameKeyReplacesTheSameScoreIsUnchangedAndAnotherDepartmentsScoreIsRefused() {
    EvaluationScore a = newAggregate(DEPARTMENT_A);
    store(DEPARTMENT_A, a);
    assertEquals(Stored.UNCHANGED, repository.store(DEPARTMENT_A, a));
    assertEquals(Stored.REPLACED, repository.store(DEPARTMENT_A, score(DEPARTMENT_A, a.section(), 90)));
    assertEquals(List.of(score(DEPARTMENT_A, a.section(), 90)), repository.section(DEPARTMENT_A, a.section()));
    assertThrows(NotFoundException.class, () -> repository.store(DEPARTMENT_B, a));
    assertEquals(90, repository.section(DEPARTMENT_A, a.section()).get(0).score());
  }
}
