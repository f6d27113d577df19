package cn.ggzy.server.infrastructure.persistence.mongo.credit;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;

import cn.ggzy.server.domain.model.credit.CreditSubject;
import cn.ggzy.server.domain.model.credit.SubjectId;
import cn.ggzy.server.domain.model.credit.SubjectIdentity;
import cn.ggzy.server.domain.model.credit.SubjectRepository;
import cn.ggzy.server.infrastructure.persistence.mongo.Paging;
import cn.ggzy.tenants.RegionCode;
import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Sorts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.bson.conversions.Bson;
import org.bson.types.ObjectId;
import org.eclipse.jnosql.databases.mongodb.mapping.MongoDBTemplate;

/** The region's credit subjects; registration races on the unique index {@code region_key}. */
@ApplicationScoped
public class JnosqlSubjectRepository implements SubjectRepository {
  static final String COLLECTION = "credit_subjects";
  private MongoDBTemplate template;
  private MongoDatabase database;

  protected JnosqlSubjectRepository() {}

  @Inject
  public JnosqlSubjectRepository(MongoDBTemplate template, MongoDatabase database) {
    this.template = template;
    this.database = database;
  }

  @Override
  public CreditSubject register(RegionCode region, SubjectIdentity identity) {
    Optional<CreditSubject> known = findByKey(region, identity.key());
    if (known.isPresent()) {
      return known.get();
    }
    CreditSubject fresh = new CreditSubject(new SubjectId(new ObjectId().toHexString()), region, identity);
    try {
      template.insert(CreditSubjectDocument.of(fresh));
      return fresh;
    } catch (MongoWriteException e) {
      if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
        throw e;
      }
      return findByKey(region, identity.key()).orElseThrow(() -> e);
    }
  }

  @Override
  public Optional<CreditSubject> find(RegionCode region, SubjectId id) {
    return first(and(eq("region", region.value()), eq("_id", id.value())));
  }

  @Override
  public Optional<CreditSubject> findByKey(RegionCode region, String key) {
    return first(and(eq("region", region.value()), eq("key", key)));
  }

  @Override
  public List<CreditSubject> page(RegionCode region, Collection<SubjectId> ids, int offset, int limit) {
    if (ids.isEmpty()) {
      return List.of();
    }
    Bson filter = and(eq("region", region.value()), in("_id", ids.stream().map(SubjectId::value).toList()));
    return Paging.page(database, template, COLLECTION, CreditSubjectDocument.class, d -> d.id, filter,
        Sorts.ascending("subjectName", "_id"), offset, limit).stream().map(CreditSubjectDocument::toSubject).toList();
  }

  @Override
  public List<CreditSubject> page(RegionCode region, int offset, int limit) {
    return Paging.page(database, template, COLLECTION, CreditSubjectDocument.class, d -> d.id,
        eq("region", region.value()), Sorts.ascending("subjectName", "_id"), offset, limit).stream()
        .map(CreditSubjectDocument::toSubject).toList();
  }

  @Override
  public long count(RegionCode region) {
    return template.count(CreditSubjectDocument.class, eq("region", region.value()));
  }

  private Optional<CreditSubject> first(Bson filter) {
    return template.<CreditSubjectDocument>select(CreditSubjectDocument.class, filter).findFirst()
        .map(CreditSubjectDocument::toSubject);
  }
}
