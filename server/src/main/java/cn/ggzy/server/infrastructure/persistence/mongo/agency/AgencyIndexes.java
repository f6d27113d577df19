package cn.ggzy.server.infrastructure.persistence.mongo.agency;

import cn.ggzy.server.infrastructure.persistence.mongo.CollectionSetup;
import cn.ggzy.server.infrastructure.persistence.mongo.MongoConnection;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import jakarta.enterprise.context.ApplicationScoped;

/** A region's agencies by name and its assessments by period. */
@ApplicationScoped
public class AgencyIndexes implements CollectionSetup {
  @Override
  public void ensure(MongoConnection mongo) {
    mongo.database().getCollection(MongoAgencyRepository.AGENCIES)
        .createIndex(Indexes.ascending("region", "name"), new IndexOptions().name("region_name"));
    mongo.database().getCollection(MongoAgencyRepository.ASSESSMENTS)
        .createIndex(Indexes.ascending("region", "period"), new IndexOptions().name("region_period"));
  }
}
