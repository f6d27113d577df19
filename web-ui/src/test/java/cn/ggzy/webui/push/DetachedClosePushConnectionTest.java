package cn.ggzy.webui.push;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class DetachedClosePushConnectionTest {
  @Test
  void closesThatHangTakeAtMostTheClosersAndNeverTheCaller() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    CountDownLatch started = new CountDownLatch(DetachedClosePushConnection.CLOSERS);
    try {
      for (int i = 0; i < DetachedClosePushConnection.CLOSERS; i++) {
        assertTrue(DetachedClosePushConnection.closeDetached(() -> {
          started.countDown();
          try {
            release.await(30, TimeUnit.SECONDS);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
        }), "a close of its own while closers are free");
      }
      assertTrue(started.await(5, TimeUnit.SECONDS), "every close runs, none on the caller's thread");
      assertEquals(DetachedClosePushConnection.CLOSERS, DetachedClosePushConnection.busy());
      assertFalse(DetachedClosePushConnection.closeDetached(() -> {
        throw new AssertionError("not run: every closer is busy");
      }), "one more close is left to the operating system, not queued behind the hanging ones");
    } finally {
      release.countDown();
    }
    for (int i = 0; i < 500 && DetachedClosePushConnection.busy() > 0; i++) {
      Thread.sleep(10);
    }
    assertEquals(0, DetachedClosePushConnection.busy(), "closers are free again once the closes end");
    CountDownLatch ran = new CountDownLatch(1);
    assertTrue(DetachedClosePushConnection.closeDetached(() -> {
      ran.countDown();
      throw new IOException("peer gone");
    }));
    assertTrue(ran.await(5, TimeUnit.SECONDS), "a failing close frees its closer too");
  }
}
