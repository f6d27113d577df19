package cn.ggzy.server.domain.model.intake;

import java.time.Instant;

/**
 * What the public channel's abuse controls share between the nodes of a cluster: the
 * proof-of-work challenges already used, and request counts per client in fixed windows. With
 * one node (the embedded database lives inside it) memory is the whole truth and
 * {@link #shared()} is false; with a database that several nodes may use, it is true.
 */
public interface AbuseCounters {
  /** Whether several nodes may share these counters (otherwise each node's memory suffices). */
  boolean shared();

  /**
   * Claims a challenge for the submission with {@code keyHash} until {@code expires}: true when it
   * was free or is already claimed by the same submission (a retry), false when another
   * submission used it.
   */
  boolean claimChallenge(String nonce, String keyHash, Instant expires);

  /** Counts one request under {@code key} in the window starting at {@code windowStart}; answers the new count. */
  long count(String key, Instant windowStart, Instant windowEnd);
}
