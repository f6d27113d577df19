package cn.ggzy.server.infrastructure.persistence.mongo.intake;

import static com.mongodb.client.model.Filters.eq;

import cn.ggzy.server.domain.model.DomainException;
import cn.ggzy.server.domain.model.NotFoundException;
import cn.ggzy.server.domain.model.intake.ContentInspector;
import cn.ggzy.server.domain.model.intake.EvidenceStore;
import cn.ggzy.server.domain.model.intake.FileType;
import cn.ggzy.server.infrastructure.persistence.mongo.MongoConnection;
import com.mongodb.client.MongoCollection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Date;
import java.util.HexFormat;
import org.bson.Document;
import org.bson.types.Binary;
import org.bson.types.ObjectId;

/**
 * Evidence in GridFS (bucket {@code intake_evidence}, the standard files/chunks layout, readable by
 * any GridFS client) with the SHA-256 and the type recognised from the content in the file's
 * metadata. Written and read chunk by chunk with exact (files_id, n) keys, which the unique chunk
 * index answers without scanning. The type is checked while the bytes arrive: a file that cannot
 * be of an accepted kind is dropped as soon as its head shows it.
 */
@ApplicationScoped
public class GridFsEvidenceStore implements EvidenceStore {
  static final int CHUNK = 255 * 1024;
  private MongoConnection mongo;

  protected GridFsEvidenceStore() {}

  @Inject
  public GridFsEvidenceStore(MongoConnection mongo) {
    this.mongo = mongo;
  }

  private MongoCollection<Document> files() {
    return IntakeCollections.collection(mongo, IntakeCollections.BUCKET + ".files");
  }

  private MongoCollection<Document> chunks() {
    return IntakeCollections.collection(mongo, IntakeCollections.BUCKET + ".chunks");
  }

  @Override
  public Stored store(String key, String fileName, InputStream content, long maxBytes) {
    String id = "f-" + key;
    removeUnfinished(id);
    MessageDigest sha = sha256();
    ContentInspector inspector = new ContentInspector();
    byte[] chunk = new byte[CHUNK];
    int filled = 0;
    int n = 0;
    long total = 0;
    try {
      while (true) {
        int read = content.read(chunk, filled, CHUNK - filled);
        if (read < 0) {
          break;
        }
        sha.update(chunk, filled, read);
        inspector.update(chunk, filled, read);
        filled += read;
        total += read;
        if (total > maxBytes) {
          throw new DomainException("intake.upload.tooLarge", "file");
        }
        if (inspector.rejectedEarly()) {
          throw new DomainException("intake.upload.type.notAllowed", "file");
        }
        if (filled == CHUNK) {
          writeChunk(id, n++, chunk, filled);
          filled = 0;
        }
      }
      if (filled > 0) {
        writeChunk(id, n++, chunk, filled);
      }
      if (total == 0) {
        throw new DomainException("intake.upload.empty", "file");
      }
      FileType type = inspector.result()
          .orElseThrow(() -> new DomainException("intake.upload.type.notAllowed", "file"));
      String hex = HexFormat.of().formatHex(sha.digest());
      files().insertOne(new Document("_id", id).append("length", total).append("chunkSize", CHUNK)
          .append("uploadDate", new Date()).append("filename", fileName)
          .append("metadata", new Document("sha256", hex).append("contentType", type.mimeType())));
      mongo.awaitDurable();
      return new Stored(id, total, hex, type);
    } catch (IOException e) {
      removeChunks(id, n);
      throw new DomainException("intake.upload.interrupted", "file");
    } catch (RuntimeException e) {
      removeChunks(id, n);
      throw e;
    }
  }

  @Override
  public InputStream open(String storageId) {
    Document file = files().find(eq("_id", storageId)).first();
    if (file == null) {
      throw new NotFoundException("intake.evidence.notFound");
    }
    long length = ((Number) file.get("length")).longValue();
    int chunkSize = ((Number) file.get("chunkSize")).intValue();
    int count = (int) ((length + chunkSize - 1) / chunkSize);
    return new ChunkStream(storageId, count);
  }

  private void writeChunk(String id, int n, byte[] bytes, int length) {
    byte[] data = length == bytes.length ? bytes.clone() : java.util.Arrays.copyOf(bytes, length);
    chunks().insertOne(new Document("_id", new ObjectId()).append("files_id", id).append("n", n)
        .append("data", new Binary(data)));
  }

  /** A crashed or refused earlier attempt under the same id leaves chunks (and maybe the file). */
  private void removeUnfinished(String id) {
    if (chunks().find(new Document("files_id", id).append("n", 0)).first() == null) {
      return;
    }
    files().deleteOne(eq("_id", id));
    int n = 0;
    while (chunks().deleteOne(new Document("files_id", id).append("n", n)).getDeletedCount() == 1) {
      n++;
    }
  }

  private void removeChunks(String id, int count) {
    for (int n = 0; n < count; n++) {
      chunks().deleteOne(new Document("files_id", id).append("n", n));
    }
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Reads the chunks one by one, each by its exact key. */
  private final class ChunkStream extends InputStream {
    private final String id;
    private final int count;
    private int next;
    private byte[] current = new byte[0];
    private int position;

    ChunkStream(String id, int count) {
      this.id = id;
      this.count = count;
    }

    @Override
    public int read() throws IOException {
      byte[] one = new byte[1];
      return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      if (len == 0) {
        return 0;
      }
      while (position == current.length) {
        if (next == count) {
          return -1;
        }
        Document chunk = chunks().find(new Document("files_id", id).append("n", next)).first();
        if (chunk == null) {
          throw new UncheckedIOException(new IOException("evidence chunk missing: " + id + "#" + next));
        }
        current = chunk.get("data", Binary.class).getData();
        position = 0;
        next++;
      }
      int n = Math.min(len, current.length - position);
      System.arraycopy(current, position, b, off, n);
      position += n;
      return n;
    }
  }
}
