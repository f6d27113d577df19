package cn.ggzy.server.infrastructure.persistence.mongo.review;

import static com.mongodb.client.model.Filters.eq;

import cn.ggzy.server.domain.model.ConcurrentChangeException;
import cn.ggzy.server.domain.model.review.RuleBookRepository;
import cn.ggzy.server.infrastructure.persistence.mongo.BsonFields;
import cn.ggzy.tenants.RegionCode;
import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bson.Document;

/**
 * Rule-book versions, collection {@code review_rulebooks}: one document per region and version,
 * never changed; the unique key (region, version) refuses a second save of the same version.
 */
@ApplicationScoped
public class MongoRuleBookRepository implements RuleBookRepository {
  public static final String COLLECTION = "review_rulebooks";
  private MongoDatabase database;

  protected MongoRuleBookRepository() {}

  @Inject
  public MongoRuleBookRepository(MongoDatabase database) {
    this.database = database;
  }

  private MongoCollection<Document> books() {
    return database.getCollection(COLLECTION);
  }

  @Override
  public Optional<Version> latest(RegionCode region) {
    return Optional.ofNullable(books().find(eq("region", region.value())).sort(Sorts.descending("version")).first())
        .map(MongoRuleBookRepository::version);
  }

  @Override
  public Optional<Version> version(RegionCode region, int version) {
    return Optional.ofNullable(books().find(new Document("_id", region.value() + ":" + version)).first())
        .map(MongoRuleBookRepository::version);
  }

  @Override
  public void save(RegionCode region, Version next) {
    int latest = latest(region).map(Version::version).orElse(0);
    if (next.version() != latest + 1) {
      throw new ConcurrentChangeException("ruleBook");
    }
    try {
      books().insertOne(new Document("_id", region.value() + ":" + next.version()).append("region", region.value())
          .append("version", next.version()).append("text", next.text()).append("by", next.by())
          .append("at", BsonFields.date(next.at())).append("note", next.note()));
    } catch (MongoWriteException e) {
      if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
        throw new ConcurrentChangeException("ruleBook");
      }
      throw e;
    }
  }

  @Override
  public List<Version> history(RegionCode region) {
    return books().find(eq("region", region.value())).projection(Projections.exclude("text"))
        .sort(Sorts.descending("version")).map(MongoRuleBookRepository::version).into(new ArrayList<>());
  }

  private static Version version(Document d) {
    return new Version(d.getInteger("version"), d.getString("text"), d.getString("by"), BsonFields.instant(d, "at"),
        d.getString("note"));
  }
}
