package cn.ggzy.server.infrastructure.persistence.mongo.intake;

import static com.mongodb.client.model.Filters.eq;

import cn.ggzy.server.domain.model.intake.AbuseCounters;
import cn.ggzy.server.infrastructure.persistence.mongo.MongoConnection;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Date;
import java.util.concurrent.TimeUnit;
import org.bson.Document;

/**
 * The abuse counters in MongoDB: {@code intake_challenges} (one document per used challenge,
 * {@code _id} = its nonce: the first insert wins) and {@code intake_rates} (one per key and window,
 * counted with {@code $inc}). Both carry {@code expireAt} with a TTL index, so MongoDB removes
 * them. Shared only with a configured MongoDB: the embedded database lives inside one node (and
 * runs no TTL indexes), so there each node's memory is used alone.
 */
@ApplicationScoped
public class MongoAbuseCounters implements AbuseCounters {
  static final String CHALLENGES = "intake_challenges";
  static final String RATES = "intake_rates";
  private MongoConnection mongo;
  private boolean shared;

  protected MongoAbuseCounters() {}

  @Inject
  public MongoAbuseCounters(MongoConnection mongo) {
    this(mongo, !mongo.embedded());
  }

  /** With {@code shared} given (tests: two nodes on the embedded database). */
  public MongoAbuseCounters(MongoConnection mongo, boolean shared) {
    this.mongo = mongo;
    this.shared = shared;
  }

  /** Called at start-up. */
  public static void ensureIndexes(MongoConnection mongo) {
    for (String name : new String[] {CHALLENGES, RATES}) {
      mongo.database().getCollection(name).createIndex(Indexes.ascending("expireAt"),
          new IndexOptions().name("expire").expireAfter(0L, TimeUnit.SECONDS));
    }
  }

  @Override
  public boolean shared() {
    return shared;
  }

  @Override
  public boolean claimChallenge(String nonce, String keyHash, Instant expires) {
    try {
      challenges().insertOne(new Document("_id", nonce).append("keyHash", keyHash)
          .append("expireAt", Date.from(expires)));
      return true;
    } catch (MongoWriteException e) {
      if (!IntakeCollections.duplicate(e)) {
        throw e;
      }
      Document used = challenges().find(eq("_id", nonce)).first();
      return used == null || keyHash.equals(used.getString("keyHash"));
    }
  }

  @Override
  public long count(String key, Instant windowStart, Instant windowEnd) {
    String id = key + "|" + windowStart.getEpochSecond();
    Document counted = rates().findOneAndUpdate(eq("_id", id),
        Updates.combine(Updates.inc("n", 1L), Updates.setOnInsert("expireAt", Date.from(windowEnd))),
        new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.AFTER));
    return counted == null ? 1 : ((Number) counted.get("n")).longValue();
  }

  private MongoCollection<Document> challenges() {
    return mongo.database().getCollection(CHALLENGES);
  }

  private MongoCollection<Document> rates() {
    return mongo.database().getCollection(RATES);
  }
}
