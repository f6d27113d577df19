package cn.ggzy.webui.notifications;

import cn.ggzy.server.application.InboxChanged;
import cn.ggzy.server.domain.model.notification.Recipient;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Tells the screens open on this node that their officer's inbox changed: at once when this node
 * stored the notification ({@link InboxChanged}), and every 20 seconds for all of them, for what
 * another node of the cluster stored. Listeners update their UI through {@code UI.access} (server
 * push), so the page changes without a reload.
 *
 * <p>Listeners run on this broadcaster's own threads ({@value #WORKERS}, "inbox-push"), never on
 * the thread that stored the notification: {@code UI.access} runs the update at once on the
 * calling thread when that UI's session is free, which would make a department head's request
 * render and push the inbox of every officer of the department, and wait for any of them that is
 * slow. A listener is queued at most once at a time (changes that arrive while it waits are
 * covered by that one run) and never runs twice at once, so the queue never holds more than one
 * entry per open screen, however fast notifications come, and a screen that hangs holds one worker.
 */
@ApplicationScoped
public class InboxBroadcaster {
  private static final long SWEEP_SECONDS = 20;
  static final int WORKERS = 2;

  private final Map<Recipient, Set<Listener>> listeners = new ConcurrentHashMap<>();
  private ScheduledExecutorService sweeper;
  private ExecutorService workers;

  /** Calls {@code onChange} (from another thread) whenever the officer's inbox may have changed. */
  public synchronized Registration listen(Recipient officer, Runnable onChange) {
    if (sweeper == null) {
      sweeper = Executors.newSingleThreadScheduledExecutor(daemons("inbox-sweep"));
      sweeper.scheduleWithFixedDelay(this::sweep, SWEEP_SECONDS, SWEEP_SECONDS, TimeUnit.SECONDS);
      workers = Executors.newFixedThreadPool(WORKERS, daemons("inbox-push"));
    }
    Listener listener = new Listener(onChange, workers);
    listeners.computeIfAbsent(officer, o -> ConcurrentHashMap.newKeySet()).add(listener);
    return () -> listeners.computeIfPresent(officer, (o, set) -> {
      set.remove(listener);
      return set.isEmpty() ? null : set;
    });
  }

  void onInboxChanged(@Observes InboxChanged change) {
    change.recipients().forEach(r -> listeners.getOrDefault(r, Set.of()).forEach(Listener::signal));
  }

  private void sweep() {
    listeners.values().forEach(set -> set.forEach(Listener::signal));
  }

  @PreDestroy
  synchronized void stop() {
    if (sweeper != null) {
      sweeper.shutdownNow();
      workers.shutdownNow();
    }
  }

  private static ThreadFactory daemons(String name) {
    AtomicInteger n = new AtomicInteger();
    return r -> {
      Thread t = new Thread(r, name + "-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }

  /**
   * One open screen's listener: queued on the workers at most once at a time, and never run twice
   * at once (a change that arrives while it runs queues it once more when it ends), so a screen that
   * hangs holds one worker, not all of them.
   */
  static final class Listener {
    private static final int IDLE = 0;
    private static final int QUEUED = 1;
    private static final int RUNNING = 2;
    private static final int RUNNING_CHANGED = 3;

    private final Runnable onChange;
    private final ExecutorService workers;
    private final AtomicInteger state = new AtomicInteger(IDLE);

    Listener(Runnable onChange, ExecutorService workers) {
      this.onChange = onChange;
      this.workers = workers;
    }

    void signal() {
      for (;;) {
        int now = state.get();
        if (now == QUEUED || now == RUNNING_CHANGED) {
          return;
        }
        if (now == IDLE && state.compareAndSet(IDLE, QUEUED)) {
          queue();
          return;
        }
        if (now == RUNNING && state.compareAndSet(RUNNING, RUNNING_CHANGED)) {
          return;
        }
      }
    }

    private void queue() {
      try {
        workers.execute(this::run);
      } catch (RuntimeException e) {
        // the application is stopping
        state.set(IDLE);
      }
    }

    private void run() {
      state.set(RUNNING);
      try {
        onChange.run();
      } catch (RuntimeException e) {
        // a closed UI: it unregisters on detach
      } finally {
        if (!state.compareAndSet(RUNNING, IDLE)) {
          state.set(QUEUED);
          queue();
        }
      }
    }
  }
}
