package cn.ggzy.server.infrastructure.persistence.mongo.inspection;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;

import cn.ggzy.server.domain.model.NotFoundException;
import cn.ggzy.server.domain.model.inspection.CertifiedInspector;
import cn.ggzy.server.domain.model.inspection.InspectionException;
import cn.ggzy.server.domain.model.inspection.InspectorRoster;
import cn.ggzy.server.infrastructure.persistence.mongo.VersionedWrites;
import cn.ggzy.tenants.OfficeScope;
import cn.ggzy.tenants.TenantId;
import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoDatabase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.bson.conversions.Bson;
import org.eclipse.jnosql.databases.mongodb.mapping.MongoDBTemplate;

/**
 * The inspector rosters in MongoDB; the unique index {@code region_certificate} keeps a certificate
 * number to one officer of the region.
 */
@ApplicationScoped
public class JnosqlInspectorRoster implements InspectorRoster {
  static final String COLLECTION = "inspection_inspectors";
  private MongoDBTemplate template;
  private VersionedWrites writes;
  private MongoDatabase database;

  protected JnosqlInspectorRoster() {}

  @Inject
  public JnosqlInspectorRoster(MongoDBTemplate template, VersionedWrites writes, MongoDatabase database) {
    this.template = template;
    this.writes = writes;
    this.database = database;
  }

  @Override
  public void store(TenantId tenant, CertifiedInspector inspector) {
    if (!inspector.tenantId().equals(tenant)) {
      throw new NotFoundException("login");
    }
    InspectorDocument d = InspectorDocument.of(inspector);
    try {
      if (!writes.replace(d, VersionedWrites.owned(d.id, tenant.value()))) {
        template.insert(d);
      }
    } catch (MongoWriteException e) {
      if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
        throw new InspectionException("inspection.inspector.certificate.taken", "certificateNumber");
      }
      throw e;
    }
  }

  @Override
  public Optional<CertifiedInspector> find(TenantId tenant, String login) {
    return select(and(eq("tenantId", tenant.value()), eq("_id", InspectorDocument.id(tenant, login))))
        .stream().findFirst();
  }

  @Override
  public List<CertifiedInspector> list(TenantId tenant) {
    return select(eq("tenantId", tenant.value()));
  }

  @Override
  public long count(TenantId tenant) {
    return template.count(InspectorDocument.class, eq("tenantId", tenant.value()));
  }

  @Override
  public boolean remove(TenantId tenant, String login) {
    return database.getCollection(COLLECTION).deleteOne(and(eq("tenantId", tenant.value()),
        eq("_id", InspectorDocument.id(tenant, login)))).getDeletedCount() == 1;
  }

  @Override
  public List<CertifiedInspector> list(OfficeScope scope, Set<TenantId> departments) {
    return select(and(eq("region", scope.region().value()),
        in("tenantId", departments.stream().filter(scope::covers).map(TenantId::value).toList())));
  }

  private List<CertifiedInspector> select(Bson filter) {
    return template.<InspectorDocument>select(InspectorDocument.class, filter)
        .map(InspectorDocument::toInspector)
        .sorted(Comparator.comparing((CertifiedInspector i) -> i.tenantId().value())
            .thenComparing(CertifiedInspector::login))
        .toList();
  }
}
