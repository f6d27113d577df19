package cn.ggzy.server.infrastructure.persistence.mongo.credit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.ggzy.server.TestClock;
import cn.ggzy.server.domain.model.ConcurrentChangeException;
import cn.ggzy.server.domain.model.NotFoundException;
import cn.ggzy.server.domain.model.credit.CreditException;
import cn.ggzy.server.domain.model.credit.CreditScoring;
import cn.ggzy.server.domain.model.credit.CreditSubject;
import cn.ggzy.server.domain.model.credit.EntryId;
import cn.ggzy.server.domain.model.credit.PublicQuery;
import cn.ggzy.server.domain.model.credit.RedListEntry;
import cn.ggzy.server.domain.model.credit.RedListRepository;
import cn.ggzy.server.infrastructure.persistence.mongo.TestContainer;
import cn.ggzy.tenants.TenantId;
import cn.ggzy.tenants.testkit.TenantIsolationContract;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Red-list entries: isolated per tenant; only confirmed entries in their period are public. */
class JnosqlRedListRepositoryTest extends TenantIsolationContract<RedListEntry, EntryId> {
  private static final LocalDate TODAY = LocalDate.parse("2026-06-01");
  private final RedListRepository repository = TestContainer.get(RedListRepository.class);
  private final Map<EntryId, TenantId> owners = new HashMap<>();

  private RedListEntry proposal(TenantId tenant, CreditSubject subject) {
    RedListEntry e = RedListEntry.propose(repository.nextId(), tenant, subject,
        new CreditScoring.Eligibility(3, 2, new BigDecimal("90.0")), TestClock.now());
    owners.put(e.id(), tenant);
    return e;
  }

  @Override
  protected RedListEntry newAggregate(TenantId tenant) {
    return proposal(tenant, CreditRepositoryFixtures.subject(tenant, "守信公司"));
  }

  @Override
  protected EntryId idOf(RedListEntry aggregate) {
    return aggregate.id();
  }

  @Override
  protected void store(TenantId tenant, RedListEntry aggregate) {
    repository.store(tenant, aggregate);
  }

  @Override
  protected Optional<RedListEntry> find(TenantId tenant, EntryId id) {
    return repository.find(tenant, id);
  }

  @Override
  protected long count(TenantId tenant) {
    return repository.count(tenant, null);
  }

  @Override
  protected List<RedListEntry> list(TenantId tenant) {
    return repository.page(tenant, null, 0, (int) Math.max(1, count(tenant)));
  }

  @Override
  protected boolean tryModify(TenantId tenant, EntryId id) {
    RedListEntry stale = repository.find(owners.get(id), id).orElseThrow();
    stale.confirm("office", TestClock.now(), TODAY, 12);
    try {
      repository.store(tenant, stale);
      return true;
    } catch (NotFoundException | ConcurrentChangeException refused) {
      return false;
    }
  }

  @Test
  void oneOpenProposalPerSubjectAndOnlyConfirmedEntriesArePublished() {
    TenantId office = TenantId.of("421181-jgb");
    CreditSubject subject = CreditRepositoryFixtures.subject(office, "红名单候选公司");
    RedListEntry proposed = proposal(office, subject);
    repository.store(office, proposed);
    assertEquals("credit.redlist.alreadyProposed", assertThrows(CreditException.class,
        () -> repository.store(office, proposal(office, subject))).code());
    PublicQuery today = new PublicQuery(office.region(), TODAY, "红名单候选", null, null, null, 0, 10);
    assertEquals(0, repository.countPublished(today), "a proposal is not public");

    RedListEntry stored = repository.find(office, proposed.id()).orElseThrow();
    stored.confirm("office", TestClock.now(), TODAY, 12);
    repository.store(office, stored);
    assertEquals(1, repository.countPublished(today));
    assertTrue(repository.publishedSubjects(office.region(), TODAY, null).contains(subject.id()));
    LocalDate lastDay = LocalDate.parse("2027-05-31");
    assertEquals(1, repository.countPublished(new PublicQuery(office.region(), lastDay, "红名单候选", null, null, null, 0,
        10)));
    assertEquals(0, repository.countPublished(new PublicQuery(office.region(), lastDay.plusDays(1), "红名单候选", null,
        null, null, 0, 10)), "gone the day after its 12 months");

    RedListEntry confirmed = repository.find(office, proposed.id()).orElseThrow();
    assertTrue(confirmed.endByNegativeRecord(LocalDate.parse("2026-07-01"), TestClock.now()));
    repository.store(office, confirmed);
    assertFalse(repository.publishedSubjects(office.region(), LocalDate.parse("2026-07-01"), null)
        .contains(subject.id()), "a negative record ends it the same day");
    repository.store(office, proposal(office, subject));
  }
}
