package cn.ggzy.server.infrastructure.persistence.mongo.notification;

import cn.ggzy.server.infrastructure.persistence.mongo.CollectionSetup;
import cn.ggzy.server.infrastructure.persistence.mongo.MongoConnection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import jakarta.enterprise.context.ApplicationScoped;

/** The indexes of the push collections; each starts with the tenant. */
@ApplicationScoped
public class PushIndexes implements CollectionSetup {
  @Override
  public void ensure(MongoConnection mongo) {
    MongoDatabase db = mongo.database();
    db.getCollection(MongoNotificationRepository.COLLECTION).createIndex(
        Indexes.compoundIndex(Indexes.ascending("tenantId", "recipient"), Indexes.descending("at")),
        new IndexOptions().name("tenant_recipient_time"));
    db.getCollection(MongoNotificationRepository.COLLECTION).createIndex(
        Indexes.ascending("tenantId", "recipient", "read"), new IndexOptions().name("tenant_recipient_unread"));
    db.getCollection(MongoDeviceRepository.COLLECTION).createIndex(
        Indexes.ascending("tenantId", "login"), new IndexOptions().name("tenant_owner"));
    db.getCollection(MongoDeliveryRepository.COLLECTION).createIndex(
        Indexes.ascending("tenantId", "status", "nextAttemptAt"), new IndexOptions().name("tenant_due"));
  }
}
