package cn.ggzy.server.infrastructure.persistence.mongo.enforcement;

import cn.ggzy.server.infrastructure.persistence.mongo.CollectionSetup;
import cn.ggzy.server.infrastructure.persistence.mongo.MongoConnection;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import jakarta.enterprise.context.ApplicationScoped;

/** The cases' indexes, their inbox lines (built or repaired) and their outbox marks. */
@ApplicationScoped
public class CaseIndexes implements CollectionSetup {
  @Override
  public void ensure(MongoConnection mongo) {
    var db = mongo.database();
    var cases = db.getCollection("cases");
    cases.createIndex(Indexes.ascending("tenantId", "open", "dueSort", "receivedAt"),
        new IndexOptions().name("tenant_inbox"));
    cases.createIndex(Indexes.ascending("tenantId", "assignee", "open", "dueSort", "receivedAt"),
        new IndexOptions().name("tenant_assignee_inbox"));
    cases.createIndex(Indexes.ascending("region", "open", "dueSort", "receivedAt"),
        new IndexOptions().name("region_inbox"));
    cases.createIndex(Indexes.ascending("readers", "_id"), new IndexOptions().name("readers"));
    cases.createIndex(Indexes.ascending("region", "acceptanceDecidedAt"), new IndexOptions().name("region_accepted"));
    cases.createIndex(Indexes.ascending("region", "decidedAt"), new IndexOptions().name("region_decided"));
    cases.createIndex(Indexes.ascending("region", "number"), new IndexOptions().name("region_number").unique(true));
    cases.createIndex(Indexes.ascending("tenantId", "outbox.id"),
        new IndexOptions().name("tenant_outbox").sparse(true));
    // the open cases' inbox lines: the inbox indexes again, over the open cases only
    var inbox = db.getCollection(CaseInbox.COLLECTION);
    inbox.createIndex(Indexes.ascending("tenantId", "open", "dueSort", "receivedAt"),
        new IndexOptions().name("tenant_inbox"));
    inbox.createIndex(Indexes.ascending("tenantId", "assignee", "open", "dueSort", "receivedAt"),
        new IndexOptions().name("tenant_assignee_inbox"));
    inbox.createIndex(Indexes.ascending("region", "open", "dueSort", "receivedAt"),
        new IndexOptions().name("region_inbox"));
    CaseInbox.repairAtStartUp(mongo);
    CaseOutboxMarks.ensureAtStartUp(mongo);
    db.getCollection("case_numbers").createIndex(Indexes.descending("region", "year", "seq"),
        new IndexOptions().name("region_year_seq"));
  }
}
