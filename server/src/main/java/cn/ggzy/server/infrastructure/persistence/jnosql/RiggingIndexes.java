package cn.ggzy.server.infrastructure.persistence.jnosql;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;

/** The indexes of imported bids, bid texts, evaluation scores and rigging warnings; each starts with the tenant or the region. */
public final class RiggingIndexes {
  private RiggingIndexes() {}

  public static void ensure(MongoDatabase db) {
    db.getCollection(JnosqlTenderBidRepository.COLLECTION).createIndex(
        Indexes.ascending("tenantId", "projectCode", "sectionCode"), new IndexOptions().name("tenant_section"));
    db.getCollection(JnosqlSectionTextRepository.COLLECTION).createIndex(
        Indexes.ascending("tenantId", "projectCode", "sectionCode", "bidderCode"),
        new IndexOptions().name("tenant_section_bidder"));
    db.getCollection(JnosqlEvaluationScoreRepository.COLLECTION).createIndex(
        Indexes.ascending("tenantId", "projectCode", "sectionCode"), new IndexOptions().name("tenant_section"));
    var warnings = db.getCollection(JnosqlWarningRepository.COLLECTION);
    warnings.createIndex(Indexes.ascending("tenantId", "status", "score"), new IndexOptions().name("tenant_status"));
    warnings.createIndex(Indexes.ascending("region", "status", "score"), new IndexOptions().name("region_status"));
    // the co-bidding network: the region's bids, the version of the bids, the warnings naming bidders
    var bids = db.getCollection(JnosqlTenderBidRepository.COLLECTION);
    bids.createIndex(Indexes.ascending("tenantId", "importedAt"), new IndexOptions().name("tenant_imported"));
    bids.createIndex(Indexes.ascending("region", "importedAt"), new IndexOptions().name("region_imported"));
    warnings.createIndex(Indexes.ascending("tenantId", "bidderCodes"), new IndexOptions().name("tenant_bidders"));
    warnings.createIndex(Indexes.ascending("region", "bidderCodes"), new IndexOptions().name("region_bidders"));
  }
}
