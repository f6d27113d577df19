package cn.ggzy.server.infrastructure.persistence.mongo.notification;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.lte;

import cn.ggzy.server.domain.model.notification.Delivery;
import cn.ggzy.server.domain.model.notification.DeliveryRepository;
import cn.ggzy.server.domain.model.notification.DeviceChannel;
import cn.ggzy.server.infrastructure.persistence.mongo.Inserts;
import cn.ggzy.tenants.TenantId;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.bson.Document;

/**
 * Deliveries ({@code deliveries}, one per notification and device) and their claims
 * ({@code delivery_claims}, one per delivery and attempt: the unique key that lets exactly one
 * worker of the cluster send an attempt).
 */
@ApplicationScoped
public class MongoDeliveryRepository implements DeliveryRepository {
  static final String COLLECTION = "deliveries";
  static final String CLAIMS = "delivery_claims";
  private MongoDatabase database;

  protected MongoDeliveryRepository() {}

  @Inject
  public MongoDeliveryRepository(MongoDatabase database) {
    this.database = database;
  }

  @Override
  public boolean add(Delivery d) {
    return Inserts.ifAbsent(deliveries(), new Document("_id", d.id())
        .append("tenantId", d.tenant().value())
        .append("login", d.login())
        .append("deviceId", d.deviceId())
        .append("channel", d.channel().name())
        .append("language", d.language().toLanguageTag())
        .append("notification", NotificationDocuments.of(d.notification()))
        .append("attempt", d.attempt())
        .append("nextAttemptAt", d.nextAttemptAt().toEpochMilli())
        .append("status", d.status().name()));
  }

  @Override
  public List<Delivery> due(TenantId tenant, Instant now, int limit) {
    List<Delivery> due = new ArrayList<>();
    deliveries().find(and(eq("tenantId", tenant.value()), eq("status", Delivery.Status.PENDING.name()),
            lte("nextAttemptAt", now.toEpochMilli())))
        .sort(Sorts.ascending("nextAttemptAt", "_id")).limit(limit).forEach(d -> due.add(delivery(d)));
    return due;
  }

  @Override
  public boolean claim(Delivery d, String worker, Instant at) {
    return Inserts.ifAbsent(claims(), new Document("_id", claimId(d)).append("tenantId", d.tenant().value())
        .append("worker", worker).append("at", at.toEpochMilli()));
  }

  @Override
  public Optional<Instant> claimedAt(Delivery d) {
    return Optional.ofNullable(claims().find(and(eq("_id", claimId(d)), eq("tenantId", d.tenant().value()))).first())
        .map(c -> NotificationDocuments.instant(c.get("at")));
  }

  @Override
  public void sent(Delivery d, Instant at) {
    deliveries().updateOne(and(eq("_id", d.id()), eq("tenantId", d.tenant().value())),
        Updates.combine(Updates.set("status", Delivery.Status.SENT.name()), Updates.set("sentAt", at.toEpochMilli())));
  }

  @Override
  public void update(Delivery next) {
    deliveries().updateOne(and(eq("_id", next.id()), eq("tenantId", next.tenant().value())),
        Updates.combine(Updates.set("status", next.status().name()), Updates.set("attempt", next.attempt()),
            Updates.set("nextAttemptAt", next.nextAttemptAt().toEpochMilli())));
  }

  @Override
  public List<Delivery> ofNotification(TenantId tenant, String notificationId) {
    List<Delivery> found = new ArrayList<>();
    deliveries().find(and(eq("tenantId", tenant.value()), eq("notification._id", notificationId)))
        .forEach(d -> found.add(delivery(d)));
    return found;
  }

  private static String claimId(Delivery d) {
    return d.id() + "#" + d.attempt();
  }

  private static Delivery delivery(Document d) {
    return new Delivery(d.getString("_id"), TenantId.of(d.getString("tenantId")), d.getString("login"),
        d.getString("deviceId"), DeviceChannel.valueOf(d.getString("channel")),
        Locale.forLanguageTag(d.getString("language")),
        NotificationDocuments.from(d.get("notification", Document.class)), d.getInteger("attempt", 0),
        NotificationDocuments.instant(d.get("nextAttemptAt")), Delivery.Status.valueOf(d.getString("status")));
  }

  private MongoCollection<Document> deliveries() {
    return database.getCollection(COLLECTION);
  }

  private MongoCollection<Document> claims() {
    return database.getCollection(CLAIMS);
  }
}
