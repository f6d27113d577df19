package cn.ggzy.server.domain.model.intake;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The stored submissions, by receipt number (a region's receipt numbers start with its code).
 * Identity is encrypted by the implementation. Every write returns only once it is durable.
 */
public interface SubmissionRepository {
  /**
   * Stores a new submission and marks it as waiting for its case; if the receipt number is
   * taken, changes nothing and answers the stored one.
   */
  Optional<Submission> insert(Submission submission);

  Optional<Submission> find(String receiptNumber);

  /**
   * Replaces the stored submission if nobody changed it since it was read ({@code version});
   * false when somebody did.
   */
  boolean replace(Submission submission);

  /**
   * As {@link #replace}, but may return before the change is durable: for changes that are redone
   * after a crash (marking the submission with the case registered for it).
   */
  boolean replaceLazily(Submission submission);

  /** Receipt numbers of submissions whose case is not registered yet, marked before {@code olderThan}. */
  List<String> waitingForCase(Instant olderThan, int limit);

  /** How many submissions are waiting for their case. */
  long waitingCount();

  /** The case is registered: the submission is no longer waiting. */
  void caseRegistered(String receiptNumber);

  /** Every stored receipt number (a scan: for one-off backfills, never on a request's path). */
  List<String> allReceipts();
}
