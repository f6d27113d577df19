package cn.ggzy.server.infrastructure.persistence.mongo;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Singleton;
import jakarta.interceptor.Interceptor;
import org.eclipse.jnosql.communication.semistructured.DatabaseManager;
import org.eclipse.jnosql.databases.mongodb.communication.MongoDBDocumentConfiguration;
import org.eclipse.jnosql.databases.mongodb.communication.MongoDBDocumentManager;

/**
 * Gives JNoSQL our MongoDB connection (configured or embedded) instead of letting it build a
 * client from its own settings.
 */
@ApplicationScoped
@Alternative
@Priority(Interceptor.Priority.APPLICATION + 10)
public class DocumentManagerProducer {
  @Produces
  @Singleton
  @Alternative
  @Priority(Interceptor.Priority.APPLICATION + 10)
  @Typed({MongoDBDocumentManager.class, DatabaseManager.class})
  MongoDBDocumentManager manager(MongoConnection connection) {
    return new MongoDBDocumentConfiguration().get(connection.client())
        .apply(connection.database().getName());
  }
}
