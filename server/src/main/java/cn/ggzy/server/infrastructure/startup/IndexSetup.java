package cn.ggzy.server.infrastructure.startup;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;

/** Creates the indexes every collection needs; each tenant-owned index starts with the tenant. */
final class IndexSetup {
  private IndexSetup() {}

  static void ensure(MongoDatabase db) {
    db.getCollection("accounts").createIndex(
        Indexes.ascending("tenantId", "_id"),
        new IndexOptions().name("tenant_login"));
    db.getCollection("audit").createIndex(
        Indexes.compoundIndex(
            Indexes.ascending("tenantId"),
            Indexes.descending("at")),
        new IndexOptions().name("tenant_time"));
    // region-owned: starts with the region
    db.getCollection("calendars").createIndex(
        Indexes.ascending("region", "year"),
        new IndexOptions().name("region_year").unique(true));
  }
}
