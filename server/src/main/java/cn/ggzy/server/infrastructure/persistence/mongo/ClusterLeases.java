package cn.ggzy.server.infrastructure.persistence.mongo;

import com.mongodb.client.MongoDatabase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import net.javacrumbs.shedlock.core.ClockProvider;
import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import net.javacrumbs.shedlock.provider.mongo.MongoLockProvider;

/**
 * Runs a task only where this node holds the task's lease: ShedLock with its MongoDB provider
 * (collection {@code shedLock}), so that two nodes sharing one database never run the same
 * scheduled work at the same time. A node that dies keeps the lease at most {@code atMostFor}.
 */
@ApplicationScoped
public class ClusterLeases {
  private LockingTaskExecutor executor;

  protected ClusterLeases() {}

  @Inject
  public ClusterLeases(MongoDatabase database) {
    this(new MongoLockProvider(database));
  }

  /** A lease holder of its own (tests: a second node). */
  public ClusterLeases(LockProvider provider) {
    this.executor = new DefaultLockingTaskExecutor(provider);
  }

  /** Runs {@code task} if the lease {@code name} is free; true when it ran here. */
  public boolean runExclusively(String name, Duration atMostFor, Runnable task) {
    AtomicBoolean ran = new AtomicBoolean();
    executor.executeWithLock((Runnable) () -> {
      ran.set(true);
      task.run();
    }, new LockConfiguration(ClockProvider.now(), name, atMostFor, Duration.ZERO));
    return ran.get();
  }
}
