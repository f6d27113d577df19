package cn.ggzy.server.infrastructure.persistence.mongo.expert;

import cn.ggzy.server.infrastructure.persistence.mongo.CollectionSetup;
import cn.ggzy.server.infrastructure.persistence.mongo.MongoConnection;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The indexes of the expert pool (one entry per person and region: unique keyed hash of the
 * resident ID; by state) and of the draws (tenant or region first; the reply tokens; the job's scan).
 */
@ApplicationScoped
public class ExpertIndexes implements CollectionSetup {
  @Override
  public void ensure(MongoConnection mongo) {
    var experts = mongo.database().getCollection(MongoExpertRepository.COLLECTION);
    experts.createIndex(Indexes.ascending("region", "residentKey"), new IndexOptions().name("region_person").unique(true));
    experts.createIndex(Indexes.ascending("region", "state", "appliedAt"), new IndexOptions().name("region_state"));
    experts.createIndex(Indexes.ascending("region", "specialties", "state"), new IndexOptions().name("region_specialty"));
    experts.createIndex(Indexes.ascending("shareConsent", "state"), new IndexOptions().name("shared"));
    var draws = mongo.database().getCollection(MongoExpertDrawRepository.COLLECTION);
    draws.createIndex(Indexes.ascending("tenantId", "createdAt"), new IndexOptions().name("tenant_created"));
    draws.createIndex(Indexes.ascending("region", "evaluationStart"), new IndexOptions().name("region_start"));
    draws.createIndex(Indexes.ascending("tokens"), new IndexOptions().name("tokens"));
    draws.createIndex(Indexes.ascending("state", "evaluationStart"), new IndexOptions().name("awaiting"));
    draws.createIndex(Indexes.ascending("region", "ratings.expertId"), new IndexOptions().name("region_ratings"));
    draws.createIndex(Indexes.ascending("region", "assignments.expertId"), new IndexOptions().name("region_invited"));
    mongo.database().getCollection(MongoExpertAccess.COLLECTION).createIndex(Indexes.ascending("until"),
        new IndexOptions().name("expiry"));
    mongo.database().getCollection(MongoDisqualificationRepository.COLLECTION)
        .createIndex(Indexes.ascending("tenantId", "sentAt"), new IndexOptions().name("tenant_sent"));
  }
}
