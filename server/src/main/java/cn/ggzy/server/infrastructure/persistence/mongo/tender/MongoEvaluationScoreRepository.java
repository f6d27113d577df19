package cn.ggzy.server.infrastructure.persistence.mongo.tender;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;

import cn.ggzy.server.domain.model.NotFoundException;
import cn.ggzy.server.domain.model.tender.EvaluationScore;
import cn.ggzy.server.domain.model.tender.EvaluationScoreRepository;
import cn.ggzy.server.domain.model.tender.SectionKey;
import cn.ggzy.server.domain.model.tender.Stored;
import cn.ggzy.tenants.OfficeScope;
import cn.ggzy.tenants.TenantId;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.ReplaceOptions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import org.bson.conversions.Bson;

/** Evaluation scores ({@code evaluation_scores}), one record per section, expert, bidder and item, with tenant and region. */
@ApplicationScoped
public class MongoEvaluationScoreRepository implements EvaluationScoreRepository {
  static final String COLLECTION = "evaluation_scores";

  private MongoDatabase database;

  protected MongoEvaluationScoreRepository() {}

  @Inject
  public MongoEvaluationScoreRepository(MongoDatabase database) {
    this.database = database;
  }

  private MongoCollection<Document> collection() {
    return database.getCollection(COLLECTION);
  }

  @Override
  public Stored store(TenantId tenant, EvaluationScore score) {
    if (!score.tenant().equals(tenant)) {
      throw new NotFoundException("tenant");
    }
    String id = tenant.value() + "/" + score.key();
    Document earlier = collection().find(and(eq("_id", id), eq("tenantId", tenant.value()))).first();
    if (earlier != null && earlier.getDouble("score") == score.score()) {
      return Stored.UNCHANGED;
    }
    Document d = new Document("_id", id).append("tenantId", tenant.value()).append("region", tenant.region().value())
        .append("projectCode", score.section().projectCode()).append("sectionCode", score.section().sectionCode())
        .append("expertId", score.expertId()).append("bidderCode", score.bidderCode()).append("item", score.item())
        .append("score", score.score()).append("importedAt", score.importedAt().toEpochMilli());
    collection().replaceOne(and(eq("_id", id), eq("tenantId", tenant.value())), d, new ReplaceOptions().upsert(true));
    return earlier == null ? Stored.NEW : Stored.REPLACED;
  }

  @Override
  public List<EvaluationScore> section(TenantId tenant, SectionKey section) {
    return read(and(eq("tenantId", tenant.value()), eq("projectCode", section.projectCode()),
        eq("sectionCode", section.sectionCode())));
  }

  @Override
  public List<EvaluationScore> all(TenantId tenant) {
    return read(eq("tenantId", tenant.value()));
  }

  @Override
  public List<EvaluationScore> all(OfficeScope scope) {
    return read(eq("region", scope.region().value()));
  }

  private List<EvaluationScore> read(Bson filter) {
    List<EvaluationScore> scores = new ArrayList<>();
    for (Document d : collection().find(filter)) {
      scores.add(new EvaluationScore(TenantId.of(d.getString("tenantId")), new SectionKey(d.getString("projectCode"),
          d.getString("sectionCode")), d.getString("expertId"), d.getString("bidderCode"), d.getString("item"),
          d.getDouble("score"), Instant.ofEpochMilli(d.getLong("importedAt"))));
    }
    return scores;
  }
}
