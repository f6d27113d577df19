package cn.ggzy.server.infrastructure.persistence.mongo.enforcement;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.exists;

import cn.ggzy.server.infrastructure.persistence.mongo.MongoConnection;
import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Projections;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.bson.types.ObjectId;

/**
 * The open cases' inbox lines ({@code case_inbox}): for every open case, the fields the inbox
 * filters, sorts and shows, and the case's version; nothing for closed cases. The inbox reads
 * only these small documents, so it never scans the closed cases or the cases' timelines (the
 * embedded server scans a whole collection for every query; MongoDB walks a smaller index).
 *
 * <p>The case document stays the truth; a line is derived from it. Every write of a case is
 * bracketed by a pending mark ({@code case_inbox_pending}): mark, write the case, bring its line
 * up to date, remove the mark. A crash in between leaves the mark, and {@link #repair()} (run at
 * start-up) brings those lines up to date. Bringing a line up to date reads the stored case,
 * writes the line only over an older version, then reads the case's version again and repeats
 * if someone changed it meanwhile, so concurrent writers cannot leave an older state behind.
 */
public final class CaseInbox {
  public static final String COLLECTION = "case_inbox";
  static final String PENDING = "case_inbox_pending";
  private static final Logger LOG = Logger.getLogger(CaseInbox.class.getName());
  private static final String BUILT = "built";
  /** The fields of a line: what {@code JnosqlCaseRepository.filter} and its summaries read. */
  static final List<String> FIELDS = List.of("tenantId", "region", "number", "title", "source", "status", "open",
      "assignee", "assigneeName", "receivedAt", "dueSort", "clockPaused", "missingYear", "acceptedOnTime",
      "completedOnTime", "acceptedAt", "decidedAt", "titlePhrase", "lateFiling", "version");
  private static final Bson LINE = Projections.include(FIELDS);

  private final MongoConnection mongo;
  private final MongoDatabase database;

  CaseInbox(MongoConnection mongo) {
    this.mongo = mongo;
    this.database = mongo.database();
  }

  MongoCollection<Document> lines() {
    return database.getCollection(COLLECTION);
  }

  private MongoCollection<Document> pending() {
    return database.getCollection(PENDING);
  }

  private MongoCollection<Document> cases() {
    return database.getCollection(JnosqlCaseRepository.COLLECTION);
  }

  /** Marks a case as being written; returns the mark to pass to {@link #written}. */
  Object marking(String caseId) {
    ObjectId mark = new ObjectId();
    pending().insertOne(new Document("_id", mark).append("caseId", caseId));
    return mark;
  }

  /** The case was written (or the write failed): bring its line up to date, then drop the mark. */
  void written(Object mark, String caseId) {
    try {
      sync(caseId);
      pending().deleteOne(eq("_id", mark));
    } catch (RuntimeException e) {
      // The case itself is stored; its line is repaired from the mark at the next start-up.
      LOG.warning(() -> "inbox line of case " + caseId + " left for repair: " + e);
    }
  }

  /** Makes the line of one case match the stored case (none when it is closed or absent). */
  void sync(String caseId) {
    long seen = -1;
    for (int round = 0; round < 100; round++) {
      Document stored = cases().find(eq("_id", caseId)).projection(LINE).first();
      long version = stored == null ? Long.MAX_VALUE : ((Number) stored.get("version")).longValue();
      if (version == seen) {
        return;
      }
      seen = version;
      boolean open = stored != null && Boolean.TRUE.equals(stored.getBoolean("open"));
      if (!putLine(caseId, open ? stored : null, version)) {
        seen = -1;
      }
    }
    throw new IllegalStateException("case " + caseId + " keeps changing");
  }

  /**
   * Replaces (or with {@code null} removes) the line unless it already holds {@code version} or a
   * newer one; false when another writer changed the line in between (then the caller reads
   * again). Every filter is an exact key, so the embedded server answers it from an index.
   */
  private boolean putLine(String caseId, Document line, long version) {
    Document current = lines().find(eq("_id", caseId)).projection(Projections.include("version")).first();
    if (current == null) {
      if (line == null) {
        return true;
      }
      try {
        lines().insertOne(line);
        return true;
      } catch (MongoWriteException e) {
        if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
          throw e;
        }
        return false;
      }
    }
    long held = ((Number) current.get("version")).longValue();
    if (held >= version) {
      return true;
    }
    Document guard = new Document("_id", caseId).append("version", held);
    mongo.keyIndex(lines(), guard.keySet());
    return line == null ? lines().deleteOne(guard).getDeletedCount() == 1
        : lines().replaceOne(guard, line).getMatchedCount() == 1;
  }

  /** Start-up step (after the indexes): see {@link #repair()}. */
  public static void repairAtStartUp(MongoConnection mongo) {
    new CaseInbox(mongo).repair();
  }

  /**
   * At start-up: builds the lines once from the open cases (first start with this collection),
   * then repairs the lines of every write that was interrupted.
   */
  void repair() {
    if (pending().find(eq("_id", BUILT)).first() == null) {
      int built = 0;
      for (Document open : cases().find(eq("open", true)).projection(Projections.include("_id"))) {
        sync(open.getString("_id"));
        built++;
      }
      pending().insertOne(new Document("_id", BUILT));
      int count = built;
      LOG.info(() -> "inbox lines built for " + count + " open cases");
    }
    List<Document> marks = new ArrayList<>();
    pending().find(exists("caseId")).into(marks);
    for (Document mark : marks) {
      sync(mark.getString("caseId"));
      pending().deleteOne(eq("_id", mark.get("_id")));
    }
    if (!marks.isEmpty()) {
      LOG.info(() -> "inbox lines of " + marks.size() + " interrupted case writes repaired");
    }
  }
}
