package cn.ggzy.server.infrastructure.scheduling;

import cn.ggzy.server.application.Dispatch;
import cn.ggzy.server.application.ExpertJobs;
import cn.ggzy.server.application.NotificationJobs;
import cn.ggzy.server.application.RiggingJobs;
import cn.ggzy.server.application.SiteSupervision;
import cn.ggzy.server.infrastructure.persistence.mongo.ClusterLeases;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The notification work of the cluster: every few seconds the outboxes are emptied and due
 * deliveries sent (lease {@code notification-dispatch}); every minute the deadlines are scanned
 * (lease {@code deadline-scan}) and expert invitations unanswered in time replaced (lease
 * {@code expert-replacement}), and the region models retrained where their labels changed (lease
 * {@code rigging-learning}), and the dispatch reports whose week or month ended generated (lease
 * {@code dispatch-reports}), and the site staff's attendance of the week that ended judged (lease
 * {@code site-absences}). Each node tries; the lease lets one run at a time. Off with
 * {@code platform.notifications.scheduler=off} (tests drive the work themselves).
 */
@ApplicationScoped
public class NotificationScheduler {
  private static final Logger LOG = Logger.getLogger(NotificationScheduler.class.getName());
  public static final String DISPATCH = "notification-dispatch";
  public static final String SCAN = "deadline-scan";
  public static final String EXPERTS = "expert-replacement";
  public static final String LEARNING = "rigging-learning";
  public static final String REPORTS = "dispatch-reports";
  public static final String BACKFILL = "dispatch-backfill";
  public static final String ABSENCES = "site-absences";

  @Inject ClusterLeases leases;
  @Inject NotificationJobs jobs;
  @Inject ExpertJobs experts;
  @Inject RiggingJobs rigging;
  @Inject Dispatch dispatch;
  @Inject SiteSupervision sites;

  @Inject
  @ConfigProperty(name = "platform.notifications.scheduler", defaultValue = "on")
  String enabled;

  @Inject
  @ConfigProperty(name = "platform.notifications.dispatch-interval", defaultValue = "PT2S")
  Duration dispatchInterval;

  @Inject
  @ConfigProperty(name = "platform.notifications.scan-interval", defaultValue = "PT1M")
  Duration scanInterval;

  private final String node = "node-" + UUID.randomUUID().toString().substring(0, 8);
  private ScheduledExecutorService timer;

  void onStart(@Observes @Initialized(ApplicationScoped.class) Object event) {
    if ("off".equalsIgnoreCase(enabled)) {
      LOG.info("Notification scheduler is off (platform.notifications.scheduler=off)");
      return;
    }
    timer = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "notifications-" + node);
      t.setDaemon(true);
      return t;
    });
    timer.scheduleWithFixedDelay(() -> guarded(DISPATCH, this::dispatchOnce), 5_000,
        dispatchInterval.toMillis(), TimeUnit.MILLISECONDS);
    timer.scheduleWithFixedDelay(() -> guarded(SCAN, this::scanOnce), 10_000, scanInterval.toMillis(),
        TimeUnit.MILLISECONDS);
    timer.scheduleWithFixedDelay(() -> guarded(EXPERTS, this::expertsOnce), 15_000, scanInterval.toMillis(),
        TimeUnit.MILLISECONDS);
    timer.scheduleWithFixedDelay(() -> guarded(LEARNING, this::learningOnce), 20_000, scanInterval.toMillis(),
        TimeUnit.MILLISECONDS);
    timer.scheduleWithFixedDelay(() -> guarded(REPORTS, this::reportsOnce), 25_000, scanInterval.toMillis(),
        TimeUnit.MILLISECONDS);
    timer.scheduleWithFixedDelay(() -> guarded(BACKFILL, this::backfillOnce), 12_000, scanInterval.toMillis(),
        TimeUnit.MILLISECONDS);
    timer.scheduleWithFixedDelay(() -> guarded(ABSENCES, this::absencesOnce), 30_000, scanInterval.toMillis(),
        TimeUnit.MILLISECONDS);
    LOG.info(() -> "Notification scheduler started on " + node);
  }

  /** One round of the dispatch work under the cluster lease; false when another node holds it. */
  public boolean dispatchOnce() {
    return leases.runExclusively(DISPATCH, Duration.ofMinutes(2), () -> {
      jobs.dispatchOutbox();
      jobs.deliver(node);
    });
  }

  public boolean scanOnce() {
    return leases.runExclusively(SCAN, Duration.ofMinutes(5), jobs::scanDeadlines);
  }

  public boolean expertsOnce() {
    return leases.runExclusively(EXPERTS, Duration.ofMinutes(5), experts::replaceUnanswered);
  }

  public boolean learningOnce() {
    return leases.runExclusively(LEARNING, Duration.ofMinutes(10), rigging::trainWhereLabelsChanged);
  }

  /** The weekly and monthly dispatch reports whose period ended, generated once (the report's id is its period). */
  public boolean reportsOnce() {
    return leases.runExclusively(REPORTS, Duration.ofMinutes(10), dispatch::generateDue);
  }

  /** What the regions stored before the dispatch counters existed, counted once (a node that finds it done does nothing). */
  public boolean backfillOnce() {
    return leases.runExclusively(BACKFILL, Duration.ofHours(2), dispatch::backfill);
  }

  /** The key personnel's attendance of the week that ended, judged once per region (标后监管 absence warnings). */
  public boolean absencesOnce() {
    return leases.runExclusively(ABSENCES, Duration.ofMinutes(30), sites::judgeDueWeeks);
  }

  private void guarded(String job, Runnable work) {
    try {
      work.run();
    } catch (RuntimeException | LinkageError e) {
      // never let the timer's task end: a scheduled task that throws is not run again
      LOG.log(Level.WARNING, job + " failed; next round will try again", e);
    }
  }

  @PreDestroy
  void stop() {
    if (timer != null) {
      timer.shutdownNow();
    }
  }
}
