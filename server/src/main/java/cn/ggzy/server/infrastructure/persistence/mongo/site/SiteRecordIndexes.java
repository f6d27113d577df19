package cn.ggzy.server.infrastructure.persistence.mongo.site;

import cn.ggzy.server.infrastructure.persistence.mongo.CollectionSetup;
import cn.ggzy.server.infrastructure.persistence.mongo.MongoConnection;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * A project's records in chain order (for a configured MongoDB's reports; the application reads them by exact
 * key), and the exact-key indexes the compare-and-set writes on heads and uploads use on the embedded server.
 */
@ApplicationScoped
public class SiteRecordIndexes implements CollectionSetup {
  @Override
  public void ensure(MongoConnection mongo) {
    mongo.database().getCollection(MongoSiteRecordRepository.RECORDS).createIndex(
        Indexes.ascending("department", "projectId", "sequence"),
        new IndexOptions().name("department_project_sequence").unique(true));
    mongo.keyIndex(mongo.database().getCollection(MongoSiteRecordRepository.HEADS), List.of("_id", "version"));
    mongo.keyIndex(mongo.database().getCollection(MongoSiteRecordRepository.UPLOADS), List.of("_id", "version"));
  }
}
