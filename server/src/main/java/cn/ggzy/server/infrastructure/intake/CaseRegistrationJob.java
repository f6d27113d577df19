package cn.ggzy.server.infrastructure.intake;

import cn.ggzy.server.application.internal.intake.DefaultPublicIntake;
import cn.ggzy.server.infrastructure.intake.mongo.IntakeCollections;
import cn.ggzy.server.infrastructure.mongo.embedded.MongoConnection;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * At start-up: the public channel's indexes, then one background thread that registers the cases
 * of stored submissions (at once for those left over from before a crash or restart, then every
 * few seconds; {@code platform.intake.registration-interval-seconds}, 0 turns it off).
 */
@ApplicationScoped
public class CaseRegistrationJob {
  private static final Logger LOG = Logger.getLogger(CaseRegistrationJob.class.getName());

  @Inject MongoConnection mongo;
  @Inject DefaultPublicIntake intake;

  private ScheduledExecutorService executor;

  void onStart(@Observes @Initialized(ApplicationScoped.class) Object event) {
    IntakeCollections.ensureIndexes(mongo.database());
    long seconds = intake.settings().registrationInterval().toSeconds();
    if (seconds <= 0) {
      return;
    }
    ClassLoader loader = Thread.currentThread().getContextClassLoader();
    executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
      Thread t = new Thread(runnable, "intake-case-registration");
      t.setDaemon(true);
      t.setContextClassLoader(loader);
      return t;
    });
    executor.scheduleWithFixedDelay(this::run, 0, seconds, TimeUnit.SECONDS);
  }

  private void run() {
    try {
      int registered;
      do {
        registered = intake.registerWaitingCases();
        if (registered > 0) {
          int n = registered;
          LOG.fine(() -> "Registered the cases of " + n + " submission(s)");
        }
      } while (registered > 0);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Registering the cases of stored submissions failed; will retry", e);
    }
  }

  @PreDestroy
  void stop() {
    if (executor != null) {
      executor.shutdownNow();
    }
  }
}
