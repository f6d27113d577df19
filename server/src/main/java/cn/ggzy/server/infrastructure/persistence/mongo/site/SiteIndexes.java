package cn.ggzy.server.infrastructure.persistence.mongo.site;

import cn.ggzy.server.infrastructure.persistence.mongo.CollectionSetup;
import cn.ggzy.server.infrastructure.persistence.mongo.MongoConnection;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import jakarta.enterprise.context.ApplicationScoped;

/** A department's projects, a project's people and a region's people by resident-ID digest (挂证). */
@ApplicationScoped
public class SiteIndexes implements CollectionSetup {
  @Override
  public void ensure(MongoConnection mongo) {
    mongo.database().getCollection(MongoSiteRepository.PROJECTS)
        .createIndex(Indexes.ascending("department"), new IndexOptions().name("department"));
    mongo.database().getCollection(MongoSiteRepository.PEOPLE)
        .createIndex(Indexes.ascending("department", "projectId"), new IndexOptions().name("department_project"));
    mongo.database().getCollection(MongoSiteRepository.PEOPLE)
        .createIndex(Indexes.ascending("region", "residentKey"), new IndexOptions().name("region_resident"));
    mongo.database().getCollection(MongoSiteRepository.WARNINGS)
        .createIndex(Indexes.ascending("department", "monday"), new IndexOptions().name("department_monday"));
  }
}
