package cn.ggzy.server.infrastructure.persistence.mongo.files;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.ggzy.server.infrastructure.persistence.mongo.MongoConnection;
import cn.ggzy.server.infrastructure.persistence.mongo.TestContainer;
import com.mongodb.client.gridfs.GridFSBucket;
import com.mongodb.client.gridfs.GridFSBuckets;
import com.mongodb.client.gridfs.model.GridFSUploadOptions;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** One GridFS store for every kind of file: standard layout both ways, all-or-nothing writes. */
class GridFsFilesTest {
  private final MongoConnection mongo = TestContainer.get(MongoConnection.class);
  private final String bucket = "test_files";
  private final GridFsFiles files = new GridFsFiles(mongo, bucket);

  @BeforeEach
  void empty() {
    GridFsFiles.ensureIndexes(mongo.database(), bucket);
    mongo.database().getCollection(bucket + ".chunks").deleteMany(new Document());
    mongo.database().getCollection(bucket + ".files").deleteMany(new Document());
  }

  private static byte[] content(int size) {
    byte[] bytes = new byte[size];
    for (int i = 0; i < size; i++) {
      bytes[i] = (byte) (i * 131 + 7);
    }
    return bytes;
  }

  private static String sha256(byte[] bytes) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
  }

  @Test
  void aFileOfSeveralChunksComesBackByteForByteWithItsSha256() throws Exception {
    byte[] bytes = content(3 * GridFsFiles.CHUNK + 17);

    GridFsFiles.Written written = files.write("f-1", "证据.pdf", new ByteArrayInputStream(bytes),
        (b, off, len) -> { }, (length, sha) -> new Document("sha256", sha));

    assertEquals(sha256(bytes), written.sha256());
    assertEquals(bytes.length, written.length());
    GridFsFiles.StoredFile found = files.find("f-1").orElseThrow();
    assertEquals("证据.pdf", found.fileName());
    assertArrayEquals(bytes, files.readAll(found));
    try (InputStream in = files.open(found)) {
      assertArrayEquals(bytes, in.readAllBytes());
    }
  }

  @Test
  void aFileRefusedMidwayOrByItsMetadataLeavesNoChunkAndNoFile() {
    byte[] bytes = content(2 * GridFsFiles.CHUNK + 5);
    long[] seen = {0};

    assertThrows(IllegalArgumentException.class, () -> files.write("f-2", "x.bin", new ByteArrayInputStream(bytes),
        (b, off, len) -> {
          seen[0] += len;
          if (seen[0] > GridFsFiles.CHUNK + 10) {
            throw new IllegalArgumentException("too large");
          }
        }, (length, sha) -> new Document()));
    assertThrows(IllegalStateException.class, () -> files.write("f-3", "y.bin", new ByteArrayInputStream(bytes),
        (b, off, len) -> { }, (length, sha) -> {
          throw new IllegalStateException("not an accepted type");
        }));

    assertEquals(0, mongo.database().getCollection(bucket + ".chunks").countDocuments());
    assertEquals(0, mongo.database().getCollection(bucket + ".files").countDocuments());
  }

  @Test
  void aBrokenStreamIsAnUncheckedIoErrorAndLeavesNothing() {
    InputStream broken = new InputStream() {
      private int left = GridFsFiles.CHUNK + 1;

      @Override
      public int read() throws IOException {
        if (left <= 0) {
          throw new IOException("connection reset");
        }
        left--;
        return 1;
      }
    };

    assertThrows(UncheckedIOException.class, () -> files.write("f-4", "z.bin", broken, (b, off, len) -> { },
        (length, sha) -> new Document()));
    assertEquals(0, mongo.database().getCollection(bucket + ".chunks").countDocuments());
  }

  @Test
  void theLayoutIsStandardGridFsBothWays() throws Exception {
    GridFSBucket driver = GridFSBuckets.create(mongo.database(), bucket);
    byte[] bytes = content(GridFsFiles.CHUNK + 99);
    ObjectId byDriver = driver.uploadFromStream("driver.jpg", new ByteArrayInputStream(bytes),
        new GridFSUploadOptions().metadata(new Document("sha256", sha256(bytes))));
    GridFsFiles.Written ours = files.write(GridFsFiles.newId(), "ours.jpg", new ByteArrayInputStream(bytes),
        (b, off, len) -> { }, (length, sha) -> new Document("sha256", sha));

    assertArrayEquals(bytes, files.readAll(files.find(byDriver).orElseThrow()));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    driver.downloadToStream((ObjectId) ours.id(), out);
    assertArrayEquals(bytes, out.toByteArray());
    assertTrue(files.find(new ObjectId()).isEmpty());
  }
}
