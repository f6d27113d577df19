package cn.ggzy.server.infrastructure.persistence.mongo.notification;

import cn.ggzy.server.infrastructure.persistence.mongo.Inserts;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;

import cn.ggzy.server.domain.model.notification.AlertLog;
import cn.ggzy.tenants.TenantId;
import com.mongodb.client.MongoDatabase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import org.bson.Document;

/** Deadline alerts handed out: collection {@code deadline_alerts}, keyed by the alert id. */
@ApplicationScoped
public class MongoAlertLog implements AlertLog {
  private MongoDatabase database;

  protected MongoAlertLog() {}

  @Inject
  public MongoAlertLog(MongoDatabase database) {
    this.database = database;
  }

  @Override
  public boolean contains(TenantId tenant, String alertId) {
    return database.getCollection("deadline_alerts")
        .find(and(eq("_id", alertId), eq("tenantId", tenant.value()))).first() != null;
  }

  @Override
  public void record(TenantId tenant, String alertId, Instant at) {
    Inserts.ifAbsent(database.getCollection("deadline_alerts"),
        new Document("_id", alertId).append("tenantId", tenant.value()).append("at", at.toEpochMilli()));
  }
}
