package cn.ggzy.server.infrastructure.persistence.mongo.expert;

import static com.mongodb.client.model.Filters.eq;

import cn.ggzy.server.domain.model.ConcurrentChangeException;
import cn.ggzy.server.domain.model.NotFoundException;
import cn.ggzy.server.domain.model.expert.Disqualification;
import cn.ggzy.server.domain.model.expert.DisqualificationRepository;
import cn.ggzy.server.infrastructure.persistence.mongo.BsonFields;
import cn.ggzy.tenants.TenantId;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Sorts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.bson.Document;

/** Requests to cancel experts' qualifications, collection {@code expert_disqualifications}, per office tenant. */
@ApplicationScoped
public class MongoDisqualificationRepository implements DisqualificationRepository {
  public static final String COLLECTION = "expert_disqualifications";

  private MongoDatabase database;

  protected MongoDisqualificationRepository() {}

  @Inject
  public MongoDisqualificationRepository(MongoDatabase database) {
    this.database = database;
  }

  private MongoCollection<Document> requests() {
    return database.getCollection(COLLECTION);
  }

  @Override
  public String nextId() {
    return "XQ-" + UUID.randomUUID().toString().replace("-", "").substring(0, 16).toUpperCase();
  }

  @Override
  public Optional<Disqualification> find(TenantId tenant, String id) {
    return Optional.ofNullable(requests().find(new Document("_id", id).append("tenantId", tenant.value())).first())
        .map(MongoDisqualificationRepository::request);
  }

  @Override
  public Disqualification store(TenantId tenant, Disqualification r) {
    if (!r.tenant().equals(tenant)) {
      throw new NotFoundException("disqualificationId");
    }
    Document doc = new Document("_id", r.id()).append("tenantId", tenant.value())
        .append("region", tenant.region().value()).append("expertId", r.expertId())
        .append("caseNumber", r.caseNumber()).append("facts", r.facts()).append("legalBasis", r.legalBasis())
        .append("addressee", r.addressee()).append("state", r.state().name()).append("sentBy", r.sentBy())
        .append("sentAt", BsonFields.date(r.sentAt())).append("answerNote", r.answerNote())
        .append("answeredAt", BsonFields.date(r.answeredAt())).append("recordedBy", r.recordedBy())
        .append("version", r.version() + 1);
    BsonFields.storeVersioned(requests(), doc, "tenantId", r.version(),
        () -> new ConcurrentChangeException("disqualification"), "disqualification");
    return r.withVersion(r.version() + 1);
  }

  @Override
  public List<Disqualification> list(TenantId tenant, int offset, int limit) {
    return requests().find(eq("tenantId", tenant.value())).sort(Sorts.orderBy(Sorts.descending("sentAt"),
        Sorts.ascending("_id"))).skip(offset).limit(limit).map(MongoDisqualificationRepository::request)
        .into(new ArrayList<>());
  }

  @Override
  public long count(TenantId tenant) {
    return requests().countDocuments(eq("tenantId", tenant.value()));
  }

  @Override
  public List<Disqualification> ofExpert(TenantId tenant, String expertId) {
    return requests().find(new Document("tenantId", tenant.value()).append("expertId", expertId))
        .sort(Sorts.orderBy(Sorts.descending("sentAt"), Sorts.ascending("_id")))
        .map(MongoDisqualificationRepository::request).into(new ArrayList<>());
  }

  private static Disqualification request(Document d) {
    return new Disqualification(d.getString("_id"), TenantId.of(d.getString("tenantId")), d.getString("expertId"),
        d.getString("caseNumber"), d.getString("facts"), d.getString("legalBasis"), d.getString("addressee"),
        Disqualification.State.valueOf(d.getString("state")), d.getString("sentBy"), BsonFields.instant(d, "sentAt"),
        d.getString("answerNote"), BsonFields.instant(d, "answeredAt"), d.getString("recordedBy"),
        BsonFields.number(d, "version"));
  }
}
