package cn.ggzy.server.application.internal.intake;

import cn.ggzy.server.application.IntakeSettings;
import cn.ggzy.server.application.IntakeViews.Challenge;
import cn.ggzy.server.domain.model.DomainException;
import cn.ggzy.server.domain.model.intake.AbuseCounters;
import cn.ggzy.server.domain.service.IntakeSecrets;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Hashcash-style proof of work, issued and checked here (no third-party service). A challenge is
 * {@code v1.<nonce>.<expires epoch s>.<difficulty>.<tag>}, the tag a keyed digest of the rest, so
 * nothing is stored until it is used. The answer is a counter such that SHA-256 of
 * {@code challenge:counter} starts with {@code difficulty} zero bits. Each challenge is used once
 * (remembered until it expires), except that a retry of the same submission (same idempotency
 * key) may present it again.
 */
final class ProofOfWorkChecks {
  private static final int MAX_REMEMBERED = 1_000_000;
  private final IntakeSecrets secrets;
  private final AbuseCounters counters;
  private final SecureRandom random = new SecureRandom();
  private final Map<String, Used> used = new ConcurrentHashMap<>();

  private record Used(String keyHash, long expires) {}

  ProofOfWorkChecks(IntakeSecrets secrets, AbuseCounters counters) {
    this.secrets = secrets;
    this.counters = counters;
  }

  Challenge issue(Instant now, IntakeSettings settings) {
    byte[] nonce = new byte[12];
    random.nextBytes(nonce);
    long expires = now.plus(settings.powLifetime()).getEpochSecond();
    String body = "v1." + Base64.getUrlEncoder().withoutPadding().encodeToString(nonce) + "." + expires + "."
        + settings.powDifficulty();
    return new Challenge(body + "." + tag(body), settings.powDifficulty(), Instant.ofEpochSecond(expires),
        "SHA-256");
  }

  /** Checks the answer and marks the challenge used by {@code keyHash}. */
  void verify(String challenge, String counter, String keyHash, Instant now) {
    if (challenge == null || challenge.isBlank() || counter == null || counter.isBlank()) {
      throw new DomainException("intake.proof.required", "proof");
    }
    String[] parts = challenge.split("\\.");
    if (parts.length != 5 || !"v1".equals(parts[0]) || counter.length() > 20 || !counter.matches("\\d+")) {
      throw new DomainException("intake.proof.invalid", "proof");
    }
    String body = String.join(".", parts[0], parts[1], parts[2], parts[3]);
    if (!MessageDigest.isEqual(tag(body).getBytes(StandardCharsets.US_ASCII),
        parts[4].getBytes(StandardCharsets.US_ASCII))) {
      throw new DomainException("intake.proof.invalid", "proof");
    }
    long expires;
    int difficulty;
    try {
      expires = Long.parseLong(parts[2]);
      difficulty = Integer.parseInt(parts[3]);
    } catch (NumberFormatException e) {
      throw new DomainException("intake.proof.invalid", "proof");
    }
    if (now.getEpochSecond() > expires) {
      throw new DomainException("intake.proof.expired", "proof");
    }
    if (leadingZeroBits(sha256(challenge + ":" + counter)) < difficulty) {
      throw new DomainException("intake.proof.invalid", "proof");
    }
    Used previous = used.get(parts[1]);
    if (previous == null) {
      // the cluster's claim first: a refused claim must not be remembered as this submission's
      if (counters.shared() && !counters.claimChallenge(parts[1], keyHash, Instant.ofEpochSecond(expires))) {
        throw new DomainException("intake.proof.used", "proof");
      }
      previous = used.putIfAbsent(parts[1], new Used(keyHash, expires));
    }
    if (previous != null && !previous.keyHash().equals(keyHash)) {
      throw new DomainException("intake.proof.used", "proof");
    }
    if (used.size() > MAX_REMEMBERED / 2) {
      forgetExpired(now.getEpochSecond());
    }
  }

  private void forgetExpired(long nowSeconds) {
    for (Iterator<Used> i = used.values().iterator(); i.hasNext(); ) {
      if (i.next().expires() < nowSeconds) {
        i.remove();
      }
    }
  }

  private String tag(String body) {
    byte[] mac = secrets.mac("pow", body);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(mac, 16));
  }

  static byte[] sha256(String text) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  static int leadingZeroBits(byte[] hash) {
    int bits = 0;
    for (byte b : hash) {
      if (b == 0) {
        bits += 8;
        continue;
      }
      return bits + Integer.numberOfLeadingZeros(b & 0xFF) - 24;
    }
    return bits;
  }

  /** What a client does (tests and tools): the smallest counter that answers the challenge. */
  static String solve(String challenge, int difficulty) {
    for (long counter = 0; ; counter++) {
      if (leadingZeroBits(sha256(challenge + ":" + counter)) >= difficulty) {
        return Long.toString(counter);
      }
    }
  }
}
