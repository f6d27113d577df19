package cn.ggzy.server.infrastructure.persistence.mongo.files;

import static com.mongodb.client.model.Filters.eq;

import cn.ggzy.server.infrastructure.persistence.mongo.MongoConnection;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Date;
import java.util.HexFormat;
import java.util.Optional;
import org.bson.Document;
import org.bson.types.Binary;
import org.bson.types.ObjectId;

/**
 * One GridFS bucket (the standard {@code <bucket>.files} / {@code <bucket>.chunks} layout, readable
 * by any GridFS client) written and read chunk by chunk with exact {@code (files_id, n)} keys, which
 * the unique chunk index answers without scanning (also on the embedded server). Writes are durable
 * (the connection's write concern) and all-or-nothing: a write that fails or is refused leaves no
 * chunk behind; the file document, with its SHA-256 in the metadata, is written last.
 */
public final class GridFsFiles {
  /** The chunk size of the GridFS default. */
  public static final int CHUNK = 255 * 1024;

  /** Sees every byte as it arrives; may refuse the file by throwing (nothing is kept then). */
  @FunctionalInterface
  public interface Check {
    void update(byte[] bytes, int offset, int length);
  }

  /** Makes the file's metadata once all bytes are in; may refuse the file by throwing. */
  @FunctionalInterface
  public interface Metadata {
    Document of(long length, String sha256);
  }

  /** A file written. */
  public record Written(Object id, long length, String sha256, Document metadata) {}

  /** A file found: its document (length, filename, metadata). */
  public record StoredFile(Object id, long length, int chunkSize, String fileName, Document metadata) {
    public String sha256() {
      return metadata == null ? null : metadata.getString("sha256");
    }
  }

  private final MongoConnection mongo;
  private final String bucket;

  public GridFsFiles(MongoConnection mongo, String bucket) {
    this.mongo = mongo;
    this.bucket = bucket;
  }

  /** The bucket's indexes: the unique chunk key GridFS clients expect, and the files' name and date. */
  public static void ensureIndexes(MongoDatabase db, String bucket) {
    db.getCollection(bucket + ".chunks").createIndex(Indexes.ascending("files_id", "n"),
        new IndexOptions().name("files_id_1_n_1").unique(true));
    db.getCollection(bucket + ".files").createIndex(Indexes.ascending("filename", "uploadDate"),
        new IndexOptions().name("filename_1_uploadDate_1"));
  }

  private MongoCollection<Document> files() {
    return mongo.database().getCollection(bucket + ".files").withWriteConcern(mongo.durableWrites());
  }

  private MongoCollection<Document> chunks() {
    return mongo.database().getCollection(bucket + ".chunks").withWriteConcern(mongo.durableWrites());
  }

  /**
   * Reads {@code content} to its end into the file {@code id} (a String or an ObjectId), each byte
   * shown to {@code check}; returns once the file is durable. An earlier unfinished attempt under the
   * same id is replaced. A read error is an {@link UncheckedIOException}; a refusal is whatever the
   * check or the metadata threw. Either way no chunk stays.
   */
  public Written write(Object id, String fileName, InputStream content, Check check, Metadata metadata) {
    removeUnfinished(id);
    MessageDigest sha = sha256();
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
        check.update(chunk, filled, read);
        filled += read;
        total += read;
        if (filled == CHUNK) {
          writeChunk(id, n++, chunk, filled);
          filled = 0;
        }
      }
      if (filled > 0) {
        writeChunk(id, n++, chunk, filled);
      }
      String hex = HexFormat.of().formatHex(sha.digest());
      Document meta = metadata.of(total, hex);
      files().insertOne(new Document("_id", id).append("length", total).append("chunkSize", CHUNK)
          .append("uploadDate", new Date()).append("filename", fileName).append("metadata", meta));
      mongo.awaitDurable();
      return new Written(id, total, hex, meta);
    } catch (IOException e) {
      removeChunks(id, n);
      throw new UncheckedIOException(e);
    } catch (RuntimeException e) {
      removeChunks(id, n);
      throw e;
    }
  }

  /** The file {@code id} if it exists (by its exact key), else empty. */
  public Optional<StoredFile> find(Object id) {
    Document file = files().find(eq("_id", id)).first();
    if (file == null) {
      return Optional.empty();
    }
    return Optional.of(new StoredFile(id, ((Number) file.get("length")).longValue(),
        ((Number) file.get("chunkSize")).intValue(), file.getString("filename"), file.get("metadata", Document.class)));
  }

  /** The content of a file found; read chunk by chunk; the caller closes the stream. */
  public InputStream open(StoredFile file) {
    int count = (int) ((file.length() + file.chunkSize() - 1) / file.chunkSize());
    return new ChunkStream(file.id(), count);
  }

  /** The whole content of a small file, checked against its SHA-256. */
  public byte[] readAll(StoredFile file) {
    try (InputStream in = open(file)) {
      byte[] content = in.readAllBytes();
      String hex = HexFormat.of().formatHex(sha256().digest(content));
      if (!hex.equals(file.sha256())) {
        throw new IllegalStateException("stored file " + file.id() + " no longer matches its SHA-256");
      }
      return content;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A new id of the GridFS default kind. */
  public static ObjectId newId() {
    return new ObjectId();
  }

  private void writeChunk(Object id, int n, byte[] bytes, int length) {
    byte[] data = length == bytes.length ? bytes.clone() : Arrays.copyOf(bytes, length);
    chunks().insertOne(new Document("_id", new ObjectId()).append("files_id", id).append("n", n)
        .append("data", new Binary(data)));
  }

  /** A crashed or refused earlier attempt under the same id leaves chunks (and maybe the file). */
  private void removeUnfinished(Object id) {
    if (chunks().find(new Document("files_id", id).append("n", 0)).first() == null) {
      return;
    }
    files().deleteOne(eq("_id", id));
    int n = 0;
    while (chunks().deleteOne(new Document("files_id", id).append("n", n)).getDeletedCount() == 1) {
      n++;
    }
  }

  private void removeChunks(Object id, int count) {
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
    private final Object id;
    private final int count;
    private int next;
    private byte[] current = new byte[0];
    private int position;

    ChunkStream(Object id, int count) {
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
          throw new UncheckedIOException(new IOException("file chunk missing: " + id + "#" + next));
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
