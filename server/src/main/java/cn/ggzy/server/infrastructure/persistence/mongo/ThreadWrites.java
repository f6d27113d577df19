package cn.ggzy.server.infrastructure.persistence.mongo;

import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandSucceededEvent;
import java.util.Set;

/**
 * Remembers, per thread, that a write command succeeded: the synchronous driver reports a command
 * on the thread that sent it, before the call returns. {@link MongoAcknowledgedWrites} asks it at
 * the end of a request, so that only requests that wrote wait for the embedded store's commit.
 */
final class ThreadWrites implements CommandListener {
  private static final Set<String> WRITES = Set.of("insert", "update", "delete", "findAndModify",
      "findandmodify", "create", "createIndexes", "drop", "dropIndexes");
  private static final ThreadLocal<Boolean> WROTE = ThreadLocal.withInitial(() -> Boolean.FALSE);

  @Override
  public void commandSucceeded(CommandSucceededEvent event) {
    if (WRITES.contains(event.getCommandName())) {
      WROTE.set(Boolean.TRUE);
    }
  }

  /** True when this thread wrote since the last {@link #reset()}. */
  static boolean wrote() {
    return WROTE.get();
  }

  static void reset() {
    WROTE.remove();
  }
}
