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
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Tells the screens open on this node that their officer's inbox changed: at once when this node
 * stored the notification ({@link InboxChanged}), and every 20 seconds for all of them, for what
 * another node of the cluster stored. Listeners update their UI through {@code UI.access} (server
 * push), so the page changes without a reload.
 */
@ApplicationScoped
public class InboxBroadcaster {
  private static final long SWEEP_SECONDS = 20;

  private final Map<Recipient, Set<Runnable>> listeners = new ConcurrentHashMap<>();
  private ScheduledExecutorService sweeper;

  /** Calls {@code onChange} (from another thread) whenever the officer's inbox may have changed. */
  public synchronized Registration listen(Recipient officer, Runnable onChange) {
    if (sweeper == null) {
      sweeper = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "inbox-sweep");
        t.setDaemon(true);
        return t;
      });
      sweeper.scheduleWithFixedDelay(this::sweep, SWEEP_SECONDS, SWEEP_SECONDS, TimeUnit.SECONDS);
    }
    listeners.computeIfAbsent(officer, o -> ConcurrentHashMap.newKeySet()).add(onChange);
    return () -> listeners.computeIfPresent(officer, (o, set) -> {
      set.remove(onChange);
      return set.isEmpty() ? null : set;
    });
  }

  void onInboxChanged(@Observes InboxChanged change) {
    change.recipients().forEach(r -> listeners.getOrDefault(r, Set.of()).forEach(InboxBroadcaster::run));
  }

  private void sweep() {
    listeners.values().forEach(set -> set.forEach(InboxBroadcaster::run));
  }

  private static void run(Runnable listener) {
    try {
      listener.run();
    } catch (RuntimeException e) {
      // a closed UI: it unregisters on detach
    }
  }

  @PreDestroy
  synchronized void stop() {
    if (sweeper != null) {
      sweeper.shutdownNow();
    }
  }
}
