package cn.ggzy.webui.notifications;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.Command;
import com.vaadin.flow.server.communication.PushConnection;

/**
 * A screen's live update, made only while its browser is there to receive it. Vaadin keeps every
 * change of a UI whose push connection is lost until the browser comes back, and a browser that
 * vanished never comes back: an inbox re-rendered at every notification then piled up thousands of
 * changes per screen until the heap was full (the client-fault run of issue 16). While the
 * connection is down the update is skipped; the broadcaster's sweep (every 20 seconds) brings the
 * screen up to date once the browser has reconnected, and {@code AbandonedUis} removes the UI if it
 * never does.
 */
final class LiveRefresh {
  private LiveRefresh() {}

  /** Runs {@code refresh} in the UI's session when its push connection is up. */
  static Runnable of(UI ui, Command refresh) {
    return () -> ui.access(() -> {
      if (connected(ui.getInternals().getPushConnection())) {
        refresh.execute();
      }
    });
  }

  /** No push connection at all (push off, a test's UI) counts as connected: the UI's own requests carry its changes. */
  static boolean connected(PushConnection push) {
    return push == null || push.isConnected();
  }
}
