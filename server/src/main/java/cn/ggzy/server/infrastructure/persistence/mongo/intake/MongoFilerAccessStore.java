package cn.ggzy.server.infrastructure.persistence.mongo.intake;

import static com.mongodb.client.model.Filters.eq;

import cn.ggzy.server.domain.model.intake.FilerAccessStore;
import cn.ggzy.server.infrastructure.persistence.mongo.MongoConnection;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bson.Document;

/**
 * "我的投诉" in MongoDB, each read and write by {@code _id}: {@code intake_filer_phones} (a number's
 * digest → its receipts), {@code intake_filer_codes} (a number's digest → the code last sent),
 * {@code intake_filer_sessions} (a token's digest → the number's digest and the end of the session),
 * {@code intake_filer_messages} (the ids of progress messages sent), {@code intake_filer_push} (a
 * receipt → the browsers' Web Push subscriptions to its progress).
 */
@ApplicationScoped
public class MongoFilerAccessStore implements FilerAccessStore {
  private static final String BACKFILLED = "filer-phones-backfilled";
  private static final int PUSHES_PER_RECEIPT = 5;
  private MongoConnection mongo;

  protected MongoFilerAccessStore() {}

  @Inject
  public MongoFilerAccessStore(MongoConnection mongo) {
    this.mongo = mongo;
  }

  private MongoCollection<Document> collection(String name) {
    return IntakeCollections.collection(mongo, name);
  }

  @Override
  public void addReceipt(String phoneKey, String receiptNumber) {
    collection(IntakeCollections.FILER_PHONES).updateOne(eq("_id", phoneKey),
        Updates.addToSet("receipts", receiptNumber), new UpdateOptions().upsert(true));
  }

  @Override
  public List<String> receipts(String phoneKey) {
    Document d = collection(IntakeCollections.FILER_PHONES).find(eq("_id", phoneKey)).first();
    return d == null ? List.of() : List.copyOf(d.getList("receipts", String.class, List.of()));
  }

  @Override
  public Optional<Code> code(String phoneKey) {
    Document d = collection(IntakeCollections.FILER_CODES).find(eq("_id", phoneKey)).first();
    return Optional.ofNullable(d).map(c -> new Code(phoneKey, c.getString("codeHash"), instant(c, "sentAt"),
        instant(c, "expiresAt"), c.getInteger("failures", 0), instant(c, "windowStart"),
        c.getInteger("sentInWindow", 0)));
  }

  @Override
  public void saveCode(Code c) {
    Document d = new Document("_id", c.phoneKey()).append("codeHash", c.codeHash())
        .append("sentAt", c.sentAt().toEpochMilli()).append("expiresAt", c.expiresAt().toEpochMilli())
        .append("failures", c.failures()).append("windowStart", c.windowStart().toEpochMilli())
        .append("sentInWindow", c.sentInWindow());
    collection(IntakeCollections.FILER_CODES).replaceOne(eq("_id", c.phoneKey()), d,
        new ReplaceOptions().upsert(true));
  }

  @Override
  public void saveSession(String tokenHash, String phoneKey, Instant expiresAt) {
    try {
      collection(IntakeCollections.FILER_SESSIONS).insertOne(new Document("_id", tokenHash)
          .append("phoneKey", phoneKey).append("expiresAt", expiresAt.toEpochMilli()));
    } catch (MongoWriteException e) {
      if (!IntakeCollections.duplicate(e)) {
        throw e;
      }
    }
  }

  @Override
  public Optional<String> session(String tokenHash, Instant now) {
    Document d = collection(IntakeCollections.FILER_SESSIONS).find(eq("_id", tokenHash)).first();
    if (d == null) {
      return Optional.empty();
    }
    if (instant(d, "expiresAt").isAfter(now)) {
      return Optional.of(d.getString("phoneKey"));
    }
    collection(IntakeCollections.FILER_SESSIONS).deleteOne(eq("_id", tokenHash));
    return Optional.empty();
  }

  @Override
  public void addPush(String receiptNumber, PushSubscription sub) {
    List<PushSubscription> all = new ArrayList<>(pushes(receiptNumber));
    all.removeIf(p -> p.endpoint().equals(sub.endpoint()));
    all.add(sub);
    while (all.size() > PUSHES_PER_RECEIPT) {
      all.remove(0);
    }
    Document d = new Document("_id", receiptNumber).append("subscriptions", all.stream()
        .map(p -> new Document("endpoint", p.endpoint()).append("p256dh", p.p256dh()).append("auth", p.auth()))
        .toList());
    collection(IntakeCollections.FILER_PUSH).replaceOne(eq("_id", receiptNumber), d, new ReplaceOptions().upsert(true));
  }

  @Override
  public List<PushSubscription> pushes(String receiptNumber) {
    Document d = collection(IntakeCollections.FILER_PUSH).find(eq("_id", receiptNumber)).first();
    return d == null ? List.of() : d.getList("subscriptions", Document.class, List.of()).stream()
        .map(p -> new PushSubscription(p.getString("endpoint"), p.getString("p256dh"), p.getString("auth"))).toList();
  }

  @Override
  public void removePush(String receiptNumber, String endpoint) {
    collection(IntakeCollections.FILER_PUSH).updateOne(eq("_id", receiptNumber),
        Updates.pull("subscriptions", new Document("endpoint", endpoint)));
  }

  @Override
  public boolean firstMessage(String id, Instant at) {
    try {
      collection(IntakeCollections.FILER_MESSAGES).insertOne(new Document("_id", id).append("at", at.toEpochMilli()));
      return true;
    } catch (MongoWriteException e) {
      if (!IntakeCollections.duplicate(e)) {
        throw e;
      }
      return false;
    }
  }

  @Override
  public boolean backfilled() {
    return collection(IntakeCollections.META).find(eq("_id", BACKFILLED)).first() != null;
  }

  @Override
  public void markBackfilled() {
    collection(IntakeCollections.META).replaceOne(eq("_id", BACKFILLED), new Document("_id", BACKFILLED),
        new ReplaceOptions().upsert(true));
  }

  private static Instant instant(Document d, String field) {
    return Instant.ofEpochMilli(((Number) d.get(field)).longValue());
  }
}
