package cn.ggzy.server.infrastructure.persistence.mongo.inspection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.ggzy.server.domain.model.NotFoundException;
import cn.ggzy.server.domain.model.inspection.InspectionObject;
import cn.ggzy.server.domain.model.inspection.InspectionObjectRepository;
import cn.ggzy.server.domain.model.inspection.ObjectKind;
import cn.ggzy.server.infrastructure.persistence.mongo.TestContainer;
import cn.ggzy.tenants.TenantId;
import cn.ggzy.tenants.testkit.TenantIsolationContract;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The roster of inspection objects, held to the isolation contract. */
class JnosqlInspectionObjectRepositoryTest extends TenantIsolationContract<InspectionObject, String> {
  private final InspectionObjectRepository repository = TestContainer.get(InspectionObjectRepository.class);

  @Override
  protected InspectionObject newAggregate(TenantId tenant) {
    return new InspectionObject(tenant, "P-" + UUID.randomUUID().toString().substring(0, 8), ObjectKind.PROJECT,
        "麻城市某道路工程", null, false, false);
  }

  @Override
  protected String idOf(InspectionObject aggregate) {
    return aggregate.code();
  }

  @Override
  protected void store(TenantId tenant, InspectionObject aggregate) {
    repository.store(tenant, aggregate);
  }

  @Override
  protected Optional<InspectionObject> find(TenantId tenant, String id) {
    return repository.find(tenant, id);
  }

  @Override
  protected long count(TenantId tenant) {
    return repository.count(tenant);
  }

  @Override
  protected List<InspectionObject> list(TenantId tenant) {
    return repository.list(tenant);
  }

  /** Whoever knows A's object writes a changed copy back as {@code tenant}. */
  @Override
  protected boolean tryModify(TenantId tenant, String id) {
    InspectionObject a = repository.find(DEPARTMENT_A, id).orElseThrow();
    try {
      repository.store(tenant, new InspectionObject(a.tenantId(), a.code(), a.kind(), "改名", null, true, true));
      return repository.find(DEPARTMENT_A, id).orElseThrow().name().equals("改名");
    } catch (NotFoundException refused) {
      return false;
    }
  }

  @Override
  protected boolean tryDelete(TenantId tenant, String id) {
    return repository.remove(tenant, id);
  }

  @Test
  void theSameCodeInTwoDepartmentsIsTwoEntries() {
    InspectionObject a = newAggregate(DEPARTMENT_A);
    repository.store(DEPARTMENT_A, a);
    repository.store(DEPARTMENT_B, new InspectionObject(DEPARTMENT_B, a.code(), ObjectKind.ENTERPRISE, "乙方", null,
        false, true));
    assertEquals("麻城市某道路工程", repository.find(DEPARTMENT_A, a.code()).orElseThrow().name());
    assertEquals(ObjectKind.ENTERPRISE, repository.find(DEPARTMENT_B, a.code()).orElseThrow().kind());
    assertTrue(repository.remove(DEPARTMENT_A, a.code()));
    assertTrue(repository.find(DEPARTMENT_B, a.code()).isPresent());
  }
}
