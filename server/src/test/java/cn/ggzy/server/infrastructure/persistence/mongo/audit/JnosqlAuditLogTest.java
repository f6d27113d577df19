package cn.ggzy.server.infrastructure.persistence.mongo.audit;

import cn.ggzy.server.TestClock;
import cn.ggzy.server.domain.model.audit.AuditEntry;
import cn.ggzy.server.domain.model.audit.AuditLog;
import cn.ggzy.server.infrastructure.persistence.mongo.TestContainer;
import cn.ggzy.tenants.TenantId;
import cn.ggzy.tenants.testkit.TenantIsolationContract;
import java.util.List;
import java.util.Optional;

/** The audit trail is append-only: nobody modifies an entry, and no tenant sees another's. */
class JnosqlAuditLogTest extends TenantIsolationContract<AuditEntry, String> {
  private final AuditLog log = TestContainer.get(AuditLog.class);

  @Override
  protected AuditEntry newAggregate(TenantId tenant) {
    return new AuditEntry(log.nextId(), tenant, TestClock.now(), "tester", "test.action", "target", null);
  }

  @Override
  protected String idOf(AuditEntry aggregate) {
    return aggregate.id();
  }

  @Override
  protected void store(TenantId tenant, AuditEntry aggregate) {
    log.append(aggregate);
  }

  @Override
  protected Optional<AuditEntry> find(TenantId tenant, String id) {
    return log.find(tenant, id);
  }

  @Override
  protected long count(TenantId tenant) {
    return log.count(tenant);
  }

  @Override
  protected List<AuditEntry> list(TenantId tenant) {
    return log.recent(tenant, 10_000);
  }

  @Override
  protected boolean tryModify(TenantId tenant, String id) {
    // The port offers no way to change an entry: appending the same id again must fail.
    Optional<AuditEntry> existing = log.find(tenant, id);
    try {
      log.append(new AuditEntry(id, tenant, TestClock.now(), "forger", "changed", "x", null));
    } catch (RuntimeException duplicate) {
      return false;
    }
    return !log.find(tenant, id).equals(existing);
  }

  @Override
  protected boolean appendOnly() {
    return true;
  }
}
