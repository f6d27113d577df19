package cn.ggzy.server.infrastructure.persistence.mongo.enforcement;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.exists;
import static com.mongodb.client.model.Filters.in;

import cn.ggzy.server.infrastructure.persistence.mongo.MongoConnection;
import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.InsertManyOptions;
import com.mongodb.client.model.Projections;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.bson.Document;

/**
 * Where notifications are waiting ({@code case_outbox_marks}): one small mark per outbox entry
 * ({@code _id} = the entry's id, with the case and its tenant), written before the case that holds
 * the entry, removed once the entry is delivered. The dispatcher reads these marks instead of
 * searching every case for a non-empty outbox, which on the embedded server meant reading the
 * whole case collection every two seconds. A mark whose entry never reached its case (the case
 * write failed after the mark) is dropped once it is old.
 */
public final class CaseOutboxMarks {
  static final String COLLECTION = "case_outbox_marks";
  private static final Logger LOG = Logger.getLogger(CaseOutboxMarks.class.getName());
  private static final String BUILT = "built";

  private final MongoConnection mongo;

  CaseOutboxMarks(MongoConnection mongo) {
    this.mongo = mongo;
  }

  private MongoCollection<Document> marks() {
    return mongo.database().getCollection(COLLECTION);
  }

  private MongoCollection<Document> cases() {
    return mongo.database().getCollection(JnosqlCaseRepository.COLLECTION);
  }

  /** Marks the entries of a case about to be written (entries marked before are left as they are). */
  void mark(String tenantId, String caseId, List<OutboxDoc> entries, long nowMillis) {
    if (entries == null || entries.isEmpty()) {
      return;
    }
    List<Document> marks = new ArrayList<>();
    for (OutboxDoc entry : entries) {
      marks.add(new Document("_id", entry.id).append("tenantId", tenantId).append("caseId", caseId)
          .append("at", nowMillis));
    }
    try {
      marks().insertMany(marks, new InsertManyOptions().ordered(false));
    } catch (MongoBulkWriteException e) {
      if (e.getWriteErrors().stream().anyMatch(w -> ErrorCategory.fromErrorCode(w.getCode())
          != ErrorCategory.DUPLICATE_KEY)) {
        throw e;
      }
      // marked already: a case written again before its notifications went out
    }
  }

  /** The marks of a tenant, oldest first as stored, at most {@code limit}. */
  List<Document> of(String tenantId, int limit) {
    List<Document> found = new ArrayList<>();
    marks().find(eq("tenantId", tenantId)).limit(limit).into(found);
    return found;
  }

  /** The outbox entries of these cases, by case id (by the ids alone, whoever owns the cases now), in one read. */
  Map<String, List<Document>> entries(Collection<String> caseIds) {
    Map<String, List<Document>> entries = new HashMap<>();
    if (caseIds.isEmpty()) {
      return entries;
    }
    for (Document c : cases().find(in("_id", List.copyOf(caseIds))).projection(Projections.include("outbox"))) {
      // an empty outbox may be stored as an empty document by the mapper
      entries.put(c.getString("_id"),
          c.get("outbox") instanceof List ? c.getList("outbox", Document.class) : List.of());
    }
    return entries;
  }

  void remove(Collection<String> entryIds) {
    if (!entryIds.isEmpty()) {
      marks().deleteMany(in("_id", List.copyOf(entryIds)));
    }
  }

  /** Start-up step: the index, and once, marks for the entries stored before marks existed. */
  public static void ensureAtStartUp(MongoConnection mongo) {
    CaseOutboxMarks marks = new CaseOutboxMarks(mongo);
    marks.marks().createIndex(Indexes.ascending("tenantId", "_id"), new IndexOptions().name("tenant_marks"));
    if (marks.marks().find(eq("_id", BUILT)).first() != null) {
      return;
    }
    int marked = 0;
    for (Document c : marks.cases().find(exists("outbox.0")).projection(Projections.include("tenantId", "outbox"))) {
      List<OutboxDoc> entries = new ArrayList<>();
      for (Document entry : c.getList("outbox", Document.class, List.of())) {
        OutboxDoc doc = new OutboxDoc();
        doc.id = entry.getString("id");
        entries.add(doc);
      }
      marks.mark(c.getString("tenantId"), c.getString("_id"), entries, 0L);
      marked += entries.size();
    }
    marks.marks().insertOne(new Document("_id", BUILT));
    int count = marked;
    LOG.info(() -> "outbox marks built for " + count + " waiting notifications");
  }
}
