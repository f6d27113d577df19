package cn.ggzy.server.infrastructure.persistence.mongo.notification;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.ggzy.server.domain.model.notification.AlertLog;
import cn.ggzy.server.infrastructure.persistence.mongo.TestContainer;
import cn.ggzy.tenants.TenantId;
import com.mongodb.client.MongoDatabase;
import java.time.Instant;
import java.util.UUID;
import org.bson.Document;
import org.junit.jupiter.api.Test;

/** Alerts handed out are per department: another department's record neither hides nor blocks its own. */
class MongoAlertLogTest {
  private static final TenantId ZJJ = TenantId.of("421181-zjj");
  private static final TenantId JTJ = TenantId.of("421181-jtj");
  private static final Instant AT = Instant.parse("2026-12-01T01:00:00Z");
  private final AlertLog log = TestContainer.get(AlertLog.class);
  private final String alertId = "case-" + UUID.randomUUID() + ":ACCEPTANCE_DUE:2026-12-03";

  @Test
  void anAlertRecordedForOneDepartmentIsNotAnotherDepartments() {
    log.record(ZJJ, alertId, AT);

    assertTrue(log.contains(ZJJ, alertId));
    assertFalse(log.contains(JTJ, alertId));
  }

  @Test
  void aCaseMovedToAnotherDepartmentHasItsAlertRecordedThereToo() {
    log.record(ZJJ, alertId, AT);
    log.record(JTJ, alertId, AT.plusSeconds(60));
    log.record(JTJ, alertId, AT.plusSeconds(120));

    assertTrue(log.contains(JTJ, alertId));
    assertTrue(log.contains(ZJJ, alertId));
  }

  @Test
  void anEntryWrittenBeforeTheTenantWasPartOfTheKeyStillCountsForItsOwnTenantOnly() {
    TestContainer.get(MongoDatabase.class).getCollection(MongoAlertLog.COLLECTION)
        .insertOne(new Document("_id", alertId).append("tenantId", ZJJ.value()).append("at", AT.toEpochMilli()));

    assertTrue(log.contains(ZJJ, alertId));
    assertFalse(log.contains(JTJ, alertId));
  }
}
