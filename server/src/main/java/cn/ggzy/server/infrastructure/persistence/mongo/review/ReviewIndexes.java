package cn.ggzy.server.infrastructure.persistence.mongo.review;

import cn.ggzy.server.infrastructure.persistence.mongo.CollectionSetup;
import cn.ggzy.server.infrastructure.persistence.mongo.MongoConnection;
import cn.ggzy.server.infrastructure.persistence.mongo.files.GridFsFiles;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import jakarta.enterprise.context.ApplicationScoped;

/** The indexes of document reviews (tenant or region first, newest first), rule-book versions, and the file bucket. */
@ApplicationScoped
public class ReviewIndexes implements CollectionSetup {
  @Override
  public void ensure(MongoConnection mongo) {
    var reviews = mongo.database().getCollection(MongoDocumentReviewRepository.COLLECTION);
    reviews.createIndex(Indexes.ascending("tenantId", "createdAt"), new IndexOptions().name("tenant_created"));
    reviews.createIndex(Indexes.ascending("region", "createdAt"), new IndexOptions().name("region_created"));
    mongo.database().getCollection(MongoRuleBookRepository.COLLECTION).createIndex(
        Indexes.ascending("region", "version"), new IndexOptions().name("region_version").unique(true));
    mongo.database().getCollection(MongoModelTextRepository.COLLECTION).createIndex(Indexes.ascending("region", "at"),
        new IndexOptions().name("region_at"));
    GridFsFiles.ensureIndexes(mongo.database(), GridFsDocumentFiles.BUCKET);
  }
}
