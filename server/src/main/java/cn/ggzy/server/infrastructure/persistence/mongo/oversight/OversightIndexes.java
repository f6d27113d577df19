package cn.ggzy.server.infrastructure.persistence.mongo.oversight;

import cn.ggzy.server.infrastructure.persistence.mongo.CollectionSetup;
import cn.ggzy.server.infrastructure.persistence.mongo.MongoConnection;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import jakarta.enterprise.context.ApplicationScoped;

/** The indexes of 督办 notices: the region's and a department's, newest first. */
@ApplicationScoped
public class OversightIndexes implements CollectionSetup {
  @Override
  public void ensure(MongoConnection mongo) {
    var notices = mongo.database().getCollection(MongoSupervisionNoticeRepository.COLLECTION);
    notices.createIndex(Indexes.ascending("region", "issuedAt"), new IndexOptions().name("region_issued"));
    notices.createIndex(Indexes.ascending("tenantId", "issuedAt"), new IndexOptions().name("tenant_issued"));
  }
}
