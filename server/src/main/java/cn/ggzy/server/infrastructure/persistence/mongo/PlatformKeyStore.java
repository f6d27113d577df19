package cn.ggzy.server.infrastructure.persistence.mongo;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.function.Supplier;
import java.util.logging.Logger;
import org.bson.Document;

/**
 * The platform's own key pairs ({@code platform_keys}: the token signing key, the Web Push key):
 * generated once, by whichever node starts first, and read by every node, so that all of them sign
 * with the same key and what was signed survives restarts.
 */
@ApplicationScoped
public class PlatformKeyStore {
  private static final Logger LOG = Logger.getLogger(PlatformKeyStore.class.getName());
  static final String COLLECTION = "platform_keys";

  /** A stored key pair, each part in the text form its user chose (base64 of an encoding). */
  public record StoredPair(String publicPart, String privatePart) {}

  private MongoDatabase database;

  protected PlatformKeyStore() {}

  @Inject
  public PlatformKeyStore(MongoDatabase database) {
    this.database = database;
  }

  /**
   * The pair stored under {@code id}; when there is none yet, {@code generate}'s, stored first. Two
   * nodes that start together both generate; the first insert wins and both answer its pair.
   */
  public StoredPair pair(String id, Supplier<StoredPair> generate) {
    MongoCollection<Document> keys = database.getCollection(COLLECTION);
    Document stored = keys.find(Filters.eq("_id", id)).first();
    if (stored == null) {
      StoredPair generated = generate.get();
      Document fresh = new Document("_id", id)
          .append("public", generated.publicPart())
          .append("private", generated.privatePart());
      if (Inserts.ifAbsent(keys, fresh)) {
        LOG.info(() -> "Generated the key pair " + id);
        stored = fresh;
      } else {
        stored = keys.find(Filters.eq("_id", id)).first();
      }
    }
    return new StoredPair(stored.getString("public"), stored.getString("private"));
  }
}
