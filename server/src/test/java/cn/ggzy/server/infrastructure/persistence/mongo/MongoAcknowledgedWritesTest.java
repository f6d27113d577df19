package cn.ggzy.server.infrastructure.persistence.mongo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mongodb.client.model.Filters;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MongoAcknowledgedWritesTest {
  @TempDir Path dir;

  @Test
  void onlyAThreadThatWroteWaitsAndWhatItWroteIsOnDiskWhenItReturns() throws Exception {
    MongoAcknowledgedWrites writes = new MongoAcknowledgedWrites();
    try (MongoConnection mongo = MongoConnection.open(Optional.empty(), "t", dir)) {
      writes.mongo = mongo;
      var docs = mongo.database().getCollection("docs");
      writes.begin();
      docs.find(Filters.eq("_id", "nothing")).first();
      assertFalse(ThreadWrites.wrote(), "a read is not a write");

      docs.insertOne(new Document("_id", "a").append("n", 1));
      assertTrue(ThreadWrites.wrote(), "the driver reported the insert on this thread");
      AtomicBoolean otherThreadSaw = new AtomicBoolean(true);
      Thread other = new Thread(() -> otherThreadSaw.set(ThreadWrites.wrote()));
      other.start();
      other.join();
      assertFalse(otherThreadSaw.get(), "another thread (another request) did not write");
      docs.updateOne(Filters.eq("_id", "a"), new Document("$set", new Document("n", 2)));
      writes.awaitDurable();
      assertFalse(ThreadWrites.wrote(), "forgotten once durable");
    }
    // the store was closed without waiting for its background commit: what awaitDurable covered is there
    try (MongoConnection mongo = MongoConnection.open(Optional.empty(), "t", dir)) {
      assertEquals(2, mongo.database().getCollection("docs").find(Filters.eq("_id", "a")).first().getInteger("n"));
    }
  }
}
