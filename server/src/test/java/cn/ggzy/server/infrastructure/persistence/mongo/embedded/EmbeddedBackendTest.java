package cn.ggzy.server.infrastructure.persistence.mongo.embedded;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.ggzy.server.infrastructure.persistence.mongo.MongoConnection;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Updates;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.Missing;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.bson.Document;
import org.bson.types.Binary;
import org.bson.types.Decimal128;
import org.bson.types.ObjectId;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded store keeps documents as BSON: every BSON type a client sends comes back the same
 * after a restart, updates and index lookups work on it, the file holds no Java-serialised
 * documents, and a store written by an earlier version (Java serialisation) stays readable.
 */
class EmbeddedBackendTest {
  @TempDir
  Path dir;

  private static Document everyType(ObjectId id) {
    return new Document("_id", id)
        .append("text", "投诉举报 complaint")
        .append("int", 42)
        .append("long", 1L << 40)
        .append("double", 3.25)
        .append("decimal", Decimal128.parse("12345.67"))
        .append("flag", true)
        .append("none", null)
        .append("when", new Date(1_790_000_000_000L))
        .append("bytes", new Binary(new byte[] {1, 2, 3, (byte) 0xff}))
        .append("nested", new Document("a", List.of(1, "two", new Document("b", 3L))))
        .append("empty", new Document())
        .append("list", List.of());
  }

  @Test
  void everyTypeComesBackTheSameAfterARestartAndTheFileHoldsNoJavaSerialisation() throws Exception {
    ObjectId id = new ObjectId();
    try (MongoConnection mongo = MongoConnection.open(Optional.empty(), "t", dir)) {
      var c = mongo.database().getCollection("docs");
      c.createIndex(new Document("text", 1), new IndexOptions().unique(true));
      c.insertOne(everyType(id));
      for (int i = 0; i < 200; i++) {
        c.insertOne(new Document("_id", "k" + i).append("text", "row " + i).append("n", i));
      }
      c.updateOne(Filters.eq("_id", "k7"), Updates.set("n", 700));
      c.deleteOne(Filters.eq("_id", "k8"));
      mongo.awaitDurable();
    }
    try (MVStore store = new MVStore.Builder().fileName(dir.resolve("mongo/supervision.mv").toString()).open()) {
      assertEquals(EmbeddedBackend.BSON, EmbeddedBackend.format(store));
    }
    String file = new String(Files.readAllBytes(dir.resolve("mongo/supervision.mv")), StandardCharsets.ISO_8859_1);
    assertFalse(file.contains("de.bwaldvogel.mongo.bson.Document"), "documents are not Java-serialised");
    try (MongoConnection mongo = MongoConnection.open(Optional.empty(), "t", dir)) {
      var c = mongo.database().getCollection("docs");
      Document back = c.find(Filters.eq("_id", id)).first();
      assertEquals(everyType(id).toJson(), back.toJson());
      assertArrayEquals(new byte[] {1, 2, 3, (byte) 0xff}, back.get("bytes", Binary.class).getData());
      assertEquals(700, c.find(Filters.eq("_id", "k7")).first().getInteger("n"));
      assertEquals(null, c.find(Filters.eq("_id", "k8")).first());
      assertEquals(150, c.find(Filters.eq("text", "row 150")).first().getInteger("n"));
      assertEquals(200, c.countDocuments());
    }
  }

  @Test
  void uniqueIndexesFindAndRefuseTheirKeysOfEveryTypeAfterARestart() throws Exception {
    List<Object> keys = List.of("甲", "b", 7, 1L << 40, 7.5, true, new Date(1_790_000_000_000L), new ObjectId(),
        new Document("x", 1).append("y", "z"), Decimal128.parse("1.10"), new Binary(new byte[] {9}));
    try (MongoConnection mongo = MongoConnection.open(Optional.empty(), "t", dir)) {
      var c = mongo.database().getCollection("keys");
      c.createIndex(new Document("k", 1).append("tenant", 1), new IndexOptions().unique(true));
      c.createIndex(new Document("other", 1), new IndexOptions().unique(true).sparse(true));
      for (int i = 0; i < keys.size(); i++) {
        c.insertOne(new Document("_id", i).append("k", keys.get(i)).append("tenant", "t1"));
        c.insertOne(new Document("_id", 100 + i).append("k", keys.get(i)).append("tenant", "t2"));
      }
      for (int i = 0; i < 300; i++) {
        c.insertOne(new Document("_id", "filler" + i).append("k", "f" + i).append("tenant", "t1").append("other", i));
      }
      mongo.awaitDurable();
    }
    try (MongoConnection mongo = MongoConnection.open(Optional.empty(), "t", dir)) {
      var c = mongo.database().getCollection("keys");
      for (int i = 0; i < keys.size(); i++) {
        Object key = keys.get(i);
        Document found = c.find(Filters.and(Filters.eq("k", key), Filters.eq("tenant", "t2"))).first();
        assertEquals(100 + i, found == null ? null : found.getInteger("_id"), "found by " + key);
        int n = i;
        var refused = Assertions.assertThrows(MongoWriteException.class,
            () -> c.insertOne(new Document("_id", 1000 + n).append("k", key).append("tenant", "t1")), "refused " + key);
        assertEquals(11000, refused.getCode());
      }
      assertEquals(299, c.find(Filters.eq("other", 299)).first().getInteger("other"));
      assertThrows(MongoWriteException.class,
          () -> c.insertOne(new Document("_id", "again").append("k", "new").append("tenant", "t1").append("other", 5)));
      c.insertOne(new Document("_id", "noOther1").append("k", "n1").append("tenant", "t1"));
      c.insertOne(new Document("_id", "noOther2").append("k", "n2").append("tenant", "t1"));
      assertEquals(2 * keys.size() + 302, c.countDocuments());
    }
  }

  @Test
  void storedValuesAreOrderedTotallyAndEqualOnlyWhenEqual() {
    // the values as the server holds them (mongo-java-server's own BSON classes)
    List<Object> values = new ArrayList<>(List.of("a", "b", "甲", 1, 2, 1L, 1.0, -0.0, 0.0, true, false,
        new de.bwaldvogel.mongo.bson.ObjectId(), new de.bwaldvogel.mongo.bson.Document("x", 1),
        new de.bwaldvogel.mongo.bson.Document("x", 2), new de.bwaldvogel.mongo.bson.Document("x", 1).append("y", 1),
        List.of(1, 2), List.of(1), UUID.randomUUID(), Instant.ofEpochMilli(5),
        new de.bwaldvogel.mongo.bson.Decimal128(new BigDecimal("1.0")),
        new de.bwaldvogel.mongo.bson.Decimal128(new BigDecimal("1.00"))));
    values.add(null);
    values.add(Missing.getInstance());
    for (Object a : values) {
      for (Object b : values) {
        int ab = StoredValues.compare(a, b);
        assertEquals(-Integer.signum(ab), Integer.signum(StoredValues.compare(b, a)), a + " / " + b);
        assertEquals(Objects.equals(a, b), ab == 0, a + " / " + b);
        for (Object c : values) {
          if (ab < 0 && StoredValues.compare(b, c) < 0) {
            assertTrue(StoredValues.compare(a, c) < 0, a + " < " + b + " < " + c);
          }
        }
      }
    }
  }

  @Test
  void aStoreWrittenWithJavaSerialisationKeepsItsFormatAndItsData() throws Exception {
    Path file = dir.resolve("mongo/supervision.mv");
    Files.createDirectories(file.getParent());
    H2Backend old = new H2Backend(new MVStore.Builder().fileName(file.toString()).open());
    MongoServer server = new MongoServer(old);
    var address = server.bind();
    try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + address.getPort())) {
      client.getDatabase("t").getCollection("docs").insertOne(new Document("_id", "old").append("n", 1));
    }
    server.shutdown();
    try (MongoConnection mongo = MongoConnection.open(Optional.empty(), "t", dir)) {
      var c = mongo.database().getCollection("docs");
      assertEquals(1, c.find(Filters.eq("_id", "old")).first().getInteger("n"));
      c.insertOne(new Document("_id", "new").append("n", 2));
      mongo.awaitDurable();
    }
    try (MongoConnection mongo = MongoConnection.open(Optional.empty(), "t", dir)) {
      var c = mongo.database().getCollection("docs");
      assertEquals(2, c.find(Filters.eq("_id", "new")).first().getInteger("n"));
      assertEquals(2, c.countDocuments());
    }
    try (MVStore store = new MVStore.Builder().fileName(file.toString()).open()) {
      assertEquals(EmbeddedBackend.JAVA_SERIALISATION, EmbeddedBackend.format(store));
    }
    String bytes = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
    assertTrue(bytes.contains("de.bwaldvogel.mongo.bson.Document"), "still Java-serialised");
  }
}
