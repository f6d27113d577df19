package cn.ggzy.server.domain.model.intake;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What lets a real-name filer find their submissions by their phone number ("我的投诉"), all under
 * keyed digests of the number (never the number itself): the receipts filed with a number, the
 * one-time code last sent to it, and the sessions opened with a right code (under a digest of their
 * token). Every method reads or writes one document by its key.
 */
public interface FilerAccessStore {
  /** A browser's Web Push subscription to a submission's progress (endpoint and its keys). */
  record PushSubscription(String endpoint, String p256dh, String auth) {}

  /** The one-time code last sent to a number: its digest, when, until when, wrong tries so far. */
  record Code(String phoneKey, String codeHash, Instant sentAt, Instant expiresAt, int failures,
      Instant windowStart, int sentInWindow) {}

  /** Adds a receipt to those filed with the number (once, however often called). */
  void addReceipt(String phoneKey, String receiptNumber);

  /** The receipts filed with the number, oldest first. */
  List<String> receipts(String phoneKey);

  Optional<Code> code(String phoneKey);

  void saveCode(Code code);

  void saveSession(String tokenHash, String phoneKey, Instant expiresAt);

  /** The number's digest of a session still open at {@code now}. */
  Optional<String> session(String tokenHash, Instant now);

  /** Adds (or renews the keys of) a subscription to the receipt's progress; at most 5 per receipt, the oldest dropped. */
  void addPush(String receiptNumber, PushSubscription subscription);

  List<PushSubscription> pushes(String receiptNumber);

  /** The push service said the subscription is gone. */
  void removePush(String receiptNumber, String endpoint);

  /**
   * Notes that the filer message {@code id} is being sent: true the first time, false if it was
   * noted before (then it is not sent again).
   */
  boolean firstMessage(String id, Instant at);

  /** Whether the receipts filed before this store existed have been added (see the backfill). */
  boolean backfilled();

  void markBackfilled();
}
