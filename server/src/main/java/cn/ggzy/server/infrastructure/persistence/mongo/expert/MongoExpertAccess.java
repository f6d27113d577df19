package cn.ggzy.server.infrastructure.persistence.mongo.expert;

import cn.ggzy.server.domain.model.expert.ExpertAccess;
import cn.ggzy.server.infrastructure.persistence.mongo.BsonFields;
import cn.ggzy.tenants.RegionCode;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Optional;
import org.bson.Document;

/** Experts' page tokens, collection {@code expert_access}: the token's SHA-256 is the key; expired ones are removed as they are met. */
@ApplicationScoped
public class MongoExpertAccess implements ExpertAccess {
  public static final String COLLECTION = "expert_access";

  private MongoDatabase database;

  protected MongoExpertAccess() {}

  @Inject
  public MongoExpertAccess(MongoDatabase database) {
    this.database = database;
  }

  private MongoCollection<Document> grants() {
    return database.getCollection(COLLECTION);
  }

  @Override
  public void grant(RegionCode region, String tokenHash, String expertId, Instant until) {
    grants().insertOne(new Document("_id", tokenHash).append("region", region.value()).append("expertId", expertId)
        .append("until", BsonFields.date(until)));
  }

  @Override
  public Optional<Grant> open(String tokenHash, Instant now) {
    Document d = grants().find(new Document("_id", tokenHash)).first();
    if (d == null) {
      return Optional.empty();
    }
    Instant until = BsonFields.instant(d, "until");
    if (!now.isBefore(until)) {
      grants().deleteOne(new Document("_id", tokenHash));
      return Optional.empty();
    }
    return Optional.of(new Grant(RegionCode.of(d.getString("region")), d.getString("expertId"), until));
  }
}
