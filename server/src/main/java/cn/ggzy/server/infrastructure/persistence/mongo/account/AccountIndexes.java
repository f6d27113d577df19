package cn.ggzy.server.infrastructure.persistence.mongo.account;

import cn.ggzy.server.infrastructure.persistence.mongo.CollectionSetup;
import cn.ggzy.server.infrastructure.persistence.mongo.MongoConnection;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import jakarta.enterprise.context.ApplicationScoped;

/** The accounts' index: tenant first. */
@ApplicationScoped
public class AccountIndexes implements CollectionSetup {
  @Override
  public void ensure(MongoConnection mongo) {
    var db = mongo.database();
    db.getCollection("accounts").createIndex(
        Indexes.ascending("tenantId", "_id"),
        new IndexOptions().name("tenant_login"));
  }
}
