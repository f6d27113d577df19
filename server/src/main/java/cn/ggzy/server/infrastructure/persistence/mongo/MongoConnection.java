package cn.ggzy.server.infrastructure.persistence.mongo;

import cn.ggzy.server.infrastructure.persistence.mongo.embedded.EmbeddedBackend;
import cn.ggzy.server.infrastructure.persistence.mongo.embedded.GroupCommit;
import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.WriteConcern;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;
import org.bson.Document;
import org.h2.mvstore.MVStore;

/**
 * The connection to MongoDB. With {@code mongodb.uri} (env {@code MONGODB_URI}) it connects there;
 * without it, it starts the embedded default: an in-process MongoDB wire-protocol server
 * (mongo-java-server, H2 MVStore backend) bound to loopback, with its data in
 * {@code <platform.data.dir>/mongo/supervision.mv}, so data survives restarts.
 */
public final class MongoConnection implements AutoCloseable {
  private static final Logger LOG = Logger.getLogger(MongoConnection.class.getName());

  private final MongoServer embedded;
  private final GroupCommit commits;
  private final MongoClient client;
  private final MongoDatabase database;
  private final String description;
  private final Set<String> keyIndexes = ConcurrentHashMap.newKeySet();

  private MongoConnection(MongoServer embedded, GroupCommit commits, MongoClient client, String databaseName,
      String description) {
    this.embedded = embedded;
    this.commits = commits;
    this.client = client;
    this.database = client.getDatabase(databaseName);
    this.description = description;
  }

  /** H2's own default size of the embedded store's page cache. */
  public static final int DEFAULT_CACHE_MB = 16;

  public static MongoConnection open(Optional<String> uri, String databaseName, Path dataDir) {
    return open(uri, databaseName, dataDir, DEFAULT_CACHE_MB);
  }

  /**
   * As {@link #open(Optional, String, Path)}; {@code cacheMb} sizes the embedded store's cache of
   * read pages (it keeps documents deserialised, so a larger one spares re-reading hot collections
   * such as the inbox lines, at the price of heap).
   */
  public static MongoConnection open(Optional<String> uri, String databaseName, Path dataDir, int cacheMb) {
    if (uri.isPresent() && !uri.get().isBlank()) {
      LOG.info("Using the MongoDB given by mongodb.uri");
      return new MongoConnection(null, null, MongoClients.create(uri.get()), databaseName, "configured MongoDB");
    }
    Path dir = dataDir.resolve("mongo");
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create the data directory " + dir, e);
    }
    Path file = dir.resolve("supervision.mv");
    H2Backend backend = new EmbeddedBackend(new MVStore.Builder().fileName(file.toString()).cacheSize(cacheMb).open());
    MongoServer server = new MongoServer(backend);
    InetSocketAddress address = server.bind();
    String connection = "mongodb://127.0.0.1:" + address.getPort();
    LOG.info(() -> "No mongodb.uri configured: embedded MongoDB server with data in " + file
        + " on " + connection);
    MongoClientSettings settings = MongoClientSettings.builder().applyConnectionString(new ConnectionString(connection))
        .addCommandListener(new ThreadWrites()).build();
    return new MongoConnection(server, new GroupCommit(backend.getMvStore()), MongoClients.create(settings),
        databaseName,
        "embedded MongoDB (" + file + ")");
  }

  public MongoClient client() {
    return client;
  }

  public MongoDatabase database() {
    return database;
  }

  public String description() {
    return description;
  }

  /**
   * Returns once every write this thread saw acknowledged is on disk. The embedded server
   * acknowledges writes before its store commits them (about once a second); this commits and
   * syncs (shared by concurrent callers). With a configured MongoDB it does nothing: writes that
   * must be durable use a journaled majority write concern ({@link #durableWrites()}).
   */
  public void awaitDurable() {
    if (commits != null) {
      commits.await();
    }
  }

  /** The write concern for writes that must survive a crash once acknowledged. */
  public WriteConcern durableWrites() {
    return WriteConcern.MAJORITY.withJournal(true);
  }

  /** True for the embedded default (mongo-java-server), false for a configured MongoDB. */
  public boolean embedded() {
    return embedded != null;
  }

  /**
   * Lets the embedded server answer an exact-key filter (such as a compare-and-set on
   * {@code _id}, tenant and version) from an index instead of reading every document: it uses an
   * index only when the filter's fields are exactly a unique index's keys, so this creates that
   * (trivially unique, since it contains {@code _id}) index once. A configured MongoDB answers
   * such a filter from its {@code _id} index already: there it does nothing.
   */
  public void keyIndex(MongoCollection<?> collection, Collection<String> keys) {
    if (embedded == null || keys.size() < 2 || !keys.contains("_id")) {
      return;
    }
    String name = "key_" + String.join("_", keys);
    if (keyIndexes.add(collection.getNamespace().getCollectionName() + "|" + name)) {
      collection.createIndex(Indexes.ascending(List.copyOf(keys)),
          new IndexOptions().name(name).unique(true));
    }
  }

  /** True when the database answers a ping. */
  public boolean ping() {
    try {
      Document reply = database.runCommand(new Document("ping", 1));
      return reply.get("ok", Number.class).doubleValue() == 1.0;
    } catch (RuntimeException e) {
      return false;
    }
  }

  @Override
  public void close() {
    client.close();
    if (embedded != null) {
      embedded.shutdown();
    }
  }
}
