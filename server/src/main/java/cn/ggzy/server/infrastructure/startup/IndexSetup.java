package cn.ggzy.server.infrastructure.startup;

import cn.ggzy.server.infrastructure.persistence.jnosql.AuditChainUpgrade;
import cn.ggzy.server.infrastructure.persistence.jnosql.CreditIndexes;
import cn.ggzy.server.infrastructure.persistence.jnosql.RiggingIndexes;
import cn.ggzy.server.infrastructure.persistence.jnosql.CaseInbox;
import cn.ggzy.server.infrastructure.persistence.jnosql.CaseOutboxMarks;
import cn.ggzy.server.infrastructure.mongo.embedded.MongoConnection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;

/** Creates the indexes every collection needs; each tenant-owned index starts with the tenant. */
final class IndexSetup {
  private IndexSetup() {}

  static void ensure(MongoConnection mongo) {
    MongoDatabase db = mongo.database();
    db.getCollection("accounts").createIndex(
        Indexes.ascending("tenantId", "_id"),
        new IndexOptions().name("tenant_login"));
    db.getCollection("audit").createIndex(
        Indexes.compoundIndex(
            Indexes.ascending("tenantId"),
            Indexes.descending("at")),
        new IndexOptions().name("tenant_time"));
    AuditChainUpgrade.chainUnlinkedEntries(db);
    // The hash chain: one entry per (tenant, sequence); concurrent appenders race on this key.
    db.getCollection("audit").createIndex(
        Indexes.ascending("tenantId", "sequence"),
        new IndexOptions().name("tenant_sequence").unique(true));
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
    InspectionIndexes.ensure(db);
    cn.ggzy.server.infrastructure.persistence.mongo.PushIndexes.ensure(db);
    // region-owned: starts with the region
    db.getCollection("calendars").createIndex(
        Indexes.ascending("region", "year"),
        new IndexOptions().name("region_year").unique(true));
    CreditIndexes.ensure(db);
    RiggingIndexes.ensure(db);
  }
}
