package cn.ggzy.server.infrastructure.persistence.jnosql;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;

import cn.ggzy.server.domain.model.audit.AuditEntry;
import cn.ggzy.server.domain.model.audit.AuditLog;
import cn.ggzy.tenants.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.bson.types.ObjectId;
import org.eclipse.jnosql.databases.mongodb.mapping.MongoDBTemplate;

@ApplicationScoped
public class JnosqlAuditLog implements AuditLog {
  private MongoDBTemplate template;

  protected JnosqlAuditLog() {}

  @Inject
  public JnosqlAuditLog(MongoDBTemplate template) {
    this.template = template;
  }

  @Override
  public void append(AuditEntry entry) {
    template.insert(AuditDocument.of(entry));
  }

  @Override
  public Optional<AuditEntry> find(TenantId tenant, String id) {
    return template.<AuditDocument>select(AuditDocument.class,
        and(eq("tenantId", tenant.value()), eq("_id", id))).findFirst().map(AuditDocument::toEntry);
  }

  @Override
  public List<AuditEntry> recent(TenantId tenant, int limit) {
    return template.<AuditDocument>select(AuditDocument.class, eq("tenantId", tenant.value()))
        .map(AuditDocument::toEntry)
        .sorted(Comparator.comparing(AuditEntry::at).reversed().thenComparing(AuditEntry::id, Comparator.reverseOrder()))
        .limit(limit)
        .toList();
  }

  @Override
  public long count(TenantId tenant) {
    return template.count(AuditDocument.class, eq("tenantId", tenant.value()));
  }

  @Override
  public String nextId() {
    return new ObjectId().toHexString();
  }
}
