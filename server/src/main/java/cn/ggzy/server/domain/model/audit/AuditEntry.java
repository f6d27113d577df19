package cn.ggzy.server.domain.model.audit;

import cn.ggzy.tenants.TenantId;
import cn.ggzy.tenants.TenantOwned;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * One audited action, kept by the tenant whose data was touched: who ({@code actor}) did what
 * ({@code action}) to which thing ({@code target}), when, why, and the state {@code before} and
 * {@code after} as a short summary (e.g. {@code status=ACCEPTED; due=2026-03-02}). Never holds
 * personal data (names, ID or phone numbers, identity of complainants): only ids and states.
 *
 * <p>The chain fields are set by the {@link AuditLog} when it appends the entry: {@code sequence}
 * (1, 2, 3 … per tenant), the {@code previousHash} of the entry before it and this entry's own
 * {@code hash} (see {@link AuditChain}). An entry not yet appended has sequence 0 and no hashes.
 * The time is kept to the millisecond, as it is stored.
 */
public record AuditEntry(String id, TenantId tenantId, Instant at, String actor, String action,
    String target, String reason, String before, String after, long sequence, String previousHash,
    String hash) implements TenantOwned {
  /** Longest {@code before} / {@code after} summary: a state, not a document. */
  public static final int MAX_STATE_LENGTH = 500;

  public AuditEntry {
    Objects.requireNonNull(id);
    Objects.requireNonNull(tenantId);
    Objects.requireNonNull(at);
    Objects.requireNonNull(actor);
    Objects.requireNonNull(action);
    at = at.truncatedTo(ChronoUnit.MILLIS);
    if (before != null && before.length() > MAX_STATE_LENGTH || after != null && after.length() > MAX_STATE_LENGTH) {
      throw new IllegalArgumentException("before/after must be a short summary of at most " + MAX_STATE_LENGTH
          + " characters");
    }
    if (PersonalData.appearsIn(before) || PersonalData.appearsIn(after)) {
      throw new IllegalArgumentException("before/after must not hold personal data (ID or mobile numbers)");
    }
    if (sequence < 0) {
      throw new IllegalArgumentException("sequence must not be negative");
    }
  }

  /** A new entry, not yet appended. */
  public AuditEntry(String id, TenantId tenantId, Instant at, String actor, String action, String target,
      String reason) {
    this(id, tenantId, at, actor, action, target, reason, null, null);
  }

  /** A new entry with the state before and after the action, not yet appended. */
  public AuditEntry(String id, TenantId tenantId, Instant at, String actor, String action, String target,
      String reason, String before, String after) {
    this(id, tenantId, at, actor, action, target, reason, before, after, 0, null, null);
  }

  /** True once the log has given the entry its place in the tenant's chain. */
  public boolean chained() {
    return sequence > 0;
  }

  /** This entry's content at a place in the chain; the hash is given by {@link AuditChain}. */
  AuditEntry placed(long sequence, String previousHash, String hash) {
    return new AuditEntry(id, tenantId, at, actor, action, target, reason, before, after, sequence,
        previousHash, hash);
  }
}
