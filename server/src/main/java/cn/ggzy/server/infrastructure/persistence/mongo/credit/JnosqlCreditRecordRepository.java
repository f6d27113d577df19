package cn.ggzy.server.infrastructure.persistence.mongo.credit;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;

import cn.ggzy.server.domain.model.ConcurrentChangeException;
import cn.ggzy.server.domain.model.NotFoundException;
import cn.ggzy.server.domain.model.credit.CreditException;
import cn.ggzy.server.domain.model.credit.CreditRecord;
import cn.ggzy.server.domain.model.credit.CreditRecordRepository;
import cn.ggzy.server.domain.model.credit.RecordId;
import cn.ggzy.server.domain.model.credit.RecordStatus;
import cn.ggzy.server.domain.model.credit.SubjectId;
import cn.ggzy.server.infrastructure.persistence.mongo.Paging;
import cn.ggzy.server.infrastructure.persistence.mongo.VersionedWrites;
import cn.ggzy.tenants.OfficeScope;
import cn.ggzy.tenants.RegionCode;
import cn.ggzy.tenants.TenantId;
import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Sorts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bson.conversions.Bson;
import org.bson.types.ObjectId;
import org.eclipse.jnosql.databases.mongodb.mapping.MongoDBTemplate;

@ApplicationScoped
public class JnosqlCreditRecordRepository implements CreditRecordRepository {
  static final String COLLECTION = "credit_records";
  private static final Bson NEWEST = Sorts.descending("decidedOn", "enteredAt", "_id");

  private MongoDBTemplate template;
  private VersionedWrites writes;
  private MongoDatabase database;

  protected JnosqlCreditRecordRepository() {}

  @Inject
  public JnosqlCreditRecordRepository(MongoDBTemplate template, VersionedWrites writes, MongoDatabase database) {
    this.template = template;
    this.writes = writes;
    this.database = database;
  }

  @Override
  public RecordId nextId() {
    return new RecordId(new ObjectId().toHexString());
  }

  @Override
  public Optional<CreditRecord> find(TenantId tenant, RecordId id) {
    return first(and(eq("tenantId", tenant.value()), eq("_id", id.value())));
  }

  @Override
  public Optional<CreditRecord> findByCase(TenantId tenant, String caseId) {
    return first(and(eq("tenantId", tenant.value()), eq("caseId", caseId)));
  }

  @Override
  public void store(TenantId tenant, CreditRecord record) {
    if (!record.tenantId().equals(tenant)) {
      throw new NotFoundException("recordId");
    }
    if (record.version() == 0) {
      try {
        template.insert(CreditRecordDocument.of(record, 1));
      } catch (MongoWriteException e) {
        if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
          throw new CreditException("credit.record.caseRecorded", "caseId");
        }
        throw e;
      }
      return;
    }
    boolean replaced = writes.replace(CreditRecordDocument.of(record, record.version() + 1),
        VersionedWrites.guard(record.id().value(), tenant.value(), record.version()));
    if (!replaced) {
      if (find(tenant, record.id()).isPresent()) {
        throw new ConcurrentChangeException("record");
      }
      throw new NotFoundException("recordId");
    }
  }

  @Override
  public List<CreditRecord> page(TenantId tenant, RecordStatus status, int offset, int limit) {
    return page(filter(eq("tenantId", tenant.value()), status), offset, limit);
  }

  @Override
  public long count(TenantId tenant, RecordStatus status) {
    return template.count(CreditRecordDocument.class, filter(eq("tenantId", tenant.value()), status));
  }

  @Override
  public List<CreditRecord> page(OfficeScope scope, RecordStatus status, int offset, int limit) {
    return page(filter(eq("region", scope.region().value()), status), offset, limit);
  }

  @Override
  public long count(OfficeScope scope, RecordStatus status) {
    return template.count(CreditRecordDocument.class, filter(eq("region", scope.region().value()), status));
  }

  @Override
  public List<CreditRecord> inForce(RegionCode region, SubjectId subject) {
    return template.<CreditRecordDocument>select(CreditRecordDocument.class, and(eq("region", region.value()),
            eq("subjectId", subject.value()), eq("status", RecordStatus.IN_FORCE.name())))
        .map(CreditRecordDocument::toRecord).toList();
  }

  @Override
  public List<SubjectId> withPositiveRecords(RegionCode region) {
    return CreditQueries.distinct(database, COLLECTION, "subjectId", and(eq("region", region.value()),
            eq("positive", true), eq("status", RecordStatus.IN_FORCE.name())))
        .stream().map(SubjectId::new).toList();
  }

  private static Bson filter(Bson owner, RecordStatus status) {
    List<Bson> parts = new ArrayList<>(List.of(owner));
    if (status != null) {
      parts.add(eq("status", status.name()));
    }
    return CreditQueries.all(parts);
  }

  private List<CreditRecord> page(Bson filter, int offset, int limit) {
    return Paging.page(database, template, COLLECTION, CreditRecordDocument.class, d -> d.id, filter, NEWEST,
        offset, limit).stream().map(CreditRecordDocument::toRecord).toList();
  }

  private Optional<CreditRecord> first(Bson filter) {
    return template.<CreditRecordDocument>select(CreditRecordDocument.class, filter).findFirst()
        .map(CreditRecordDocument::toRecord);
  }
}
