package cn.ggzy.server.infrastructure.persistence.mongo.dispatch;

import cn.ggzy.server.infrastructure.persistence.mongo.CollectionSetup;
import cn.ggzy.server.infrastructure.persistence.mongo.MongoConnection;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The dispatch collections' indexes: reports by region, newest first; facts by the keys of a figure's
 * list (counters are read by their {@code _id} only).
 */
@ApplicationScoped
public class DispatchIndexes implements CollectionSetup {
  @Override
  public void ensure(MongoConnection mongo) {
    mongo.database().getCollection(MongoDispatchReportRepository.COLLECTION)
        .createIndex(Indexes.ascending("region", "generatedAt"), new IndexOptions().name("region_generated"));
    mongo.database().getCollection(MongoDispatchLedger.FACTS)
        .createIndex(Indexes.ascending("f.t", "f.m", "f.k", "f.d"), new IndexOptions().name("fact_keys"));
  }
}
