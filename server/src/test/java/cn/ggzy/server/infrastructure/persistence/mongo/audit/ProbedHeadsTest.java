package cn.ggzy.server.infrastructure.persistence.mongo.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.ggzy.server.TestClock;
import cn.ggzy.server.domain.model.audit.AuditEntry;
import cn.ggzy.server.infrastructure.persistence.mongo.MongoConnection;
import cn.ggzy.server.infrastructure.persistence.mongo.TestContainer;
import cn.ggzy.server.infrastructure.persistence.mongo.VersionedWrites;
import cn.ggzy.server.infrastructure.persistence.mongo.enforcement.JnosqlCaseRepository;
import cn.ggzy.tenants.RegionCode;
import cn.ggzy.tenants.TenantId;
import com.mongodb.client.MongoDatabase;
import org.eclipse.jnosql.databases.mongodb.mapping.MongoDBTemplate;
import org.junit.jupiter.api.Test;

/**
 * The audit head and the last case number are found from the last ones a node saw, by exact keys:
 * what another node (another instance on the same database) appended in between is found too.
 */
class ProbedHeadsTest {
  private final MongoDBTemplate template = TestContainer.get(MongoDBTemplate.class);
  private final MongoDatabase database = TestContainer.get(MongoDatabase.class);

  @Test
  void twoNodesAppendingToOneTenantKeepOneUnbrokenChain() {
    TenantId tenant = TenantId.of("421181-nyj");
    JnosqlAuditLog a = new JnosqlAuditLog(template, database);
    JnosqlAuditLog b = new JnosqlAuditLog(template, database);
    AuditEntry previous = a.record(tenant, TestClock.now(), "node-a", "test.append", "t", null);
    for (int i = 0; i < 6; i++) {
      JnosqlAuditLog node = i % 3 == 0 ? a : b;
      AuditEntry next = node.record(tenant, TestClock.now(), "node", "test.append", "t" + i, null);
      assertEquals(previous.sequence() + 1, next.sequence());
      assertEquals(previous.hash(), next.previousHash());
      previous = next;
    }
  }

  @Test
  void twoNodesNeverClaimTheSameCaseNumber() {
    VersionedWrites writes = TestContainer.get(VersionedWrites.class);
    JnosqlCaseRepository a = new JnosqlCaseRepository(template, writes, TestContainer.get(MongoConnection.class), TestClock.clock());
    JnosqlCaseRepository b = new JnosqlCaseRepository(template, writes, TestContainer.get(MongoConnection.class), TestClock.clock());
    RegionCode region = RegionCode.of("421181");
    long first = a.nextSequence(region, 2031);
    assertEquals(first + 1, b.nextSequence(region, 2031));
    assertEquals(first + 2, b.nextSequence(region, 2031));
    assertEquals(first + 3, a.nextSequence(region, 2031), "a skips what b claimed");
    assertEquals(1, a.nextSequence(region, 2032), "each year starts at 1");
  }
}
