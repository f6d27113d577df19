package cn.ggzy.server.infrastructure.persistence.mongo.project;

import cn.ggzy.server.domain.model.DomainException;
import cn.ggzy.server.domain.model.project.ApprovedProject;
import cn.ggzy.server.domain.model.project.ContractKind;
import cn.ggzy.server.domain.model.project.Organisation;
import cn.ggzy.server.domain.model.project.PlannedContract;
import cn.ggzy.server.domain.model.project.ProjectRepository;
import cn.ggzy.server.domain.model.project.TenderMethod;
import cn.ggzy.server.infrastructure.persistence.mongo.TestContainer;
import cn.ggzy.tenants.TenantId;
import cn.ggzy.tenants.testkit.TenantIsolationContract;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/** The register of approved projects, held to the isolation contract. */
class MongoProjectRepositoryTest extends TenantIsolationContract<ApprovedProject, String> {
  private static final Instant AT = Instant.parse("2026-11-16T02:00:00Z");
  private static final AtomicInteger N = new AtomicInteger();
  private final ProjectRepository repository = TestContainer.get(ProjectRepository.class);

  @Override
  protected ApprovedProject newAggregate(TenantId tenant) {
    return new ApprovedProject(repository.nextId(), tenant, new ApprovedProject.Facts("批" + N.incrementAndGet()
        + "-" + System.nanoTime(), "MC-" + N.get(), "某工程", "某局", LocalDate.of(2026, 3, 1), TenderMethod.OPEN,
        Organisation.AGENCY, true, LocalDate.of(2026, 9, 1),
        List.of(new PlannedContract(ContractKind.CONSTRUCTION, "主体", new BigDecimal("5000000"))), List.of()),
        List.of(), AT, 0);
  }

  @Override
  protected String idOf(ApprovedProject aggregate) {
    return aggregate.id();
  }

  @Override
  protected void store(TenantId tenant, ApprovedProject aggregate) {
    repository.store(tenant, aggregate);
  }

  @Override
  protected Optional<ApprovedProject> find(TenantId tenant, String id) {
    return repository.find(tenant, id);
  }

  @Override
  protected long count(TenantId tenant) {
    return repository.count(tenant);
  }

  @Override
  protected List<ApprovedProject> list(TenantId tenant) {
    return repository.list(tenant, 0, 10_000);
  }

  @Override
  protected boolean tryModify(TenantId tenant, String id) {
    ApprovedProject owned = repository.find(DEPARTMENT_A, id).or(() -> repository.find(tenant, id)).orElseThrow();
    ApprovedProject forged = new ApprovedProject(id, tenant, owned.facts(), owned.decisions(), AT, owned.version());
    forged.dismiss("SPLIT:CONSTRUCTION", "伪造", "x", AT);
    try {
      repository.store(tenant, forged);
      return true;
    } catch (DomainException e) {
      return false;
    }
  }
}
