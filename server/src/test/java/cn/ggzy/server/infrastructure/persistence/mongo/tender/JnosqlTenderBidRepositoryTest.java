package cn.ggzy.server.infrastructure.persistence.mongo.tender;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.ggzy.server.domain.model.NotFoundException;
import cn.ggzy.server.domain.model.enforcement.Industry;
import cn.ggzy.server.domain.model.rigging.BidFileTrace;
import cn.ggzy.server.domain.model.tender.SectionKey;
import cn.ggzy.server.domain.model.tender.TenderBid;
import cn.ggzy.server.domain.model.tender.TenderBidRepository;
import cn.ggzy.server.infrastructure.persistence.mongo.TestContainer;
import cn.ggzy.tenants.TenantId;
import cn.ggzy.tenants.testkit.TenantIsolationContract;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

/** Imported bids: isolated per department, replaced under their natural key. */
class JnosqlTenderBidRepositoryTest extends TenantIsolationContract<TenderBid, String> {
  private static final AtomicInteger N = new AtomicInteger();
  private static final Instant AT = Instant.parse("2026-11-27T02:00:00Z");
  private final TenderBidRepository repository = TestContainer.get(TenderBidRepository.class);
  private final Map<String, TenderBid> stored = new HashMap<>();

  private static TenderBid bid(TenantId tenant, String project, String bidder, double price) {
    return new TenderBid(tenant, project, "某工程", "BD1", null, Industry.WATER_CONSERVANCY, bidder, "某公司", price,
        null, new BidFileTrace(bidder, "M1", null, null, null, null, null, null, null, null), false, AT);
  }

  @Override
  protected TenderBid newAggregate(TenantId tenant) {
    TenderBid b = bid(tenant, "ISO-" + N.incrementAndGet(), "914211810000000001", 100);
    stored.put(b.key(), b);
    return b;
  }

  @Override
  protected String idOf(TenderBid aggregate) {
    return aggregate.key();
  }

  @Override
  protected void store(TenantId tenant, TenderBid aggregate) {
    repository.store(tenant, aggregate);
  }

  @Override
  protected Optional<TenderBid> find(TenantId tenant, String id) {
    return repository.find(tenant, id);
  }

  @Override
  protected long count(TenantId tenant) {
    return repository.count(tenant);
  }

  @Override
  protected List<TenderBid> list(TenantId tenant) {
    return repository.page(tenant, 0, (int) Math.max(1, count(tenant)));
  }

  @Override
  protected boolean tryModify(TenantId tenant, String id) {
    TenderBid original = stored.get(id);
    TenderBid changed = new TenderBid(tenant, original.projectCode(), original.projectName(), original.sectionCode(),
        null, original.industry(), original.bidderCode(), original.bidderName(), 999, null, original.trace(), false, AT);
    try {
      return repository.store(tenant, changed) && repository.find(original.tenant(), id).orElseThrow().price() == 999;
    } catch (NotFoundException e) {
      return false;
    }
  }

  @Test
  void aBidOfAnotherTenantIsRefusedAndTheSameKeyReplaces() {
    TenderBid b = newAggregate(DEPARTMENT_A);
    assertFalse(repository.store(DEPARTMENT_A, b), "first import inserts");
    long count = repository.count(DEPARTMENT_A);
    assertTrue(repository.store(DEPARTMENT_A, bid(DEPARTMENT_A, b.projectCode(), b.bidderCode(), 50)));
    assertEquals(count, repository.count(DEPARTMENT_A));
    assertEquals(50, repository.section(DEPARTMENT_A, new SectionKey(b.projectCode(), "BD1")).get(0).price());
    assertTrue(repository.section(DEPARTMENT_B, new SectionKey(b.projectCode(), "BD1")).isEmpty());
    Assertions.assertThrows(NotFoundException.class, () -> repository.store(DEPARTMENT_B, b));
  }
}
