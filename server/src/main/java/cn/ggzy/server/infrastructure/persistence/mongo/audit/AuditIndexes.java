package cn.ggzy.server.infrastructure.persistence.mongo.audit;

import cn.ggzy.server.infrastructure.persistence.mongo.CollectionSetup;
import cn.ggzy.server.infrastructure.persistence.mongo.MongoConnection;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import jakarta.enterprise.context.ApplicationScoped;

/** The audit log's indexes; entries written before the hash chain are chained first, then the chain's unique key is set. */
@ApplicationScoped
public class AuditIndexes implements CollectionSetup {
  @Override
  public void ensure(MongoConnection mongo) {
    var db = mongo.database();
    db.getCollection("audit").createIndex(
        Indexes.compoundIndex(
            Indexes.ascending("tenantId"),
            Indexes.descending("at")),
        new IndexOptions().name("tenant_time"));
    AuditChainUpgrade.chainUnlinkedEntries(db);
    // The hash chain: one entry per (tenant, sequence); concurrent appenders race on this key.
    db.getCollection("audit").createIndex(
        Indexes.ascending("tenantId", "sequence"),
        new IndexOptions().name("tenant_sequence").unique(true));
  }
}
