package cn.ggzy.server.infrastructure.persistence.mongo.tender;

import cn.ggzy.server.infrastructure.persistence.mongo.CollectionSetup;
import cn.ggzy.server.infrastructure.persistence.mongo.MongoConnection;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import jakarta.enterprise.context.ApplicationScoped;

/** The indexes of imported bids, bid texts and evaluation scores; each starts with the tenant or the region. */
@ApplicationScoped
public class TenderIndexes implements CollectionSetup {
  @Override
  public void ensure(MongoConnection mongo) {
    var db = mongo.database();
    db.getCollection(JnosqlTenderBidRepository.COLLECTION).createIndex(
        Indexes.ascending("tenantId", "projectCode", "sectionCode"), new IndexOptions().name("tenant_section"));
    db.getCollection(MongoSectionTextRepository.COLLECTION).createIndex(
        Indexes.ascending("tenantId", "projectCode", "sectionCode", "bidderCode"),
        new IndexOptions().name("tenant_section_bidder"));
    db.getCollection(MongoEvaluationScoreRepository.COLLECTION).createIndex(
        Indexes.ascending("tenantId", "projectCode", "sectionCode"), new IndexOptions().name("tenant_section"));
    // the co-bidding network: the region's bids and the version of the bids
    var bids = db.getCollection(JnosqlTenderBidRepository.COLLECTION);
    bids.createIndex(Indexes.ascending("tenantId", "importedAt"), new IndexOptions().name("tenant_imported"));
    bids.createIndex(Indexes.ascending("region", "importedAt"), new IndexOptions().name("region_imported"));
  }
}
