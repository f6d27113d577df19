package cn.ggzy.server.infrastructure.persistence.mongo.inspection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import cn.ggzy.server.domain.model.NotFoundException;
import cn.ggzy.server.domain.model.inspection.CertifiedInspector;
import cn.ggzy.server.domain.model.inspection.InspectionException;
import cn.ggzy.server.domain.model.inspection.InspectorRoster;
import cn.ggzy.server.infrastructure.persistence.mongo.TestContainer;
import cn.ggzy.tenants.TenantId;
import cn.ggzy.tenants.testkit.TenantIsolationContract;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The inspector roster, held to the isolation contract; a certificate number is one officer's in a region. */
class JnosqlInspectorRosterTest extends TenantIsolationContract<CertifiedInspector, String> {
  private static final AtomicInteger N = new AtomicInteger();
  private final InspectorRoster roster = TestContainer.get(InspectorRoster.class);

  @Override
  protected CertifiedInspector newAggregate(TenantId tenant) {
    int n = N.incrementAndGet();
    return new CertifiedInspector(tenant, "roster" + n, "检查员" + n, "CERT-R" + n + "-" + System.nanoTime(),
        LocalDate.of(2027, 6, 30), Set.of("MC-REL-" + n), Set.of());
  }

  @Override
  protected String idOf(CertifiedInspector aggregate) {
    return aggregate.login();
  }

  @Override
  protected void store(TenantId tenant, CertifiedInspector aggregate) {
    roster.store(tenant, aggregate);
  }

  @Override
  protected Optional<CertifiedInspector> find(TenantId tenant, String id) {
    return roster.find(tenant, id);
  }

  @Override
  protected long count(TenantId tenant) {
    return roster.count(tenant);
  }

  @Override
  protected List<CertifiedInspector> list(TenantId tenant) {
    return roster.list(tenant);
  }

  @Override
  protected boolean tryModify(TenantId tenant, String id) {
    CertifiedInspector a = roster.find(DEPARTMENT_A, id).orElseThrow();
    try {
      roster.store(tenant, new CertifiedInspector(a.tenantId(), a.login(), a.displayName(), a.certificateNumber(),
          LocalDate.of(2030, 1, 1), a.relatives(), a.formerEmployers()));
      return roster.find(DEPARTMENT_A, id).orElseThrow().validUntil().getYear() == 2030;
    } catch (NotFoundException refused) {
      return false;
    }
  }

  @Override
  protected boolean tryDelete(TenantId tenant, String id) {
    return roster.remove(tenant, id);
  }

  @Test
  void aCertificateNumberBelongsToOneOfficerOfTheRegion() {
    CertifiedInspector first = newAggregate(DEPARTMENT_A);
    roster.store(DEPARTMENT_A, first);
    CertifiedInspector other = newAggregate(DEPARTMENT_B);
    InspectionException e = assertThrows(InspectionException.class, () -> roster.store(DEPARTMENT_B,
        new CertifiedInspector(DEPARTMENT_B, other.login(), other.displayName(), first.certificateNumber(),
            other.validUntil(), Set.of(), Set.of())));
    assertEquals("inspection.inspector.certificate.taken", e.code());
    roster.store(OTHER_REGION, new CertifiedInspector(OTHER_REGION, other.login(), other.displayName(),
        first.certificateNumber(), other.validUntil(), Set.of(), Set.of()));
    assertEquals(first.relatives(), roster.find(DEPARTMENT_A, first.login()).orElseThrow().relatives());
  }
}
