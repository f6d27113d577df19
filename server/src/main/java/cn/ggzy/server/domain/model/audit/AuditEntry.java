package cn.ggzy.server.domain.model.audit;

import cn.ggzy.tenants.TenantId;
import cn.ggzy.tenants.TenantOwned;
import java.time.Instant;
import java.util.Objects;

/** One audited action, kept by the tenant whose data was touched. Never holds personal data in clear. */
public record AuditEntry(String id, TenantId tenantId, Instant at, String actor, String action,
    String target, String reason) implements TenantOwned {
  public AuditEntry {
    Objects.requireNonNull(id);
    Objects.requireNonNull(tenantId);
    Objects.requireNonNull(at);
    Objects.requireNonNull(actor);
    Objects.requireNonNull(action);
  }
}
