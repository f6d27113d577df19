package cn.ggzy.server.infrastructure.persistence.mongo;

import com.mongodb.client.MongoDatabase;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Opens the one {@link MongoConnection} of the application from MicroProfile Config. */
@ApplicationScoped
public class MongoProducer {
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
  }
}
