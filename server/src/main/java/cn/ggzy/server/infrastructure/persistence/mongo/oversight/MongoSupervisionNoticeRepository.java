package cn.ggzy.server.infrastructure.persistence.mongo.oversight;

import static com.mongodb.client.model.Filters.eq;

import cn.ggzy.server.domain.model.StateConflictException;
import cn.ggzy.server.domain.model.oversight.SupervisionNotice;
import cn.ggzy.server.domain.model.oversight.SupervisionNoticeRepository;
import cn.ggzy.server.infrastructure.persistence.mongo.BsonFields;
import cn.ggzy.tenants.RegionCode;
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

/** 督办 notices, collection {@code oversight_notices}: one document per notice, compare-and-set on its version. */
@ApplicationScoped
public class MongoSupervisionNoticeRepository implements SupervisionNoticeRepository {
  public static final String COLLECTION = "oversight_notices";
  private MongoDatabase database;

  protected MongoSupervisionNoticeRepository() {}

  @Inject
  public MongoSupervisionNoticeRepository(MongoDatabase database) {
    this.database = database;
  }

  private MongoCollection<Document> notices() {
    return database.getCollection(COLLECTION);
  }

  @Override
  public String nextId() {
    return "DB-" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toUpperCase();
  }

  @Override
  public void store(RegionCode region, SupervisionNotice n, long readVersion) {
    if (!n.region().equals(region)) {
      throw new IllegalArgumentException("a notice belongs to its region");
    }
    Document doc = new Document("_id", n.id()).append("region", region.value())
        .append("tenantId", n.department().value()).append("about", n.about()).append("text", n.text())
        .append("issuedBy", n.issuedBy()).append("issuedAt", BsonFields.date(n.issuedAt()))
        .append("dueOn", BsonFields.day(n.dueOn())).append("reply", n.reply()).append("repliedBy", n.repliedBy())
        .append("repliedAt", BsonFields.date(n.repliedAt()))
        .append("version", n.version());
    BsonFields.storeVersioned(notices(), doc, "region", readVersion,
        () -> new StateConflictException("oversight.notice.exists", "noticeId"), "notice");
  }

  @Override
  public Optional<SupervisionNotice> find(RegionCode region, String id) {
    return Optional.ofNullable(notices().find(new Document("_id", id).append("region", region.value())).first())
        .map(MongoSupervisionNoticeRepository::notice);
  }

  @Override
  public List<SupervisionNotice> list(RegionCode region, int limit) {
    return notices().find(eq("region", region.value())).sort(Sorts.descending("issuedAt")).limit(limit)
        .map(MongoSupervisionNoticeRepository::notice).into(new ArrayList<>());
  }

  @Override
  public List<SupervisionNotice> list(TenantId department, int limit) {
    return notices().find(eq("tenantId", department.value())).sort(Sorts.descending("issuedAt")).limit(limit)
        .map(MongoSupervisionNoticeRepository::notice).into(new ArrayList<>());
  }

  private static SupervisionNotice notice(Document d) {
    return new SupervisionNotice(d.getString("_id"), RegionCode.of(d.getString("region")),
        TenantId.of(d.getString("tenantId")), d.getString("about"), d.getString("text"), d.getString("issuedBy"),
        BsonFields.instant(d, "issuedAt"), BsonFields.localDate(d, "dueOn"), d.getString("reply"),
        d.getString("repliedBy"), BsonFields.instant(d, "repliedAt"),
        BsonFields.number(d, "version"));
  }
}
