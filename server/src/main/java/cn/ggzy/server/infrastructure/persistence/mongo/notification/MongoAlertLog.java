package cn.ggzy.server.infrastructure.persistence.mongo.notification;

import static com.mongodb.client.model.Filters.eq;

import cn.ggzy.server.domain.model.notification.AlertLog;
import cn.ggzy.server.infrastructure.persistence.mongo.Inserts;
import cn.ggzy.tenants.TenantId;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import org.bson.Document;

/**
 * Deadline alerts handed out: collection {@code deadline_alerts}, keyed by tenant and alert id
 * ({@code <tenant>|<alertId>}), so that a case moved to another department has its alerts
 * recorded there too, and every read is an exact key. Entries written before the tenant was part
 * of the key ({@code _id} = the alert id) are still read, for their own tenant only.
 */
@ApplicationScoped
public class MongoAlertLog implements AlertLog {
  static final String COLLECTION = "deadline_alerts";
  private MongoDatabase database;

  protected MongoAlertLog() {}

  @Inject
  public MongoAlertLog(MongoDatabase database) {
    this.database = database;
  }

  private MongoCollection<Document> alerts() {
    return database.getCollection(COLLECTION);
  }

  static String key(TenantId tenant, String alertId) {
    return tenant.value() + "|" + alertId;
  }

  @Override
  public boolean contains(TenantId tenant, String alertId) {
    if (alerts().find(eq("_id", key(tenant, alertId))).first() != null) {
      return true;
    }
    Document legacy = alerts().find(eq("_id", alertId)).first();
    return legacy != null && tenant.value().equals(legacy.getString("tenantId"));
  }

  @Override
  public void record(TenantId tenant, String alertId, Instant at) {
    Inserts.ifAbsent(alerts(), new Document("_id", key(tenant, alertId)).append("alertId", alertId)
        .append("tenantId", tenant.value()).append("at", at.toEpochMilli()));
  }
}
