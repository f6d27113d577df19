package cn.ggzy.server.infrastructure.persistence.mongo.project;

import cn.ggzy.server.infrastructure.persistence.mongo.CollectionSetup;
import cn.ggzy.server.infrastructure.persistence.mongo.MongoConnection;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import jakarta.enterprise.context.ApplicationScoped;

/** The register's indexes: one project per approval number in a department; region and tenant lists by approval date. */
@ApplicationScoped
public class ProjectIndexes implements CollectionSetup {
  @Override
  public void ensure(MongoConnection mongo) {
    var projects = mongo.database().getCollection(MongoProjectRepository.COLLECTION);
    projects.createIndex(Indexes.ascending("tenantId", "approvalNumber"),
        new IndexOptions().name("tenant_approval").unique(true));
    projects.createIndex(Indexes.ascending("region", "approvedOn"), new IndexOptions().name("region_approved"));
  }
}
