package cn.ggzy.server.domain.model.audit;

import cn.ggzy.tenants.TenantId;
import java.util.List;
import java.util.Optional;

/** Append-only audit trail per tenant. */
public interface AuditLog {
  void append(AuditEntry entry);

  /** Appends a new entry under a fresh id. */
  default void record(TenantId tenant, java.time.Instant at, String actor, String action, String target,
      String reason) {
    append(new AuditEntry(nextId(), tenant, at, actor, action, target, reason));
  }

  Optional<AuditEntry> find(TenantId tenant, String id);

  /** The newest entries first. */
  List<AuditEntry> recent(TenantId tenant, int limit);

  long count(TenantId tenant);

  String nextId();
}
