package cn.ggzy.server.infrastructure.persistence.mongo.credit;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.ne;

import cn.ggzy.server.domain.model.ConcurrentChangeException;
import cn.ggzy.server.domain.model.NotFoundException;
import cn.ggzy.server.domain.model.credit.CreditException;
import cn.ggzy.server.domain.model.credit.EntryId;
import cn.ggzy.server.domain.model.credit.RepairApplication;
import cn.ggzy.server.domain.model.credit.RepairId;
import cn.ggzy.server.domain.model.credit.RepairRepository;
import cn.ggzy.server.domain.model.credit.RepairStatus;
import cn.ggzy.server.domain.model.credit.SubjectId;
import cn.ggzy.server.infrastructure.persistence.mongo.Paging;
import cn.ggzy.server.infrastructure.persistence.mongo.VersionedWrites;
import cn.ggzy.tenants.RegionCode;
import cn.ggzy.tenants.TenantId;
import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Sorts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.bson.conversions.Bson;
import org.bson.types.ObjectId;
import org.eclipse.jnosql.databases.mongodb.mapping.MongoDBTemplate;

@ApplicationScoped
public class JnosqlRepairRepository implements RepairRepository {
  static final String COLLECTION = "credit_repairs";

  private MongoDBTemplate template;
  private VersionedWrites writes;
  private MongoDatabase database;

  protected JnosqlRepairRepository() {}

  @Inject
  public JnosqlRepairRepository(MongoDBTemplate template, VersionedWrites writes, MongoDatabase database) {
    this.template = template;
    this.writes = writes;
    this.database = database;
  }

  @Override
  public RepairId nextId() {
    return new RepairId(new ObjectId().toHexString());
  }

  @Override
  public Optional<RepairApplication> find(TenantId tenant, RepairId id) {
    return template.<RepairApplicationDocument>select(RepairApplicationDocument.class,
            and(eq("tenantId", tenant.value()), eq("_id", id.value())))
        .findFirst().map(RepairApplicationDocument::toApplication);
  }

  @Override
  public void store(TenantId tenant, RepairApplication application) {
    if (!application.tenantId().equals(tenant)) {
      throw new NotFoundException("repairId");
    }
    try {
      if (application.version() == 0) {
        template.insert(RepairApplicationDocument.of(application, 1));
        return;
      }
      boolean replaced = writes.replace(RepairApplicationDocument.of(application, application.version() + 1),
          VersionedWrites.guard(application.id().value(), tenant.value(), application.version()));
      if (!replaced) {
        if (find(tenant, application.id()).isPresent()) {
          throw new ConcurrentChangeException("repair");
        }
        throw new NotFoundException("repairId");
      }
    } catch (MongoWriteException e) {
      if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
        throw new CreditException("credit.repair.pending", "entryId");
      }
      throw e;
    }
  }

  @Override
  public List<RepairApplication> page(TenantId tenant, boolean openOnly, int offset, int limit) {
    return Paging.page(database, template, COLLECTION, RepairApplicationDocument.class, d -> d.id,
            filter(tenant, openOnly), Sorts.ascending("dueAt", "receivedAt", "_id"), offset, limit)
        .stream().map(RepairApplicationDocument::toApplication).toList();
  }

  @Override
  public long count(TenantId tenant, boolean openOnly) {
    return template.count(RepairApplicationDocument.class, filter(tenant, openOnly));
  }

  @Override
  public List<RepairApplication> forEntry(RegionCode region, EntryId entry) {
    return newest(and(eq("region", region.value()), eq("entryId", entry.value())));
  }

  @Override
  public List<RepairApplication> decidedFor(RegionCode region, SubjectId subject) {
    return newest(and(eq("region", region.value()), eq("subjectId", subject.value()),
        ne("status", RepairStatus.SUBMITTED.name())));
  }

  private List<RepairApplication> newest(Bson filter) {
    return Paging.page(database, template, COLLECTION, RepairApplicationDocument.class, d -> d.id, filter,
        Sorts.descending("receivedAt", "_id"), 0, 100).stream().map(RepairApplicationDocument::toApplication).toList();
  }

  private static Bson filter(TenantId tenant, boolean openOnly) {
    return openOnly ? and(eq("tenantId", tenant.value()), eq("status", RepairStatus.SUBMITTED.name()))
        : eq("tenantId", tenant.value());
  }
}
