package cn.ggzy.server.infrastructure.persistence.mongo.credit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.ggzy.server.TestClock;
import cn.ggzy.server.domain.model.ConcurrentChangeException;
import cn.ggzy.server.domain.model.NotFoundException;
import cn.ggzy.server.domain.model.credit.CreditException;
import cn.ggzy.server.domain.model.credit.CreditFixtures;
import cn.ggzy.server.domain.model.credit.CreditRecord;
import cn.ggzy.server.domain.model.credit.CreditRecordRepository;
import cn.ggzy.server.domain.model.credit.CreditSubject;
import cn.ggzy.server.domain.model.credit.RecordId;
import cn.ggzy.server.domain.model.credit.RecordKind;
import cn.ggzy.server.domain.model.credit.RecordStatus;
import cn.ggzy.server.infrastructure.persistence.mongo.TestContainer;
import cn.ggzy.tenants.RegionCode;
import cn.ggzy.tenants.TenantId;
import cn.ggzy.tenants.testkit.TenantIsolationContract;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Credit records on JNoSQL and the embedded MongoDB, held to the isolation contract. */
class JnosqlCreditRecordRepositoryTest extends TenantIsolationContract<CreditRecord, RecordId> {
  private static final LocalDate DECIDED = LocalDate.parse("2026-03-02");
  private final CreditRecordRepository repository = TestContainer.get(CreditRecordRepository.class);
  private final Map<RecordId, TenantId> owners = new HashMap<>();

  @Override
  protected CreditRecord newAggregate(TenantId tenant) {
    CreditSubject subject = CreditRepositoryFixtures.subject(tenant, "隔离测试公司");
    CreditRecord r = CreditRecord.entered(repository.nextId(), tenant, subject.identity(), RecordKind.GOOD_PERFORMANCE,
        "履约良好", "履约评价办法第八条", "内部备注", DECIDED, DECIDED, "clerk", TestClock.now());
    r.identify(subject);
    owners.put(r.id(), tenant);
    return r;
  }

  @Override
  protected RecordId idOf(CreditRecord aggregate) {
    return aggregate.id();
  }

  @Override
  protected void store(TenantId tenant, CreditRecord aggregate) {
    repository.store(tenant, aggregate);
  }

  @Override
  protected Optional<CreditRecord> find(TenantId tenant, RecordId id) {
    return repository.find(tenant, id);
  }

  @Override
  protected long count(TenantId tenant) {
    return repository.count(tenant, null);
  }

  @Override
  protected List<CreditRecord> list(TenantId tenant) {
    return repository.page(tenant, null, 0, (int) Math.max(1, count(tenant)));
  }

  @Override
  protected boolean tryModify(TenantId tenant, RecordId id) {
    CreditRecord stale = repository.find(owners.get(id), id).orElseThrow();
    stale.approve("head", TestClock.now());
    try {
      repository.store(tenant, stale);
      return true;
    } catch (NotFoundException | ConcurrentChangeException refused) {
      return false;
    }
  }

  @Test
  void aCaseRecordSurvivesTheRoundTripAndACaseIsRecordedOnce() {
    TenantId zjj = TenantId.of("421181-zjj");
    String caseId = CreditFixtures.hex();
    CreditRecord unidentified = CreditRecord.fromCase(new RecordId(caseId), zjj, "某不明公司", null,
        RecordKind.VIOLATION, "投诉成立，责令改正", caseId, "麻监案〔2026〕第0042号", DECIDED, TestClock.now());
    repository.store(zjj, unidentified);
    CreditRecord back = repository.findByCase(zjj, caseId).orElseThrow();
    assertEquals(RecordStatus.IN_FORCE, back.status());
    assertNull(back.subjectId());
    assertEquals("某不明公司", back.data().subjectName());
    assertEquals("麻监案〔2026〕第0042号", back.data().caseNumber());
    assertEquals(DECIDED, back.decidedOn());
    CreditRecord again = CreditRecord.fromCase(new RecordId(caseId), zjj, "某不明公司", null, RecordKind.VIOLATION,
        "重复", caseId, "麻监案〔2026〕第0042号", DECIDED, TestClock.now());
    assertEquals("credit.record.caseRecorded", assertThrows(CreditException.class,
        () -> repository.store(zjj, again)).code());
  }

  @Test
  void aSubjectsRecordsInForceAreReadAcrossTheRegionsDepartmentsOnly() {
    TenantId zjj = TenantId.of("421181-zjj");
    TenantId jtj = TenantId.of("421181-jtj");
    CreditSubject subject = CreditRepositoryFixtures.subject(zjj, "跨部门公司");
    repository.store(zjj, CreditFixtures.penalty(zjj, subject, DECIDED));
    repository.store(jtj, CreditFixtures.rated(jtj, subject, RecordKind.GOOD_PERFORMANCE, DECIDED));
    CreditRecord pending = CreditRecord.entered(repository.nextId(), jtj, subject.identity(),
        RecordKind.POOR_PERFORMANCE, "差", "办法", null, DECIDED, DECIDED, "clerk", TestClock.now());
    pending.identify(subject);
    repository.store(jtj, pending);
    assertEquals(2, repository.inForce(subject.region(), subject.id()).size(), "the pending one does not count");
    assertTrue(repository.inForce(RegionCode.of("420100"), subject.id()).isEmpty());
    assertTrue(repository.withPositiveRecords(subject.region()).contains(subject.id()));
  }
}
