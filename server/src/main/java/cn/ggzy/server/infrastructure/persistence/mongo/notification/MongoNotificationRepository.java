package cn.ggzy.server.infrastructure.persistence.mongo.notification;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;

import cn.ggzy.server.domain.model.notification.Notification;
import cn.ggzy.server.domain.model.notification.NotificationRepository;
import cn.ggzy.server.infrastructure.persistence.mongo.Inserts;
import cn.ggzy.tenants.TenantId;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import org.bson.conversions.Bson;

/** The in-app inboxes: collection {@code notifications}, one document per recipient and notification. */
@ApplicationScoped
public class MongoNotificationRepository implements NotificationRepository {
  static final String COLLECTION = "notifications";
  private MongoDatabase database;

  protected MongoNotificationRepository() {}

  @Inject
  public MongoNotificationRepository(MongoDatabase database) {
    this.database = database;
  }

  @Override
  public boolean add(Notification notification) {
    return Inserts.ifAbsent(collection(), NotificationDocuments.of(notification));
  }

  @Override
  public List<Notification> latest(TenantId tenant, String login, int offset, int limit) {
    List<Notification> page = new ArrayList<>();
    collection().find(of(tenant, login)).sort(Sorts.descending("at", "_id")).skip(offset).limit(limit)
        .forEach(d -> page.add(NotificationDocuments.from(d)));
    return page;
  }

  @Override
  public long unread(TenantId tenant, String login) {
    return collection().countDocuments(and(of(tenant, login), eq("read", false)));
  }

  @Override
  public void markRead(TenantId tenant, String login, String id) {
    Bson filter = id == null ? and(of(tenant, login), eq("read", false)) : and(of(tenant, login), eq("_id", id));
    collection().updateMany(filter, Updates.set("read", true));
  }

  private static Bson of(TenantId tenant, String login) {
    return and(eq("tenantId", tenant.value()), eq("recipient", login));
  }

  private MongoCollection<Document> collection() {
    return database.getCollection(COLLECTION);
  }
}
