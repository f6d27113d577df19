package cn.ggzy.server.infrastructure.persistence.mongo.embedded;

import java.util.concurrent.TimeUnit;
import org.h2.mvstore.MVStore;

/**
 * Makes the embedded store's changes durable on demand. The embedded server applies a write to
 * the H2 MVStore in memory and answers at once; MVStore writes it to its file only when its
 * background thread commits (about every second), so a crash can lose the last second of
 * acknowledged writes. {@link #await()} returns once every change made before the call is in a
 * chunk written to the file and forced to the disk (fsync).
 *
 * <p>Group commit: the first waiter commits and syncs for everybody who arrived before it started;
 * the others wait for that round (or lead the next one), so that many concurrent requests share one
 * commit and one fsync.
 */
public final class GroupCommit {
  private static final long TIMEOUT_NANOS = TimeUnit.SECONDS.toNanos(30);

  private final MVStore store;
  private final Object lock = new Object();
  private long requested;
  private long durable;
  private boolean leading;

  public GroupCommit(MVStore store) {
    this.store = store;
  }

  public void await() {
    long ticket;
    synchronized (lock) {
      ticket = ++requested;
    }
    long deadline = System.nanoTime() + TIMEOUT_NANOS;
    while (true) {
      long covered;
      synchronized (lock) {
        while (durable < ticket && leading) {
          waitUntil(deadline);
        }
        if (durable >= ticket) {
          return;
        }
        leading = true;
        covered = requested;
      }
      boolean done = false;
      try {
        commitAndSync(deadline);
        done = true;
      } finally {
        synchronized (lock) {
          leading = false;
          if (done) {
            durable = Math.max(durable, covered);
          }
          lock.notifyAll();
        }
      }
    }
  }

  /**
   * Commits what is not stored yet; when nothing is left to store, another thread (MVStore's own
   * background writer) may still be writing the last version: wait until its chunk is on file.
   */
  private void commitAndSync(long deadline) {
    long version = store.commit();
    long goal = version > 0 ? version : store.getCurrentVersion();
    while (store.getFileStore().lastChunkVersion() < goal) {
      if (store.isClosed() || System.nanoTime() > deadline) {
        throw new IllegalStateException("the embedded database did not write its changes in time");
      }
      long again = store.commit();
      if (again > 0) {
        goal = Math.max(goal, again);
      } else {
        Thread.onSpinWait();
        sleepBriefly();
      }
    }
    store.sync();
  }

  private void waitUntil(long deadline) {
    long left = deadline - System.nanoTime();
    if (left <= 0) {
      throw new IllegalStateException("the embedded database did not write its changes in time");
    }
    try {
      TimeUnit.NANOSECONDS.timedWait(lock, left);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for the embedded database", e);
    }
  }

  private static void sleepBriefly() {
    try {
      Thread.sleep(0, 200_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for the embedded database", e);
    }
  }
}
