package cn.ggzy.webui.notifications;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.ggzy.server.application.InboxChanged;
import cn.ggzy.server.domain.model.notification.Recipient;
import cn.ggzy.tenants.TenantId;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class InboxBroadcasterTest {
  private final InboxBroadcaster broadcaster = new InboxBroadcaster();
  private final CountDownLatch release = new CountDownLatch(1);

  @AfterEach
  void stop() {
    release.countDown();
    broadcaster.stop();
  }

  @Test
  void aScreenThatHangsNeitherHoldsTheStoringThreadNorTheOtherScreens() throws Exception {
    Recipient stuck = officer("stuck");
    Recipient other = officer("other");
    CountDownLatch stuckEntered = new CountDownLatch(1);
    AtomicInteger stuckRuns = new AtomicInteger();
    broadcaster.listen(stuck, () -> {
      stuckRuns.incrementAndGet();
      stuckEntered.countDown();
      await(release);
    });
    CountDownLatch otherRan = new CountDownLatch(3);
    broadcaster.listen(other, otherRan::countDown);

    broadcaster.onInboxChanged(change(stuck, other));
    assertTrue(stuckEntered.await(5, TimeUnit.SECONDS), "the stuck screen's update started on a worker");
    // the thread that stores notifications goes on at once, however long a screen takes
    for (int i = 0; i < 1000; i++) {
      broadcaster.onInboxChanged(change(stuck, other));
      Thread.sleep(0, 1000);
      if (otherRan.getCount() == 0) {
        break;
      }
    }
    assertTrue(otherRan.await(5, TimeUnit.SECONDS), "the other officer's screen is still updated");
    release.countDown();
    // a thousand changes while it hung: the stuck screen runs once more for all of them, not a thousand times
    for (int i = 0; i < 100 && stuckRuns.get() < 2; i++) {
      Thread.sleep(10);
    }
    Thread.sleep(50);
    assertEquals(2, stuckRuns.get(), "changes that arrive while a screen's update waits are covered by one run");
  }

  @Test
  void aRemovedListenerIsNoLongerCalled() throws Exception {
    Recipient me = officer("me");
    AtomicInteger runs = new AtomicInteger();
    CountDownLatch first = new CountDownLatch(1);
    var registration = broadcaster.listen(me, () -> {
      runs.incrementAndGet();
      first.countDown();
    });
    broadcaster.onInboxChanged(change(me));
    assertTrue(first.await(5, TimeUnit.SECONDS));
    registration.remove();
    broadcaster.onInboxChanged(change(me));
    Thread.sleep(100);
    assertEquals(1, runs.get());
  }

  private static Recipient officer(String login) {
    return new Recipient(new TenantId("421181-zjj"), login);
  }

  private static InboxChanged change(Recipient... to) {
    return new InboxChanged(Set.of(to));
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
