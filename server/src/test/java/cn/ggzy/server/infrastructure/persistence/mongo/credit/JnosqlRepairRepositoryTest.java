package cn.ggzy.server.infrastructure.persistence.mongo.credit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import cn.ggzy.server.domain.model.ConcurrentChangeException;
import cn.ggzy.server.domain.model.NotFoundException;
import cn.ggzy.server.domain.model.calendar.Deadline;
import cn.ggzy.server.domain.model.credit.BlacklistEntry;
import cn.ggzy.server.domain.model.credit.CreditException;
import cn.ggzy.server.domain.model.credit.CreditFixtures;
import cn.ggzy.server.domain.model.credit.CreditSubject;
import cn.ggzy.server.domain.model.credit.ListClass;
import cn.ggzy.server.domain.model.credit.RepairApplication;
import cn.ggzy.server.domain.model.credit.RepairId;
import cn.ggzy.server.domain.model.credit.RepairRepository;
import cn.ggzy.server.domain.model.credit.RepairRequest;
import cn.ggzy.server.domain.service.WorkingCalendar;
import cn.ggzy.server.infrastructure.persistence.mongo.TestContainer;
import cn.ggzy.tenants.TenantId;
import cn.ggzy.tenants.testkit.TenantIsolationContract;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Repair applications: isolated per department; one open application per entry. */
class JnosqlRepairRepositoryTest extends TenantIsolationContract<RepairApplication, RepairId> {
  private static final LocalDate TODAY = LocalDate.parse("2026-09-30");
  private final RepairRepository repository = TestContainer.get(RepairRepository.class);
  private final Map<RepairId, TenantId> owners = new HashMap<>();

  private RepairApplication application(BlacklistEntry entry) {
    LocalDate last = LocalDate.parse("2026-10-10");
    RepairApplication a = RepairApplication.submit(repository.nextId(), entry,
        new RepairRequest(entry.data().subject().creditCode().value(), "李经理", "13912345678", "承诺", true, "整改",
            "凭证"), Instant.parse("2026-09-30T02:00:00Z"), TODAY, new Deadline(last, WorkingCalendar.endOf(last)));
    owners.put(a.id(), entry.tenantId());
    return a;
  }

  private static BlacklistEntry entry(TenantId tenant) {
    CreditSubject subject = CreditRepositoryFixtures.subject(tenant, "修复申请公司");
    return CreditFixtures.listed(CreditFixtures.penalty(tenant, subject, LocalDate.parse("2026-03-01")), subject,
        ListClass.GENERAL, LocalDate.parse("2026-03-01"), LocalDate.parse("2027-02-28"));
  }

  @Override
  protected RepairApplication newAggregate(TenantId tenant) {
    return application(entry(tenant));
  }

  @Override
  protected RepairId idOf(RepairApplication aggregate) {
    return aggregate.id();
  }

  @Override
  protected void store(TenantId tenant, RepairApplication aggregate) {
    repository.store(tenant, aggregate);
  }

  @Override
  protected Optional<RepairApplication> find(TenantId tenant, RepairId id) {
    return repository.find(tenant, id);
  }

  @Override
  protected long count(TenantId tenant) {
    return repository.count(tenant, false);
  }

  @Override
  protected List<RepairApplication> list(TenantId tenant) {
    return repository.page(tenant, false, 0, (int) Math.max(1, count(tenant)));
  }

  @Override
  protected boolean tryModify(TenantId tenant, RepairId id) {
    RepairApplication stale = repository.find(owners.get(id), id).orElseThrow();
    stale.decide(false, "head", Instant.parse("2026-10-08T02:00:00Z"), "不予修复");
    try {
      repository.store(tenant, stale);
      return true;
    } catch (NotFoundException | ConcurrentChangeException refused) {
      return false;
    }
  }

  @Test
  void anEntryHasOneOpenApplicationAtATimeAndTheRoundTripKeepsTheClock() {
    TenantId zjj = TenantId.of("421181-zjj");
    BlacklistEntry entry = entry(zjj);
    RepairApplication first = application(entry);
    repository.store(zjj, first);
    assertEquals("credit.repair.pending", assertThrows(CreditException.class,
        () -> repository.store(zjj, application(entry))).code());
    RepairApplication stored = repository.find(zjj, first.id()).orElseThrow();
    assertEquals(first.due(), stored.due());
    assertEquals("13912345678", stored.data().request().contactPhone());
    stored.decide(false, "head", Instant.parse("2026-10-08T02:00:00Z"), "不予修复");
    repository.store(zjj, stored);
    RepairApplication second = application(entry);
    repository.store(zjj, second);
    assertEquals(2, repository.forEntry(zjj.region(), entry.id()).size());
    assertEquals(1, repository.decidedFor(zjj.region(), entry.subjectId()).size());
  }
}
