package cn.ggzy.webui.push;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.communication.AtmospherePushConnection;
import com.vaadin.flow.server.communication.PushConnection;
import com.vaadin.flow.server.communication.PushConnectionFactory;
import java.io.IOException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.atmosphere.cpr.AtmosphereResource;

/**
 * Vaadin's push connection, except that closing it never makes the session wait.
 *
 * <p>Vaadin disconnects a UI's push connection while holding the session's lock (a UI closed or
 * detached, a reconnecting client, the session's end) and writes the WebSocket's close frame there.
 * Liberty writes that frame only once the connection's last write has finished, and a write to a
 * peer that vanished without closing (a dropped network, a stalled proxy) finishes when TCP gives
 * up, minutes later: every other request of the session waited for the lock meanwhile, and in the
 * finding of issue 16 they took every thread of the server. Here the connection is marked lost at
 * once (later pushes wait for a new connection, as Vaadin does) and the close is handed to a thread
 * of its own. At most {@value #CLOSERS} closes wait at a time; beyond that a close is left to the
 * operating system (the connection's timeouts end it) and counted, so no number of dead peers can
 * take more than those threads.
 */
public class DetachedClosePushConnection extends AtmospherePushConnection {
  static final int CLOSERS = 16;
  private static final Logger LOG = Logger.getLogger(DetachedClosePushConnection.class.getName());
  private static final Semaphore CLOSING = new Semaphore(CLOSERS);
  private static final AtomicInteger THREADS = new AtomicInteger();
  private static final AtomicLong LEFT = new AtomicLong();

  public DetachedClosePushConnection(UI ui) {
    super(ui);
  }

  @Override
  public void disconnect() {
    AtmosphereResource resource = getResource();
    if (resource == null || !isConnected()) {
      return;
    }
    connectionLost();
    closeDetached(resource::close);
  }

  /** A close that may block for minutes. */
  @FunctionalInterface
  interface Close {
    void run() throws IOException;
  }

  /** Runs the close on a thread of its own, or leaves it when {@value #CLOSERS} are still busy; false when left. */
  static boolean closeDetached(Close close) {
    if (!CLOSING.tryAcquire()) {
      long left = LEFT.incrementAndGet();
      if (Long.bitCount(left) == 1) {
        LOG.warning(() -> "Push connections left to the operating system to close (closers busy): " + left);
      }
      return false;
    }
    Thread closer = new Thread(() -> {
      try {
        close.run();
      } catch (IOException | RuntimeException e) {
        LOG.log(Level.FINE, "Closing a push connection failed", e);
      } finally {
        CLOSING.release();
      }
    }, "push-close-" + THREADS.incrementAndGet());
    closer.setDaemon(true);
    closer.start();
    return true;
  }

  /** Closes still running. */
  static int busy() {
    return CLOSERS - CLOSING.availablePermits();
  }

  /** Set on every UI when it is created ({@code UiInitialization}), before push can be switched on. */
  public static class Factory implements PushConnectionFactory {
    @Override
    public PushConnection apply(UI ui) {
      return new DetachedClosePushConnection(ui);
    }
  }
}
