package cn.ggzy.server.infrastructure.persistence.mongo.expert;

import cn.ggzy.server.domain.model.DomainException;
import cn.ggzy.server.domain.model.expert.Disqualification;
import cn.ggzy.server.domain.model.expert.DisqualificationRepository;
import cn.ggzy.server.infrastructure.persistence.mongo.TestContainer;
import cn.ggzy.tenants.TenantId;
import cn.ggzy.tenants.testkit.TenantIsolationContract;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The office's disqualification requests, held to the isolation contract. */
class MongoDisqualificationRepositoryTest extends TenantIsolationContract<Disqualification, String> {
  private static final Instant AT = Instant.parse("2026-11-16T02:00:00Z");
  private final DisqualificationRepository repository = TestContainer.get(DisqualificationRepository.class);

  @Override
  protected Disqualification newAggregate(TenantId tenant) {
    return Disqualification.sent(repository.nextId(), tenant, "421181-EAAAAAAAAAA", "测〔2026〕1号", "收受好处",
        "《招标投标法实施条例》第七十一条", "黄冈市公共资源交易监督管理局", "officer", AT);
  }

  @Override
  protected String idOf(Disqualification aggregate) {
    return aggregate.id();
  }

  @Override
  protected void store(TenantId tenant, Disqualification aggregate) {
    repository.store(tenant, aggregate);
  }

  @Override
  protected Optional<Disqualification> find(TenantId tenant, String id) {
    return repository.find(tenant, id);
  }

  @Override
  protected long count(TenantId tenant) {
    return repository.count(tenant);
  }

  @Override
  protected List<Disqualification> list(TenantId tenant) {
    return repository.list(tenant, 0, 10_000);
  }

  @Override
  protected boolean tryModify(TenantId tenant, String id) {
    Disqualification owned = repository.find(DEPARTMENT_A, id).or(() -> repository.find(tenant, id)).orElseThrow();
    Disqualification forged = new Disqualification(id, tenant, owned.expertId(), owned.caseNumber(), owned.facts(),
        owned.legalBasis(), owned.addressee(), owned.state(), owned.sentBy(), owned.sentAt(), null, null, null,
        owned.version());
    try {
      repository.store(tenant, forged.answered(true, "已取消", "x", AT));
      return true;
    } catch (DomainException e) {
      return false;
    }
  }
}
