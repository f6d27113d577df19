package cn.ggzy.server.domain.model.audit;

import cn.ggzy.tenants.TenantId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Append-only audit trail per tenant, kept as a hash chain ({@link AuditChain}): appending gives
 * the entry the next sequence of its tenant and links it to the entry before, also when several
 * threads or nodes append at once. Nothing is ever changed or removed.
 */
public interface AuditLog {
  /**
   * Appends the entry's content at the end of its tenant's chain (its own chain fields are
   * ignored) and returns it as stored. An id that exists already is refused.
   */
  AuditEntry append(AuditEntry entry);

  /** Appends a new entry under a fresh id. */
  default AuditEntry record(TenantId tenant, Instant at, String actor, String action, String target,
      String reason) {
    return record(tenant, at, actor, action, target, reason, null, null);
  }

  /**
   * Appends a new entry under a fresh id, with the state before and after the action as a short
   * summary without personal data (at most {@link AuditEntry#MAX_STATE_LENGTH} characters each).
   */
  default AuditEntry record(TenantId tenant, Instant at, String actor, String action, String target,
      String reason, String before, String after) {
    return append(new AuditEntry(nextId(), tenant, at, actor, action, target, reason, before, after));
  }

  Optional<AuditEntry> find(TenantId tenant, String id);

  /** The newest entries first. */
  List<AuditEntry> recent(TenantId tenant, int limit);

  /** One page of the tenant's entries, newest first (paged in the database). */
  List<AuditEntry> page(TenantId tenant, int offset, int limit);

  /**
   * The chain in ascending sequence order: at most {@code limit} entries with a sequence above
   * {@code afterSequence}. A stored entry that cannot be read comes back with no hash, so that a
   * check finds it changed.
   */
  List<AuditEntry> chain(TenantId tenant, long afterSequence, int limit);

  long count(TenantId tenant);

  String nextId();
}
