package cn.ggzy.server.infrastructure.persistence.mongo.warning;

import cn.ggzy.server.infrastructure.persistence.mongo.CollectionSetup;
import cn.ggzy.server.infrastructure.persistence.mongo.MongoConnection;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import jakarta.enterprise.context.ApplicationScoped;

/** The indexes of rigging warnings: by status and score, and by the bidders they name; tenant or region first. */
@ApplicationScoped
public class WarningIndexes implements CollectionSetup {
  @Override
  public void ensure(MongoConnection mongo) {
    var warnings = mongo.database().getCollection(JnosqlWarningRepository.COLLECTION);
    warnings.createIndex(Indexes.ascending("tenantId", "status", "score"), new IndexOptions().name("tenant_status"));
    warnings.createIndex(Indexes.ascending("region", "status", "score"), new IndexOptions().name("region_status"));
    warnings.createIndex(Indexes.ascending("tenantId", "bidderCodes"), new IndexOptions().name("tenant_bidders"));
    warnings.createIndex(Indexes.ascending("region", "bidderCodes"), new IndexOptions().name("region_bidders"));
  }
}
