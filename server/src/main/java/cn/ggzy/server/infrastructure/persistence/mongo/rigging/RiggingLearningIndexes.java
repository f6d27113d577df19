package cn.ggzy.server.infrastructure.persistence.mongo.rigging;

import cn.ggzy.server.infrastructure.persistence.mongo.CollectionSetup;
import cn.ggzy.server.infrastructure.persistence.mongo.MongoConnection;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import jakarta.enterprise.context.ApplicationScoped;

/** Labels listed by region in time order; one model per region and version. */
@ApplicationScoped
public class RiggingLearningIndexes implements CollectionSetup {
  @Override
  public void ensure(MongoConnection mongo) {
    mongo.database().getCollection(MongoRiggingLearningRepository.LABELS)
        .createIndex(Indexes.ascending("region", "at"), new IndexOptions().name("region_at"));
    mongo.database().getCollection(MongoRiggingLearningRepository.MODELS)
        .createIndex(Indexes.ascending("region", "version"), new IndexOptions().name("region_version").unique(true));
  }
}
