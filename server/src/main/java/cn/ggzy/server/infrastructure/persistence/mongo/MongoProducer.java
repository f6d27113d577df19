package cn.ggzy.server.infrastructure.persistence.mongo;

import com.mongodb.client.MongoDatabase;
import com.mongodb.internal.connection.PowerOfTwoBufferPool;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Opens the one {@link MongoConnection} of the application from MicroProfile Config. */
@ApplicationScoped
public class MongoProducer {
  private static final Logger LOG = Logger.getLogger(MongoProducer.class.getName());

  @Inject
  @ConfigProperty(name = "mongodb.uri")
  Optional<String> uri;

  @Inject
  @ConfigProperty(name = "mongodb.database", defaultValue = "supervision")
  String databaseName;

  @Inject
  @ConfigProperty(name = "platform.data.dir")
  String dataDir;

  /** Page cache of the embedded store in MB (H2's default 16); unused with {@code mongodb.uri}. */
  @Inject
  @ConfigProperty(name = "mongodb.embedded.cache-mb", defaultValue = "16")
  int embeddedCacheMb;

  private MongoConnection connection;

  @Produces
  @Singleton
  synchronized MongoConnection connection() {
    if (connection == null) {
      connection = MongoConnection.open(uri, databaseName, Path.of(dataDir), embeddedCacheMb);
    }
    return connection;
  }

  @Produces
  @Singleton
  MongoDatabase database(MongoConnection connection) {
    return connection.database();
  }

  @PreDestroy
  synchronized void close() {
    if (connection != null) {
      connection.close();
    }
    stopDriverPruner();
  }

  /**
   * The MongoDB driver's shared buffer pool starts a pruning thread (BufferPoolPruner) when its
   * class loads and never stops it. The thread keeps the application's class loader, so every
   * redeployment into a running server kept the previous one (about 80 MB of heap each) until the
   * heap ran out. Stopped here when the application stops; the pool has no public switch, hence
   * reflection, and a driver without it is left as it is.
   */
  static void stopDriverPruner() {
    try {
      Method disable = PowerOfTwoBufferPool.class.getDeclaredMethod("disablePruning");
      disable.setAccessible(true);
      disable.invoke(PowerOfTwoBufferPool.DEFAULT);
      LOG.info("MongoDB buffer pool pruner stopped");
    } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
      LOG.warning(() -> "MongoDB buffer pool pruner left running: " + e);
    }
  }
}
