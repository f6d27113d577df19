package cn.ggzy.server.infrastructure.startup;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexOptions;


/** Creates the indexes every collection needs; each tenant-owned index starts with the tenant. */
final class Indexes {
  private Indexes() {}

  static void ensure(MongoDatabase db) {
    db.getCollection("accounts").createIndex(
        com.mongodb.client.model.Indexes.ascending("tenantId", "_id"),
        new IndexOptions().name("tenant_login"));
    db.getCollection("audit").createIndex(
        com.mongodb.client.model.Indexes.compoundIndex(
            com.mongodb.client.model.Indexes.ascending("tenantId"),
            com.mongodb.client.model.Indexes.descending("at")),
        new IndexOptions().name("tenant_time"));
  }
}
