package cn.ggzy.webui.notifications;

import com.vaadin.flow.component.UI;
import elemental.json.Json;
import elemental.json.JsonObject;
import java.util.function.Consumer;

/**
 * Subscribes this browser to Web Push through the page's service worker ({@code offline-sw.js},
 * which shows the messages) with the platform's VAPID key, and hands the subscription to the server.
 */
public final class WebPushSubscription {
  /** Endpoint and keys as {@code PushSubscription.toJSON()} gives them. */
  public record Subscription(String endpoint, String p256dh, String auth) {}

  private static final String SUBSCRIBE = """
      return (async () => {
        if (!('serviceWorker' in navigator) || !('PushManager' in window)) { return 'unsupported'; }
        const permission = await Notification.requestPermission();
        if (permission !== 'granted') { return 'denied'; }
        const registration = await navigator.serviceWorker.register(new URL('offline-sw.js', document.baseURI).href);
        await navigator.serviceWorker.ready;
        const key = $0.replace(/-/g, '+').replace(/_/g, '/');
        const raw = atob(key + '='.repeat((4 - key.length % 4) % 4));
        const bytes = Uint8Array.from(raw, c => c.charCodeAt(0));
        const subscription = await registration.pushManager.subscribe(
            { userVisibleOnly: true, applicationServerKey: bytes });
        return JSON.stringify(subscription.toJSON());
      })();""";

  private WebPushSubscription() {}

  /** Asks the browser; {@code done} gets the subscription, {@code refused} "unsupported" or "denied". */
  public static void subscribe(UI ui, String applicationServerKey, Consumer<Subscription> done, Consumer<String> refused) {
    ui.getPage().executeJs(SUBSCRIBE, applicationServerKey).then(String.class, result -> {
      if (result == null || !result.startsWith("{")) {
        refused.accept(result == null ? "unsupported" : result);
        return;
      }
      JsonObject json = Json.parse(result);
      JsonObject keys = json.getObject("keys");
      done.accept(new Subscription(json.getString("endpoint"), keys.getString("p256dh"), keys.getString("auth")));
    }, error -> refused.accept("unsupported"));
  }
}
