package cn.ggzy.server.application;

/**
 * Makes what a request wrote durable before its answer leaves: called by the web tier when a
 * request ends, so that every write a client saw acknowledged (an API 2xx, a console action shown
 * done) survives a crash of the node the next instant.
 */
public interface AcknowledgedWrites {
  /** Forgets what an earlier request on this thread wrote (called when a request starts). */
  void begin();

  /** Returns once everything this thread wrote since {@link #begin()} is durable; at once if it wrote nothing. */
  void awaitDurable();
}
