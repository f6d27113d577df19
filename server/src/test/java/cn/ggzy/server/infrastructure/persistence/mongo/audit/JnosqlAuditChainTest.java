package cn.ggzy.server.infrastructure.persistence.mongo.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.ggzy.server.domain.model.audit.AuditChain;
import cn.ggzy.server.domain.model.audit.AuditEntry;
import cn.ggzy.server.domain.model.audit.AuditLog;
import cn.ggzy.server.domain.model.audit.ChainCheck;
import cn.ggzy.server.infrastructure.persistence.mongo.MongoConnection;
import cn.ggzy.server.infrastructure.persistence.mongo.TestContainer;
import cn.ggzy.tenants.TenantId;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Sorts;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.bson.Document;
import org.junit.jupiter.api.Test;

/** The stored hash chain: gapless and valid under concurrent appends, readable in order and in pages. */
class JnosqlAuditChainTest {
  private static final AtomicInteger TENANTS = new AtomicInteger();
  private final AuditLog log = TestContainer.get(AuditLog.class);
  private final MongoDatabase db = TestContainer.get(MongoDatabase.class);
  private final Instant at = Instant.parse("2026-03-02T08:00:00Z");

  /** A tenant of its own for each test, so that chains of other tests do not interfere. */
  private static TenantId freshTenant() {
    return TenantId.of("429001-chain" + TENANTS.incrementAndGet());
  }

  private List<AuditEntry> wholeChain(TenantId tenant) {
    List<AuditEntry> all = new ArrayList<>();
    List<AuditEntry> batch;
    do {
      batch = log.chain(tenant, all.isEmpty() ? 0 : all.get(all.size() - 1).sequence(), 64);
      all.addAll(batch);
    } while (batch.size() == 64);
    return all;
  }

  @Test
  void concurrentAppendersLoseNothingAndLeaveAGaplessValidChain() throws Exception {
    TenantId tenant = freshTenant();
    int threads = 8;
    int each = 50;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    List<Callable<List<AuditEntry>>> work = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      int thread = t;
      work.add(() -> {
        List<AuditEntry> mine = new ArrayList<>();
        for (int i = 0; i < each; i++) {
          mine.add(log.record(tenant, at, "worker" + thread, "test.append", "item:" + thread + "-" + i, null));
        }
        return mine;
      });
    }
    Set<String> appended = new HashSet<>();
    for (Future<List<AuditEntry>> f : pool.invokeAll(work)) {
      f.get().forEach(e -> appended.add(e.id()));
    }
    pool.shutdown();
    assertTrue(pool.awaitTermination(10, TimeUnit.SECONDS));

    List<AuditEntry> chain = wholeChain(tenant);
    assertEquals(threads * each, appended.size());
    assertEquals(threads * each, chain.size(), "no entry lost, none twice");
    assertEquals(appended, new HashSet<>(chain.stream().map(AuditEntry::id).toList()));
    for (int i = 0; i < chain.size(); i++) {
      assertEquals(i + 1, chain.get(i).sequence(), "sequences 1, 2, 3 … without gaps");
    }
    ChainCheck check = new ChainCheck();
    chain.forEach(check::next);
    assertTrue(check.firstBreak().isEmpty(), () -> "chain broken at " + check.firstBreak());
  }

  @Test
  void anEntryIsStoredWithItsStatesAndItsPlaceInTheChain() {
    TenantId tenant = freshTenant();
    AuditEntry first = log.record(tenant, at, "li.si", "case.accepted", "case:1", null);
    AuditEntry second = log.record(tenant, at.plusSeconds(1), "li.si", "case.extended", "case:1", "expert review",
        "due=2026-03-20", "due=2026-03-27");
    assertEquals(1, first.sequence());
    assertEquals(AuditChain.GENESIS, first.previousHash());
    assertEquals(2, second.sequence());
    assertEquals(first.hash(), second.previousHash());
    assertEquals(second, log.find(tenant, second.id()).orElseThrow(), "stored as appended");
    assertEquals("due=2026-03-20", log.find(tenant, second.id()).orElseThrow().before());
    assertEquals("due=2026-03-27", log.find(tenant, second.id()).orElseThrow().after());
  }

  @Test
  void aRepeatedIdIsRefusedWithoutTakingASequence() {
    TenantId tenant = freshTenant();
    AuditEntry first = log.record(tenant, at, "li.si", "a", "t", null);
    assertThrows(RuntimeException.class,
        () -> log.append(new AuditEntry(first.id(), tenant, at, "forger", "b", "t", null)));
    AuditEntry next = log.record(tenant, at, "li.si", "c", "t", null);
    assertEquals(2, next.sequence());
    assertEquals(2, log.count(tenant));
  }

  @Test
  void pagesComeNewestFirstFromTheDatabase() {
    TenantId tenant = freshTenant();
    for (int i = 1; i <= 12; i++) {
      log.record(tenant, at.plusSeconds(i), "li.si", "step" + i, "t", null);
    }
    assertEquals(List.of("step12", "step11", "step10", "step9", "step8"),
        log.page(tenant, 0, 5).stream().map(AuditEntry::action).toList());
    assertEquals(List.of("step2", "step1"), log.page(tenant, 10, 5).stream().map(AuditEntry::action).toList());
    assertEquals(List.of(4L, 5L, 6L), log.chain(tenant, 3, 3).stream().map(AuditEntry::sequence).toList());
  }

  @Test
  void entriesWrittenBeforeTheChainAreLinkedAtStartUp() {
    // A database as the earlier version left it: no unique index, entries without sequence or hashes.
    MongoDatabase earlier = TestContainer.get(MongoConnection.class).client()
        .getDatabase("earlier" + TENANTS.incrementAndGet());
    TenantId tenant = freshTenant();
    AuditEntry chained = AuditChain.append(Optional.empty(), new AuditEntry("new", tenant, at, "li.si", "chained", "t", null));
    earlier.getCollection("audit").insertOne(new Document("_id", "new").append("tenantId", tenant.value())
        .append("at", at.toEpochMilli()).append("actor", "li.si").append("action", "chained").append("target", "t")
        .append("sequence", 1L).append("previousHash", chained.previousHash()).append("hash", chained.hash()));
    for (int i = 2; i >= 1; i--) {
      earlier.getCollection("audit").insertOne(new Document("_id", "old" + i).append("tenantId", tenant.value())
          .append("at", at.minusSeconds(i).toEpochMilli()).append("actor", "admin").append("action", "old" + i));
    }

    AuditChainUpgrade.chainUnlinkedEntries(earlier);

    List<AuditEntry> chain = earlier.getCollection("audit").find().sort(Sorts.ascending("sequence"))
        .map(d -> AuditDocument.read(d, tenant)).into(new ArrayList<>());
    assertEquals(List.of("chained", "old2", "old1"), chain.stream().map(AuditEntry::action).toList(),
        "earlier entries are linked after the head, oldest first");
    assertEquals(chained.hash(), chain.get(1).previousHash());
    ChainCheck check = new ChainCheck();
    chain.forEach(check::next);
    assertTrue(check.firstBreak().isEmpty(), () -> "broken: " + check.firstBreak());
    assertEquals(3, check.checked());
  }
}
