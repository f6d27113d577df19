package cn.ggzy.server.infrastructure.persistence.mongo.audit;

import cn.ggzy.server.domain.model.audit.AuditEntry;
import cn.ggzy.tenants.TenantId;
import jakarta.nosql.Column;
import jakarta.nosql.Entity;
import jakarta.nosql.Id;
import java.time.Instant;
import org.bson.Document;

/** Stored form of an {@link AuditEntry}, one link of its tenant's hash chain. */
@Entity("audit")
public class AuditDocument {
  @Id String id;
  @Column String tenantId;
  @Column long at;
  @Column String actor;
  @Column String action;
  @Column String target;
  @Column String reason;
  @Column String before;
  @Column String after;
  @Column long sequence;
  @Column String previousHash;
  @Column String hash;

  public AuditDocument() {}

  static AuditDocument of(AuditEntry e) {
    AuditDocument d = new AuditDocument();
    d.id = e.id();
    d.tenantId = e.tenantId().value();
    d.at = e.at().toEpochMilli();
    d.actor = e.actor();
    d.action = e.action();
    d.target = e.target();
    d.reason = e.reason();
    d.before = e.before();
    d.after = e.after();
    d.sequence = e.sequence();
    d.previousHash = e.previousHash();
    d.hash = e.hash();
    return d;
  }

  AuditEntry toEntry() {
    return new AuditEntry(id, TenantId.of(tenantId), Instant.ofEpochMilli(at), actor, action, target, reason,
        before, after, sequence, previousHash, hash);
  }

  /**
   * The entry of a document read with the driver. A document that is no longer a valid entry (a
   * field removed or of the wrong type) comes back as an entry without hash, which no check accepts.
   */
  static AuditEntry read(Document d, TenantId tenant) {
    long sequence = d.get("sequence") instanceof Number n ? n.longValue() : 0;
    try {
      return new AuditEntry(d.getString("_id"), TenantId.of(d.getString("tenantId")),
          Instant.ofEpochMilli(((Number) d.get("at")).longValue()), d.getString("actor"), d.getString("action"),
          d.getString("target"), d.getString("reason"), d.getString("before"), d.getString("after"), sequence,
          d.getString("previousHash"), d.getString("hash"));
    } catch (RuntimeException unreadable) {
      return new AuditEntry("?", tenant, Instant.EPOCH, "?", "?", null, null, null, null, sequence, null, null);
    }
  }
}
