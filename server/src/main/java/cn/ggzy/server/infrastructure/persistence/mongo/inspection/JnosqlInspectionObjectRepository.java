package cn.ggzy.server.infrastructure.persistence.mongo.inspection;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;

import cn.ggzy.server.domain.model.NotFoundException;
import cn.ggzy.server.domain.model.inspection.InspectionObject;
import cn.ggzy.server.domain.model.inspection.InspectionObjectRepository;
import cn.ggzy.server.infrastructure.persistence.mongo.VersionedWrites;
import cn.ggzy.tenants.OfficeScope;
import cn.ggzy.tenants.TenantId;
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
 * The rosters of inspection objects in MongoDB. Every filter starts with the tenant (or, for the
 * office, the region); an entry is replaced only under its own tenant's filter.
 */
@ApplicationScoped
public class JnosqlInspectionObjectRepository implements InspectionObjectRepository {
  static final String COLLECTION = "inspection_objects";
  private MongoDBTemplate template;
  private VersionedWrites writes;
  private MongoDatabase database;

  protected JnosqlInspectionObjectRepository() {}

  @Inject
  public JnosqlInspectionObjectRepository(MongoDBTemplate template, VersionedWrites writes, MongoDatabase database) {
    this.template = template;
    this.writes = writes;
    this.database = database;
  }

  @Override
  public void store(TenantId tenant, InspectionObject object) {
    if (!object.tenantId().equals(tenant)) {
      throw new NotFoundException("code");
    }
    InspectionObjectDocument d = InspectionObjectDocument.of(object);
    if (!writes.replace(d, VersionedWrites.owned(d.id, tenant.value()))) {
      template.insert(d);
    }
  }

  @Override
  public Optional<InspectionObject> find(TenantId tenant, String code) {
    return select(and(eq("tenantId", tenant.value()), eq("_id", InspectionObjectDocument.id(tenant, code))))
        .stream().findFirst();
  }

  @Override
  public List<InspectionObject> list(TenantId tenant) {
    return select(eq("tenantId", tenant.value()));
  }

  @Override
  public long count(TenantId tenant) {
    return template.count(InspectionObjectDocument.class, eq("tenantId", tenant.value()));
  }

  @Override
  public boolean remove(TenantId tenant, String code) {
    return database.getCollection(COLLECTION).deleteOne(and(eq("tenantId", tenant.value()),
        eq("_id", InspectionObjectDocument.id(tenant, code)))).getDeletedCount() == 1;
  }

  @Override
  public List<InspectionObject> list(OfficeScope scope, Set<TenantId> departments) {
    return select(and(eq("region", scope.region().value()),
        in("tenantId", departments.stream().filter(scope::covers).map(TenantId::value).toList())));
  }

  private List<InspectionObject> select(Bson filter) {
    return template.<InspectionObjectDocument>select(InspectionObjectDocument.class, filter)
        .map(InspectionObjectDocument::toObject)
        .sorted(Comparator.comparing((InspectionObject o) -> o.tenantId().value()).thenComparing(InspectionObject::code))
        .toList();
  }
}
