package cn.ggzy.server.infrastructure.persistence.mongo.credit;

import cn.ggzy.server.infrastructure.persistence.mongo.CollectionSetup;
import cn.ggzy.server.infrastructure.persistence.mongo.MongoConnection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The indexes of the credit collections; each starts with the tenant or, for what the public reads
 * and for region-owned data, the region. The unique ones carry rules: one subject per key and
 * region, one open repair application per entry, one open red-list proposal per subject.
 */
@ApplicationScoped
public class CreditIndexes implements CollectionSetup {
  @Override
  public void ensure(MongoConnection mongo) {
    MongoDatabase db = mongo.database();
    db.getCollection(JnosqlSubjectRepository.COLLECTION).createIndex(Indexes.ascending("region", "key"),
        new IndexOptions().name("region_key").unique(true));
    db.getCollection(JnosqlSubjectRepository.COLLECTION).createIndex(Indexes.ascending("region", "subjectName"),
        new IndexOptions().name("region_name"));
    var records = db.getCollection(JnosqlCreditRecordRepository.COLLECTION);
    records.createIndex(Indexes.ascending("tenantId", "status", "decidedOn"), new IndexOptions().name("tenant_status"));
    records.createIndex(Indexes.ascending("region", "subjectId", "status"), new IndexOptions().name("region_subject"));
    records.createIndex(Indexes.ascending("region", "positive", "status"), new IndexOptions().name("region_positive"));
    var blacklist = db.getCollection(JnosqlBlacklistRepository.COLLECTION);
    blacklist.createIndex(Indexes.ascending("tenantId", "startDay"), new IndexOptions().name("tenant_start"));
    blacklist.createIndex(Indexes.ascending("region", "endDay", "startDay"), new IndexOptions().name("region_published"));
    blacklist.createIndex(Indexes.ascending("region", "subjectId"), new IndexOptions().name("region_subject"));
    var repairs = db.getCollection(JnosqlRepairRepository.COLLECTION);
    repairs.createIndex(Indexes.ascending("tenantId", "entryId", "openSlot"),
        new IndexOptions().name("tenant_entry_open").unique(true));
    repairs.createIndex(Indexes.ascending("tenantId", "status", "dueAt"), new IndexOptions().name("tenant_due"));
    repairs.createIndex(Indexes.ascending("region", "subjectId"), new IndexOptions().name("region_subject"));
    var redlist = db.getCollection(JnosqlRedListRepository.COLLECTION);
    redlist.createIndex(Indexes.ascending("tenantId", "subjectId", "proposalSlot"),
        new IndexOptions().name("tenant_subject_proposal").unique(true));
    redlist.createIndex(Indexes.ascending("region", "status", "endDay", "startDay"),
        new IndexOptions().name("region_published"));
  }
}
