package cn.ggzy.server.infrastructure.persistence.mongo.intake;

import static com.mongodb.client.model.Filters.eq;

import cn.ggzy.server.domain.model.ConcurrentChangeException;
import cn.ggzy.server.domain.model.intake.Upload;
import cn.ggzy.server.domain.model.intake.UploadRepository;
import cn.ggzy.server.infrastructure.persistence.mongo.MongoConnection;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.ReplaceOptions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.bson.Document;
import org.bson.types.Binary;

/**
 * Uploads as documents keyed by upload id, changed only by compare-and-set on {@code version};
 * the parts of a resumable upload as separate documents keyed by upload id and offset.
 */
@ApplicationScoped
public class MongoUploadRepository implements UploadRepository {
  private static final int CAS_ATTEMPTS = 50;
  private MongoConnection mongo;

  protected MongoUploadRepository() {}

  @Inject
  public MongoUploadRepository(MongoConnection mongo) {
    this.mongo = mongo;
  }

  private MongoCollection<Document> uploads() {
    return IntakeCollections.collection(mongo, IntakeCollections.UPLOADS);
  }

  private MongoCollection<Document> parts() {
    return IntakeCollections.collection(mongo, IntakeCollections.PARTS);
  }

  @Override
  public Optional<Upload> insert(Upload upload) {
    try {
      uploads().insertOne(document(upload).append("version", 1L));
    } catch (MongoWriteException e) {
      if (!IntakeCollections.duplicate(e)) {
        throw e;
      }
      return find(upload.id());
    }
    mongo.awaitDurable();
    return Optional.empty();
  }

  @Override
  public Optional<Upload> find(String id) {
    return Optional.ofNullable(uploads().find(eq("_id", id)).first()).map(MongoUploadRepository::upload);
  }

  @Override
  public void storePart(String uploadId, long offset, byte[] bytes, int length) {
    parts().replaceOne(eq("_id", partId(uploadId, offset)),
        new Document("_id", partId(uploadId, offset)).append("data", new Binary(Arrays.copyOf(bytes, length))),
        new ReplaceOptions().upsert(true));
  }

  @Override
  public byte[] part(String uploadId, long offset) {
    Document d = parts().find(eq("_id", partId(uploadId, offset))).first();
    if (d == null) {
      throw new IllegalStateException("part missing: " + uploadId + "@" + offset);
    }
    return d.get("data", Binary.class).getData();
  }

  @Override
  public boolean advance(String uploadId, long from, long to) {
    return change(uploadId, u -> {
      if (u.received() != from) {
        return null;
      }
      List<Long> offsets = new ArrayList<>(u.partOffsets());
      offsets.add(from);
      return new Upload(u.id(), u.fileName(), u.size(), to, offsets, u.declaredSha256(), false, null, null, null,
          u.startedAt(), u.attachedTo());
    });
  }

  @Override
  public void complete(String uploadId, String contentType, String sha256, long size, String storageId,
      List<Long> partOffsets) {
    change(uploadId, u -> new Upload(u.id(), u.fileName(), size, size, List.of(), u.declaredSha256(), true,
        contentType, sha256, storageId, u.startedAt(), u.attachedTo()));
    for (long offset : partOffsets) {
      parts().deleteOne(eq("_id", partId(uploadId, offset)));
    }
  }

  @Override
  public boolean attach(String uploadId, String owner) {
    return change(uploadId, u -> u.attachedTo() == null ? withOwner(u, owner) : null)
        || find(uploadId).map(u -> owner.equals(u.attachedTo())).orElse(false);
  }

  @Override
  public void detach(String uploadId, String owner) {
    change(uploadId, u -> owner.equals(u.attachedTo()) ? withOwner(u, null) : null);
  }

  private static Upload withOwner(Upload u, String owner) {
    return new Upload(u.id(), u.fileName(), u.size(), u.received(), u.partOffsets(), u.declaredSha256(),
        u.complete(), u.contentType(), u.sha256(), u.storageId(), u.startedAt(), owner);
  }

  /** Read, change, compare-and-set until it sticks; false when the change does not apply (null). */
  private boolean change(String id, UnaryOperator<Upload> how) {
    for (int attempt = 0; attempt < CAS_ATTEMPTS; attempt++) {
      Document stored = uploads().find(eq("_id", id)).first();
      if (stored == null) {
        return false;
      }
      Upload changed = how.apply(upload(stored));
      if (changed == null) {
        return false;
      }
      long version = ((Number) stored.get("version")).longValue();
      if (uploads().replaceOne(new Document("_id", id).append("version", version),
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

  private static Document document(Upload u) {
    return new Document("_id", u.id()).append("fileName", u.fileName()).append("size", u.size())
        .append("received", u.received()).append("partOffsets", u.partOffsets())
        .append("declaredSha256", u.declaredSha256()).append("complete", u.complete())
        .append("contentType", u.contentType()).append("sha256", u.sha256()).append("storageId", u.storageId())
        .append("startedAt", u.startedAt().toEpochMilli()).append("attachedTo", u.attachedTo());
  }

  private static Upload upload(Document d) {
    List<Long> offsets = new ArrayList<>();
    for (Object o : d.getList("partOffsets", Object.class, List.of())) {
      offsets.add(((Number) o).longValue());
    }
    return new Upload(d.getString("_id"), d.getString("fileName"), ((Number) d.get("size")).longValue(),
        ((Number) d.get("received")).longValue(), offsets, d.getString("declaredSha256"),
        d.getBoolean("complete", false), d.getString("contentType"), d.getString("sha256"),
        d.getString("storageId"), Instant.ofEpochMilli(((Number) d.get("startedAt")).longValue()),
        d.getString("attachedTo"));
  }
}
