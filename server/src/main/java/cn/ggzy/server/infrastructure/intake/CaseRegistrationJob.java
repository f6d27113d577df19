package cn.ggzy.server.infrastructure.intake;

import cn.ggzy.server.application.IntakeSettings;
import cn.ggzy.server.application.WaitingCases;
import cn.ggzy.server.infrastructure.persistence.mongo.ClusterLeases;
import cn.ggzy.server.infrastructure.persistence.mongo.IndexSetup;
import cn.ggzy.server.infrastructure.persistence.mongo.MongoConnection;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.annotation.Gauge;

/**
 * At start-up: the public channel's indexes, then one background thread that registers the cases
 * of stored submissions (at once for those left over from before a crash or restart, then every
 * few seconds; {@code platform.intake.registration-interval-seconds}, 0 turns it off). The work
 * runs under the cluster lease {@value #LEASE}, so one node registers at a time; a round stops
 * after {@link #ROUND} and the next one follows at once while submissions are waiting. While this
 * node stores more than {@code platform.intake.registration-yield-above-per-second} (50) new
 * submissions a second, it registers {@value #YIELD_BATCH} cases every half second and leaves the
 * processors to the filers (a full batch of {@value #CASE_BATCH} stops as soon as they come), for
 * at most {@code platform.intake.registration-yield-at-most-seconds} (120) of one burst; the
 * backlog clears when the burst is over. Gauges {@code intake.cases.waiting} and {@code intake.cases.registered} (since start) on
 * {@code /metrics} let operators see a backlog.
 */
@ApplicationScoped
public class CaseRegistrationJob {
  private static final Logger LOG = Logger.getLogger(CaseRegistrationJob.class.getName());

  public static final String LEASE = "intake-case-registration";
  static final Duration ROUND = Duration.ofSeconds(10);
  /**
   * How long a node that died (or an application undeployed mid-round, whose database client closed
   * before it could give the lease back) holds the lease at most: short, so that the cases of new
   * submissions wait seconds, not minutes; a round ends long before it.
   */
  static final Duration LEASE_AT_MOST = Duration.ofSeconds(30);

  /** While filers are many, a few cases at a time with a pause between: the filers' answers come first. */
  static final int CASE_BATCH = 500;
  static final int YIELD_BATCH = 10;
  static final Duration YIELD_PAUSE = Duration.ofMillis(500);

  @Inject MongoConnection mongo;
  @Inject IndexSetup indexes;
  @Inject WaitingCases intake;
  @Inject IntakeSettings settings;
  @Inject ClusterLeases leases;

  private final AtomicLong registeredSinceStart = new AtomicLong();
  private volatile boolean stopping;

  private ScheduledExecutorService executor;

  void onStart(@Observes @Initialized(ApplicationScoped.class) Object event) {
    indexes.ensure(mongo);
    long seconds = settings.registrationInterval().toSeconds();
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

  /** One round under the lease; answers whether submissions may still be waiting. */
  public boolean runOnce() {
    AtomicBoolean more = new AtomicBoolean();
    leases.runExclusively(LEASE, LEASE_AT_MOST, () -> {
      long until = System.nanoTime() + ROUND.toNanos();
      int registered;
      do {
        boolean busy = intake.registrationShouldYield();
        // a full batch stops as soon as filers arrive; the yielding one is short anyway
        registered = busy ? intake.registerWaitingCases(YIELD_BATCH)
            : intake.registerWaitingCases(CASE_BATCH, intake::registrationShouldYield);
        registeredSinceStart.addAndGet(registered);
        if (registered > 0) {
          int n = registered;
          LOG.fine(() -> "Registered the cases of " + n + " submission(s)");
        }
        if (busy && registered > 0) {
          pause(YIELD_PAUSE);
        }
      } while (registered > 0 && System.nanoTime() < until && !stopping);
      more.set(registered > 0);
    });
    return more.get();
  }

  private void run() {
    try {
      boolean more = true;
      while (more && !stopping) {
        more = runOnce();
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Registering the cases of stored submissions failed; will retry", e);
    }
  }

  @Gauge(name = "intake.cases.waiting", unit = MetricUnits.NONE, absolute = true,
      description = "Stored submissions (投诉/举报) whose case is not registered yet")
  public long casesWaiting() {
    return intake.casesWaiting();
  }

  @Gauge(name = "intake.cases.registered", unit = MetricUnits.NONE, absolute = true,
      description = "Cases registered from submissions by this node since it started")
  public long casesRegistered() {
    return registeredSinceStart.get();
  }

  private static void pause(Duration d) {
    try {
      Thread.sleep(d.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Ends the round between two batches and waits for it, so that the lease is given back while the database is there. */
  @PreDestroy
  void stop() {
    stopping = true;
    if (executor != null) {
      executor.shutdown();
      try {
        if (!executor.awaitTermination(10, TimeUnit.SECONDS)) {
          executor.shutdownNow();
        }
      } catch (InterruptedException e) {
        executor.shutdownNow();
        Thread.currentThread().interrupt();
      }
    }
  }
}
