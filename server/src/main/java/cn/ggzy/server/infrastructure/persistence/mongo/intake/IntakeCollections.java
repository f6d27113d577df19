package cn.ggzy.server.infrastructure.persistence.mongo.intake;

import cn.ggzy.server.infrastructure.persistence.mongo.MongoConnection;
import cn.ggzy.server.infrastructure.persistence.mongo.files.GridFsFiles;
import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import org.bson.Document;

/**
 * The collections of the public channel, with a durable write concern, and their indexes. The
 * compare-and-set keys ({@code _id} + {@code version}) are unique indexes because the embedded
 * server answers exact matches on unique indexes without scanning the collection.
 */
public final class IntakeCollections {
  static final String SUBMISSIONS = "intake_submissions";
  static final String PENDING = "intake_pending";
  static final String UPLOADS = "intake_uploads";
  static final String PARTS = "intake_upload_parts";
  static final String BUCKET = "intake_evidence";
  static final String FILER_PHONES = "intake_filer_phones";
  static final String FILER_CODES = "intake_filer_codes";
  static final String FILER_SESSIONS = "intake_filer_sessions";
  static final String FILER_MESSAGES = "intake_filer_messages";
  static final String FILER_PUSH = "intake_filer_push";
  static final String META = "intake_meta";

  private IntakeCollections() {}

  static MongoCollection<Document> collection(MongoConnection mongo, String name) {
    return mongo.database().getCollection(name).withWriteConcern(mongo.durableWrites());
  }

  static boolean duplicate(MongoWriteException e) {
    return e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY;
  }

  /** Called at start-up. Submissions are region-owned until their case exists: keys start with the receipt (region code inside). */
  public static void ensureIndexes(MongoDatabase db) {
    db.getCollection(SUBMISSIONS).createIndex(Indexes.ascending("_id", "version"),
        new IndexOptions().name("receipt_version").unique(true));
    db.getCollection(SUBMISSIONS).createIndex(Indexes.ascending("tenantId", "caseId"),
        new IndexOptions().name("tenant_case"));
    db.getCollection(UPLOADS).createIndex(Indexes.ascending("_id", "version"),
        new IndexOptions().name("upload_version").unique(true));
    GridFsFiles.ensureIndexes(db, BUCKET);
  }
}
