package cn.ggzy.server.infrastructure.persistence.mongo;

import cn.ggzy.server.application.AcknowledgedWrites;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * With the embedded default, a request that wrote waits for the store's group commit and fsync
 * ({@link MongoConnection#awaitDurable()}) before it answers: the embedded server acknowledges a
 * write before its store writes it to the file (about once a second), so a node killed the next
 * instant would otherwise lose what its clients saw acknowledged. With a configured MongoDB the
 * write concern does it (a journaled majority in {@code MONGODB_URI}, see the README).
 */
@ApplicationScoped
public class MongoAcknowledgedWrites implements AcknowledgedWrites {
  @Inject MongoConnection mongo;

  @Override
  public void begin() {
    ThreadWrites.reset();
  }

  @Override
  public void awaitDurable() {
    if (ThreadWrites.wrote()) {
      try {
        mongo.awaitDurable();
      } finally {
        ThreadWrites.reset();
      }
    }
  }
}
