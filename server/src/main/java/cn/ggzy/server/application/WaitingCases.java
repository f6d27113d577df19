package cn.ggzy.server.application;

import java.util.function.BooleanSupplier;

/**
 * The cases of filed submissions that still wait for one (立案登记 in the background): what the
 * registration job, run under a cluster lease, asks of the public channel.
 */
public interface WaitingCases {
  /** Registers at most {@code limit} waiting cases; answers how many. */
  int registerWaitingCases(int limit);

  /**
   * As {@link #registerWaitingCases(int)}, stopping early (after at least one case) once
   * {@code stopEarly} says so: a long batch must not keep the processors from filers who arrive
   * while it runs.
   */
  int registerWaitingCases(int limit, BooleanSupplier stopEarly);

  /** Whether the registration should make way for filers now (a burst of new submissions). */
  boolean registrationShouldYield();

  /** How many stored submissions are waiting for their case. */
  long casesWaiting();
}
