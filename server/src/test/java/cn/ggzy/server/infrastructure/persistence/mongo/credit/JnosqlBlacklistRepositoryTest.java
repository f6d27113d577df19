package cn.ggzy.server.infrastructure.persistence.mongo.credit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.ggzy.server.domain.model.ConcurrentChangeException;
import cn.ggzy.server.domain.model.NotFoundException;
import cn.ggzy.server.domain.model.credit.BlacklistEntry;
import cn.ggzy.server.domain.model.credit.BlacklistRepository;
import cn.ggzy.server.domain.model.credit.CreditException;
import cn.ggzy.server.domain.model.credit.CreditFixtures;
import cn.ggzy.server.domain.model.credit.CreditRecord;
import cn.ggzy.server.domain.model.credit.CreditRecordRepository;
import cn.ggzy.server.domain.model.credit.CreditSubject;
import cn.ggzy.server.domain.model.credit.EntryId;
import cn.ggzy.server.domain.model.credit.EntryStatus;
import cn.ggzy.server.domain.model.credit.ListClass;
import cn.ggzy.server.domain.model.credit.PublicQuery;
import cn.ggzy.server.domain.model.credit.RecordId;
import cn.ggzy.server.domain.model.credit.RepairId;
import cn.ggzy.server.domain.model.credit.SubjectKind;
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

/** Black-list entries: isolated per department for officers, published per region and day for the public. */
class JnosqlBlacklistRepositoryTest extends TenantIsolationContract<BlacklistEntry, EntryId> {
  private static final LocalDate START = LocalDate.parse("2026-03-01");
  private static final LocalDate END = LocalDate.parse("2026-05-31");
  private final BlacklistRepository repository = TestContainer.get(BlacklistRepository.class);
  private final CreditRecordRepository records = TestContainer.get(CreditRecordRepository.class);
  private final Map<EntryId, TenantId> owners = new HashMap<>();

  private BlacklistEntry entry(TenantId tenant, CreditSubject subject, LocalDate start, LocalDate end) {
    CreditRecord record = CreditFixtures.penalty(tenant, subject, start);
    records.store(tenant, record);
    BlacklistEntry entry = CreditFixtures.listed(record, subject, ListClass.GENERAL, start, end);
    owners.put(entry.id(), tenant);
    return entry;
  }

  @Override
  protected BlacklistEntry newAggregate(TenantId tenant) {
    return entry(tenant, CreditRepositoryFixtures.subject(tenant, "隔离测试公司"), START, END);
  }

  @Override
  protected EntryId idOf(BlacklistEntry aggregate) {
    return aggregate.id();
  }

  @Override
  protected void store(TenantId tenant, BlacklistEntry aggregate) {
    repository.store(tenant, aggregate);
  }

  @Override
  protected Optional<BlacklistEntry> find(TenantId tenant, EntryId id) {
    return repository.find(tenant, id);
  }

  @Override
  protected long count(TenantId tenant) {
    return repository.count(tenant);
  }

  @Override
  protected List<BlacklistEntry> list(TenantId tenant) {
    return repository.page(tenant, 0, (int) Math.max(1, count(tenant)));
  }

  @Override
  protected boolean tryModify(TenantId tenant, EntryId id) {
    BlacklistEntry stale = repository.find(owners.get(id), id).orElseThrow();
    stale.repaired(END, new RepairId(CreditFixtures.hex()));
    try {
      repository.store(tenant, stale);
      return true;
    } catch (NotFoundException | ConcurrentChangeException refused) {
      return false;
    }
  }

  private static PublicQuery on(RegionCode region, LocalDate day, String text) {
    return new PublicQuery(region, day, text, null, null, null, 0, 100);
  }

  private boolean published(RegionCode region, LocalDate day, String text, EntryId id) {
    return repository.published(on(region, day, text)).stream().anyMatch(e -> e.id().equals(id));
  }

  @Test
  void theRegionPublishesTheEntryFromItsFirstToItsLastDayOnly() {
    TenantId zjj = TenantId.of("421181-zjj");
    BlacklistEntry e = entry(zjj, CreditRepositoryFixtures.subject(zjj, "公示期测试公司"), START, END);
    repository.store(zjj, e);
    RegionCode macheng = zjj.region();
    assertFalse(published(macheng, START.minusDays(1), null, e.id()));
    assertTrue(published(macheng, START, null, e.id()));
    assertTrue(published(macheng, END, null, e.id()));
    assertFalse(published(macheng, END.plusDays(1), null, e.id()), "gone the day after its last day");
    assertFalse(published(RegionCode.of("420100"), START, null, e.id()), "never in another region");
    assertTrue(repository.findPublished(macheng, e.id(), END).isPresent());
    assertTrue(repository.findPublished(macheng, e.id(), END.plusDays(1)).isEmpty());
    assertTrue(repository.find(zjj, e.id()).isPresent(), "the officers keep it");
  }

  @Test
  void anEntryRemovedByRepairLeavesThePublicListTheSameDay() {
    TenantId zjj = TenantId.of("421181-zjj");
    BlacklistEntry e = entry(zjj, CreditRepositoryFixtures.subject(zjj, "修复测试公司"), START, END);
    repository.store(zjj, e);
    BlacklistEntry stored = repository.find(zjj, e.id()).orElseThrow();
    stored.repaired(LocalDate.parse("2026-04-10"), new RepairId(CreditFixtures.hex()));
    repository.store(zjj, stored);
    assertTrue(published(zjj.region(), LocalDate.parse("2026-04-09"), null, e.id()));
    assertFalse(published(zjj.region(), LocalDate.parse("2026-04-10"), null, e.id()));
    assertEquals(EntryStatus.REMOVED, repository.find(zjj, e.id()).orElseThrow()
        .status(LocalDate.parse("2026-04-10")), "kept in the officers' history as removed");
  }

  @Test
  void thePublicSearchesByPartOfTheNameOrTheStartOfTheCodeButNeverByIdNumber() {
    TenantId jtj = TenantId.of("421181-jtj");
    CreditSubject subject = CreditRepositoryFixtures.subject(jtj, "麻城市鼎盛路桥工程有限公司");
    BlacklistEntry e = entry(jtj, subject, START, END);
    repository.store(jtj, e);
    RegionCode macheng = jtj.region();
    String code = subject.identity().creditCode().value();
    assertTrue(published(macheng, START, "鼎盛路桥", e.id()));
    assertTrue(published(macheng, START, code.substring(0, 12).toLowerCase(), e.id()));
    assertFalse(published(macheng, START, code.substring(3), e.id()), "the code matches from its start");
    assertTrue(repository.publishedSubjects(macheng, START, "鼎盛").contains(subject.id()));
    assertFalse(repository.publishedSubjects(macheng, END.plusDays(1), "鼎盛").contains(subject.id()));
    assertTrue(repository.published(new PublicQuery(macheng, START, "鼎盛", SubjectKind.EXPERT, null, null, 0, 10))
        .isEmpty(), "filtered by kind");
    assertTrue(repository.published(new PublicQuery(macheng, START, "鼎盛", null, null, TenantId.of("421181-zjj"), 0,
        10)).isEmpty(), "filtered by department");
    assertEquals(1, repository.countPublished(new PublicQuery(macheng, START, "鼎盛", null, ListClass.GENERAL, jtj, 0,
        10)));
  }

  @Test
  void aDecisionIsListedOnlyOnce() {
    TenantId zjj = TenantId.of("421181-zjj");
    CreditSubject subject = CreditRepositoryFixtures.subject(zjj, "重复列入公司");
    BlacklistEntry e = entry(zjj, subject, START, END);
    repository.store(zjj, e);
    CreditRecord record = records.find(zjj, new RecordId(e.id().value()))
        .orElseThrow();
    BlacklistEntry again = CreditFixtures.listed(record, subject, ListClass.SERIOUS, START, LocalDate.parse("2026-12-31"));
    assertEquals("credit.blacklist.recordListed", assertThrows(CreditException.class,
        () -> repository.store(zjj, again)).code());
  }
}
