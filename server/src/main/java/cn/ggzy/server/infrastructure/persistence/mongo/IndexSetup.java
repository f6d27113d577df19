package cn.ggzy.server.infrastructure.persistence.mongo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.List;
import java.util.logging.Logger;

/**
 * The one start-up point for indexes: asks every aggregate's {@link CollectionSetup}, in a fixed
 * order, once. Whatever needs the collections at start-up (the platform's start, a background job
 * that starts with the application) calls {@link #ensure}; the first caller does the work, the
 * others wait for it.
 */
@ApplicationScoped
public class IndexSetup {
  private static final Logger LOG = Logger.getLogger(IndexSetup.class.getName());

  @Inject @Any Instance<CollectionSetup> setups;

  private boolean done;

  public synchronized void ensure(MongoConnection mongo) {
    if (done) {
      return;
    }
    List<CollectionSetup> all = setups.stream()
        .sorted(Comparator.comparing(s -> s.getClass().getName())).toList();
    for (CollectionSetup setup : all) {
      setup.ensure(mongo);
    }
    done = true;
    LOG.fine(() -> "Collections set up by " + all.size() + " aggregates");
  }
}
