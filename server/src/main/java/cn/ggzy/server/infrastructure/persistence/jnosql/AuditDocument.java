package cn.ggzy.server.infrastructure.persistence.jnosql;

import cn.ggzy.server.domain.model.audit.AuditEntry;
import cn.ggzy.tenants.TenantId;
import jakarta.nosql.Column;
import jakarta.nosql.Entity;
import jakarta.nosql.Id;
import java.time.Instant;

/** Stored form of an {@link AuditEntry}. */
@Entity("audit")
public class AuditDocument {
  @Id String id;
  @Column String tenantId;
  @Column long at;
  @Column String actor;
  @Column String action;
  @Column String target;
  @Column String reason;

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
    return d;
  }

  AuditEntry toEntry() {
    return new AuditEntry(id, TenantId.of(tenantId), Instant.ofEpochMilli(at), actor, action, target, reason);
  }
}
