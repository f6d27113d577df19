package cn.ggzy.server.infrastructure.persistence.mongo.site;

import cn.ggzy.server.domain.model.ConcurrentChangeException;
import cn.ggzy.server.domain.model.site.SiteRecord;
import cn.ggzy.server.domain.model.site.SiteRecordChain;
import cn.ggzy.server.domain.model.site.SiteRecordRepository;
import cn.ggzy.server.domain.model.site.SiteUpload;
import cn.ggzy.server.infrastructure.persistence.mongo.BsonFields;
import cn.ggzy.server.infrastructure.persistence.mongo.MongoConnection;
import cn.ggzy.tenants.TenantId;
import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.ReplaceOptions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.bson.Document;
import org.bson.types.Binary;

/**
 * The projects' audio/video records ({@code site_records}, keyed by record id, which is the project's id and
 * the sequence, never changed), each project's chain head ({@code site_record_heads}, keyed by project id,
 * moved forward by compare-and-set on {@code _id} and {@code version}, the sequence of the last record), the
 * content SHA-256 claimed per project ({@code site_record_claims}, so that a replayed clip is refused), and the
 * uploads on their way in ({@code site_uploads}, changed by compare-and-set on {@code version}) with their
 * parts ({@code site_upload_parts}, one small document per part). Every read is by exact key.
 *
 * <p>Appending inserts the record under the id of the head's next sequence: the unique {@code _id} lets exactly
 * one of several concurrent appenders take a sequence. The winner then moves the head; a loser (or the next
 * appender after a crash between the two writes) moves the head past the record it met and tries the sequence
 * after it, so that the chain never forks.
 */
@ApplicationScoped
public class MongoSiteRecordRepository implements SiteRecordRepository {
  public static final String RECORDS = "site_records";
  public static final String HEADS = "site_record_heads";
  public static final String CLAIMS = "site_record_claims";
  public static final String UPLOADS = "site_uploads";
  public static final String PARTS = "site_upload_parts";
  private static final String ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final int ATTEMPTS = 200;
  private MongoConnection mongo;

  protected MongoSiteRecordRepository() {}

  @Inject
  public MongoSiteRecordRepository(MongoConnection mongo) {
    this.mongo = mongo;
  }

  private MongoCollection<Document> collection(String name) {
    return mongo.database().getCollection(name);
  }

  private static boolean duplicate(MongoWriteException e) {
    return e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY;
  }

  // ---------------------------------------------------------------- uploads

  @Override
  public String nextUploadKey(TenantId department) {
    StringBuilder key = new StringBuilder();
    for (int i = 0; i < 16; i++) {
      key.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
    }
    return key.toString();
  }

  @Override
  public Optional<SiteUpload> start(SiteUpload upload) {
    try {
      collection(UPLOADS).insertOne(document(upload).append("version", 1L));
    } catch (MongoWriteException e) {
      if (!duplicate(e)) {
        throw e;
      }
      return upload(upload.department(), upload.id());
    }
    mongo.awaitDurable();
    return Optional.empty();
  }

  @Override
  public Optional<SiteUpload> upload(TenantId department, String id) {
    return Optional.ofNullable(collection(UPLOADS).find(new Document("_id", id)).first())
        .filter(d -> department.value().equals(d.getString("department"))).map(MongoSiteRecordRepository::upload);
  }

  @Override
  public void storePart(TenantId department, String uploadId, long offset, byte[] bytes) {
    String id = partId(uploadId, offset);
    collection(PARTS).replaceOne(new Document("_id", id), new Document("_id", id)
        .append("department", department.value()).append("data", new Binary(bytes)), new ReplaceOptions().upsert(true));
  }

  @Override
  public byte[] part(TenantId department, String uploadId, long offset) {
    Document d = collection(PARTS).find(new Document("_id", partId(uploadId, offset))).first();
    if (d == null || !department.value().equals(d.getString("department"))) {
      throw new IllegalStateException("part missing: " + uploadId + "@" + offset);
    }
    return d.get("data", Binary.class).getData();
  }

  @Override
  public boolean advance(TenantId department, String uploadId, long from, long to) {
    return change(department, uploadId, u -> {
      if (u.received() != from || u.complete()) {
        return null;
      }
      List<Long> offsets = new ArrayList<>(u.partOffsets());
      offsets.add(from);
      return with(u, to, offsets, null);
    });
  }

  @Override
  public void finish(TenantId department, String uploadId, String recordId) {
    List<Long> offsets = upload(department, uploadId).map(SiteUpload::partOffsets).orElse(List.of());
    change(department, uploadId, u -> u.complete() ? null : with(u, u.received(), List.of(), recordId));
    for (long offset : offsets) {
      collection(PARTS).deleteOne(new Document("_id", partId(uploadId, offset)));
    }
  }

  private static SiteUpload with(SiteUpload u, long received, List<Long> offsets, String recordId) {
    return new SiteUpload(u.department(), u.id(), u.projectId(), u.kind(), u.moment(), u.note(), u.capturedAt(),
        u.latitude(), u.longitude(), u.accuracyMeters(), u.device(), u.recordedBy(), u.contentType(), u.size(),
        u.declaredSha256(), received, offsets, u.startedAt(), recordId);
  }

  /** Read, change, compare-and-set until it sticks; false when the change does not apply (null). */
  private boolean change(TenantId department, String id, UnaryOperator<SiteUpload> how) {
    MongoCollection<Document> uploads = collection(UPLOADS);
    mongo.keyIndex(uploads, List.of("_id", "version"));
    for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
      Document stored = uploads.find(new Document("_id", id)).first();
      if (stored == null || !department.value().equals(stored.getString("department"))) {
        return false;
      }
      SiteUpload changed = how.apply(upload(stored));
      if (changed == null) {
        return false;
      }
      long version = BsonFields.number(stored, "version");
      if (uploads.replaceOne(new Document("_id", id).append("version", version),
          document(changed).append("version", version + 1)).getModifiedCount() == 1) {
        mongo.awaitDurable();
        return true;
      }
    }
    throw new ConcurrentChangeException("upload");
  }

  private static String partId(String uploadId, long offset) {
    return uploadId + ":" + String.format("%012d", offset);
  }

  private static Document document(SiteUpload u) {
    return new Document("_id", u.id()).append("department", u.department().value()).append("projectId", u.projectId())
        .append("kind", u.kind().name()).append("moment", u.moment().name()).append("note", u.note())
        .append("capturedAt", BsonFields.date(u.capturedAt())).append("lat", u.latitude()).append("lon", u.longitude())
        .append("accuracy", u.accuracyMeters()).append("device", u.device()).append("recordedBy", u.recordedBy())
        .append("contentType", u.contentType()).append("size", u.size()).append("declaredSha256", u.declaredSha256())
        .append("received", u.received()).append("partOffsets", u.partOffsets())
        .append("startedAt", BsonFields.date(u.startedAt())).append("recordId", u.recordId());
  }

  private static SiteUpload upload(Document d) {
    List<Long> offsets = new ArrayList<>();
    for (Object o : d.getList("partOffsets", Object.class, List.of())) {
      offsets.add(((Number) o).longValue());
    }
    return new SiteUpload(TenantId.of(d.getString("department")), d.getString("_id"), d.getString("projectId"),
        SiteRecord.Kind.valueOf(d.getString("kind")), SiteRecord.Moment.valueOf(d.getString("moment")),
        d.getString("note"), BsonFields.instant(d, "capturedAt"), d.getDouble("lat"), d.getDouble("lon"),
        d.getDouble("accuracy"), d.getString("device"), d.getString("recordedBy"), d.getString("contentType"),
        BsonFields.number(d, "size"), d.getString("declaredSha256"), BsonFields.number(d, "received"), offsets,
        BsonFields.instant(d, "startedAt"), d.getString("recordId"));
  }

  // ---------------------------------------------------------------- claims

  @Override
  public boolean claimContent(TenantId department, String projectId, String sha256, String uploadId) {
    String id = department.value() + "|" + projectId + "|" + sha256;
    try {
      collection(CLAIMS).insertOne(new Document("_id", id).append("department", department.value())
          .append("uploadId", uploadId));
      mongo.awaitDurable();
      return true;
    } catch (MongoWriteException e) {
      if (!duplicate(e)) {
        throw e;
      }
      Document d = collection(CLAIMS).find(new Document("_id", id)).first();
      return d != null && uploadId.equals(d.getString("uploadId"));
    }
  }

  // ---------------------------------------------------------------- the chain

  @Override
  public SiteRecordChain.Head head(TenantId department, String projectId) {
    Document d = collection(HEADS).find(new Document("_id", projectId)).first();
    if (d == null || !department.value().equals(d.getString("department"))) {
      return SiteRecordChain.Head.empty(department, projectId);
    }
    return new SiteRecordChain.Head(department, projectId, BsonFields.number(d, "version"), d.getString("hash"));
  }

  @Override
  public SiteRecord append(SiteRecord unplaced) {
    TenantId department = unplaced.department();
    for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
      SiteRecordChain.Head head = head(department, unplaced.projectId());
      SiteRecord placed = head.next(unplaced);
      try {
        collection(RECORDS).insertOne(document(placed));
      } catch (MongoWriteException e) {
        if (!duplicate(e)) {
          throw e;
        }
        // another appender took this sequence: move the head past its record, then try the next one
        record(department, placed.id()).ifPresent(taken -> moveHead(head, taken));
        continue;
      }
      moveHead(head, placed);
      mongo.awaitDurable();
      return placed;
    }
    throw new ConcurrentChangeException("siteRecord");
  }

  /** Moves the head from {@code head} to {@code last}, unless another writer moved it first. */
  private void moveHead(SiteRecordChain.Head head, SiteRecord last) {
    MongoCollection<Document> heads = collection(HEADS);
    mongo.keyIndex(heads, List.of("_id", "version"));
    Document next = new Document("_id", last.projectId()).append("department", last.department().value())
        .append("version", last.sequence()).append("hash", last.recordHash()).append("lastId", last.id());
    if (head.sequence() == 0) {
      try {
        heads.insertOne(next);
      } catch (MongoWriteException e) {
        if (!duplicate(e)) {
          throw e;
        }
      }
      return;
    }
    heads.replaceOne(new Document("_id", last.projectId()).append("version", head.sequence()), next);
  }

  @Override
  public Optional<SiteRecord> record(TenantId department, String id) {
    return Optional.ofNullable(collection(RECORDS).find(new Document("_id", id)).first())
        .filter(d -> department.value().equals(d.getString("department"))).map(MongoSiteRecordRepository::record);
  }

  @Override
  public List<SiteRecord> records(TenantId department, String projectId) {
    long last = head(department, projectId).sequence();
    List<SiteRecord> found = new ArrayList<>();
    for (long sequence = 1; ; sequence++) {
      Optional<SiteRecord> r = record(department, SiteRecord.idOf(projectId, sequence));
      if (r.isPresent()) {
        found.add(r.get());
      } else if (sequence > last) {
        return found;
      }
    }
  }

  private static Document document(SiteRecord r) {
    return new Document("_id", r.id()).append("department", r.department().value()).append("projectId", r.projectId())
        .append("sequence", r.sequence()).append("kind", r.kind().name()).append("moment", r.moment().name())
        .append("note", r.note()).append("capturedAt", BsonFields.date(r.capturedAt()))
        .append("receivedAt", BsonFields.date(r.receivedAt())).append("lat", r.latitude()).append("lon", r.longitude())
        .append("accuracy", r.accuracyMeters()).append("device", r.device()).append("recordedBy", r.recordedBy())
        .append("evidenceId", r.evidenceId()).append("contentType", r.contentType()).append("size", r.size())
        .append("sha256", r.sha256()).append("previousHash", r.previousHash()).append("recordHash", r.recordHash());
  }

  private static SiteRecord record(Document d) {
    return new SiteRecord(TenantId.of(d.getString("department")), d.getString("_id"), d.getString("projectId"),
        BsonFields.number(d, "sequence"), SiteRecord.Kind.valueOf(d.getString("kind")),
        SiteRecord.Moment.valueOf(d.getString("moment")), d.getString("note"), BsonFields.instant(d, "capturedAt"),
        BsonFields.instant(d, "receivedAt"), d.getDouble("lat"), d.getDouble("lon"), d.getDouble("accuracy"),
        d.getString("device"), d.getString("recordedBy"), d.getString("evidenceId"), d.getString("contentType"),
        BsonFields.number(d, "size"), d.getString("sha256"), d.getString("previousHash"), d.getString("recordHash"));
  }
}
