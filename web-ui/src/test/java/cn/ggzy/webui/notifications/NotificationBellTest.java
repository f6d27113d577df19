package cn.ggzy.webui.notifications;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.vaadin.flow.component.UI;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class NotificationBellTest {
  @Test
  void theBellShowsTheUnreadCountAndFollowsTheInboxWhileOnThePage() {
    AtomicLong unread = new AtomicLong(0);
    AtomicReference<Runnable> listener = new AtomicReference<>();
    NotificationBell bell = new NotificationBell(unread::get, onChange -> {
      listener.set(onChange);
      return () -> listener.set(null);
    }, "通知");
    assertEquals("0", bell.shownCount(), "nothing unread: no badge");
    unread.set(3);
    bell.refresh();
    assertEquals("3", bell.shownCount());
    unread.set(250);
    bell.refresh();
    assertEquals("99+", bell.shownCount());

    UI ui = new UI();
    ui.add(bell);
    assertNotNull(listener.get(), "listening while attached");
    ui.remove(bell);
    assertNull(listener.get(), "no longer listening once the page is left");
  }
}
