package cn.ggzy.server.infrastructure.persistence.mongo;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;

/** The indexes of the push collections; each starts with the tenant. */
public final class PushIndexes {
  private PushIndexes() {}

  public static void ensure(MongoDatabase db) {
    db.getCollection(MongoNotificationRepository.COLLECTION).createIndex(
        Indexes.compoundIndex(Indexes.ascending("tenantId", "recipient"), Indexes.descending("at")),
        new IndexOptions().name("tenant_recipient_time"));
    db.getCollection(MongoNotificationRepository.COLLECTION).createIndex(
        Indexes.ascending("tenantId", "recipient", "read"), new IndexOptions().name("tenant_recipient_unread"));
    db.getCollection(MongoDeviceRepository.COLLECTION).createIndex(
        Indexes.ascending("tenantId", "login"), new IndexOptions().name("tenant_owner"));
    db.getCollection(MongoDeliveryRepository.COLLECTION).createIndex(
        Indexes.ascending("tenantId", "status", "nextAttemptAt"), new IndexOptions().name("tenant_due"));
    db.getCollection("cases").createIndex(Indexes.ascending("tenantId", "outbox.id"),
        new IndexOptions().name("tenant_outbox").sparse(true));
  }
}
