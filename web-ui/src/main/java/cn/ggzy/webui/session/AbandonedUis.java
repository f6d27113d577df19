package cn.ggzy.webui.session;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * Removes the UIs whose browser is gone: no heartbeat for three intervals and a minute more.
 *
 * <p>Vaadin closes such a UI only while cleaning up after a later request of the same session, and
 * a browser that vanished (closed, crashed, out of network, a phone that dropped the tab) sends
 * none: its UI would stay in memory, with its listeners, and take server push updates, until the
 * web session expires half an hour later. A sweep every {@value #SWEEP_SECONDS} s closes and removes
 * them. The work runs through {@code VaadinSession.access}, which never waits: a session whose lock
 * is busy (or stuck) gets it when the lock is free, and the sweep goes on with the others. The web
 * session itself stays (logged-in officers come back to a fresh page, not to the login), and the
 * container expires it as usual.
 */
@ApplicationScoped
public class AbandonedUis {
  static final long SWEEP_SECONDS = 30;
  /** Beyond the three heartbeats Vaadin itself waits for: a phone's throttled background timers. */
  static final long GRACE_MILLIS = 60_000;

  private final Set<UI> open = ConcurrentHashMap.newKeySet();
  private final AtomicLong removed = new AtomicLong();
  private LongSupplier nowMillis = System::currentTimeMillis;
  private ScheduledExecutorService sweeper;

  /** Watches a new UI until it is detached. */
  public synchronized void watch(UI ui) {
    if (sweeper == null) {
      sweeper = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "abandoned-uis");
        t.setDaemon(true);
        return t;
      });
      sweeper.scheduleWithFixedDelay(this::sweep, SWEEP_SECONDS, SWEEP_SECONDS, TimeUnit.SECONDS);
    }
    open.add(ui);
    ui.addDetachListener(e -> open.remove(ui));
  }

  /** Closes and removes every watched UI whose browser is gone; returns how many were found. */
  int sweep() {
    long now = nowMillis.getAsLong();
    int found = 0;
    for (UI ui : open) {
      VaadinSession session = ui.getSession();
      if (session == null) {
        open.remove(ui);
      } else if (gone(ui.getInternals().getLastHeartbeatTimestamp(),
          now, session.getConfiguration().getHeartbeatInterval())) {
        found++;
        open.remove(ui);
        session.access(() -> {
          if (ui.getSession() == session) {
            if (!ui.isClosing()) {
              ui.close();
            }
            session.removeUI(ui);
            removed.incrementAndGet();
          }
        });
      }
    }
    return found;
  }

  /** No heartbeat since three intervals and the grace: the browser is gone (never for a negative interval). */
  static boolean gone(long lastHeartbeatMillis, long nowMillis, int heartbeatSeconds) {
    return heartbeatSeconds > 0 && nowMillis - lastHeartbeatMillis > 3_000L * heartbeatSeconds + GRACE_MILLIS;
  }

  /** UIs removed so far. */
  public long removed() {
    return removed.get();
  }

  /** UIs watched now. */
  public int watched() {
    return open.size();
  }

  /** For tests: the time the heartbeats are read against. */
  void clock(LongSupplier millis) {
    this.nowMillis = millis;
  }

  @PreDestroy
  synchronized void stop() {
    if (sweeper != null) {
      sweeper.shutdownNow();
    }
  }
}
