package cn.ggzy.server.infrastructure.persistence.mongo.expert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.ggzy.server.domain.model.ConcurrentChangeException;
import cn.ggzy.server.domain.model.DomainException;
import cn.ggzy.server.domain.model.expert.DrawRequest;
import cn.ggzy.server.domain.model.expert.DrawRound;
import cn.ggzy.server.domain.model.expert.DrawState;
import cn.ggzy.server.domain.model.expert.ExpertDraw;
import cn.ggzy.server.domain.model.expert.ExpertDrawRepository;
import cn.ggzy.server.domain.model.expert.ExpertRecusal.Recused;
import cn.ggzy.server.domain.model.expert.SpecialtyQuota;
import cn.ggzy.server.infrastructure.persistence.mongo.TestContainer;
import cn.ggzy.tenants.TenantId;
import cn.ggzy.tenants.testkit.TenantIsolationContract;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Expert draws belong to the requesting department: held to the isolation contract, and stored as they were. */
class MongoExpertDrawRepositoryTest extends TenantIsolationContract<ExpertDraw, String> {
  private static final Instant AT = Instant.parse("2026-11-16T02:00:00Z");
  private final ExpertDrawRepository repository = TestContainer.get(ExpertDrawRepository.class);

  @Override
  protected ExpertDraw newAggregate(TenantId tenant) {
    DrawRequest request = new DrawRequest("某工程", "S-1", "某工程一标段", "某招标人", null, List.of("甲公司"),
        List.of(new SpecialtyQuota("A0101", 5)), 0, AT.plusSeconds(86_400), "交易中心", false, 6);
    DrawRound round = new DrawRound(1, DrawRound.INITIAL, "{}", 0, "c".repeat(64), "d".repeat(64), "e".repeat(64), AT,
        null, null, null, null, null);
    return ExpertDraw.committed(repository.nextId(), tenant, request, round,
        List.of(new Recused("421181-EAAAAAAAAAA", "expert.recusal.employer")), "officer", AT);
  }

  @Override
  protected String idOf(ExpertDraw aggregate) {
    return aggregate.id();
  }

  @Override
  protected void store(TenantId tenant, ExpertDraw aggregate) {
    repository.store(tenant, aggregate);
  }

  @Override
  protected Optional<ExpertDraw> find(TenantId tenant, String id) {
    return repository.find(tenant, id);
  }

  @Override
  protected long count(TenantId tenant) {
    return repository.count(tenant);
  }

  @Override
  protected List<ExpertDraw> list(TenantId tenant) {
    return repository.list(tenant, 0, 10_000);
  }

  /** Cancels the draw as {@code tenant} (a forged copy naming that tenant when it is not the owner's). */
  @Override
  protected boolean tryModify(TenantId tenant, String id) {
    ExpertDraw owned = repository.byPublicId(id).orElseThrow();
    ExpertDraw forged = new ExpertDraw(id, tenant, owned.request(), owned.state(), owned.rounds(), owned.assignments(),
        owned.recused(), owned.ratings(), owned.createdBy(), owned.createdAt(), owned.version());
    try {
      repository.store(tenant, forged.cancelled());
      return true;
    } catch (DomainException e) {
      return false;
    }
  }

  @Test
  void aDrawComesBackAsStoredAndAStaleWriteIsRefused() {
    ExpertDraw draw = newAggregate(DEPARTMENT_A);
    ExpertDraw stored = repository.store(DEPARTMENT_A, draw);
    ExpertDraw read = repository.find(DEPARTMENT_A, draw.id()).orElseThrow();
    assertEquals(stored, read);
    assertEquals(1, read.version());
    repository.store(DEPARTMENT_A, read.cancelled());
    assertThrows(ConcurrentChangeException.class, () -> repository.store(DEPARTMENT_A, read.cancelled()));
    assertEquals(DrawState.CANCELLED, repository.find(DEPARTMENT_A, draw.id()).orElseThrow().state());
    assertTrue(repository.awaitingReplacement(AT, 1000).stream().noneMatch(d -> d.id().equals(draw.id())));
  }
}
