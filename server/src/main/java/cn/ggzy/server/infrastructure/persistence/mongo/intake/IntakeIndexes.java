package cn.ggzy.server.infrastructure.persistence.mongo.intake;

import cn.ggzy.server.infrastructure.persistence.mongo.CollectionSetup;
import cn.ggzy.server.infrastructure.persistence.mongo.MongoConnection;
import jakarta.enterprise.context.ApplicationScoped;

/** The public channel's indexes: versioned submissions and uploads, the evidence files' chunks and, on a real MongoDB (where TTL indexes run), the expiring abuse counters. */
@ApplicationScoped
public class IntakeIndexes implements CollectionSetup {
  @Override
  public void ensure(MongoConnection mongo) {
    var db = mongo.database();
    IntakeCollections.ensureIndexes(db);
    if (!mongo.embedded()) {
      MongoAbuseCounters.ensureIndexes(mongo);
    }
  }
}
