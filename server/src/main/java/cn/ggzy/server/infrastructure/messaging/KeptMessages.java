package cn.ggzy.server.infrastructure.messaging;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/** The last messages a stand-in gateway "sent", in this node's memory (for tests and demonstrations). */
final class KeptMessages<T> {
  private static final int KEPT = 200;
  private final Deque<T> kept = new ArrayDeque<>();

  synchronized void add(T message) {
    kept.addLast(message);
    while (kept.size() > KEPT) {
      kept.removeFirst();
    }
  }

  /** Oldest first. */
  synchronized List<T> all() {
    return List.copyOf(kept);
  }
}
