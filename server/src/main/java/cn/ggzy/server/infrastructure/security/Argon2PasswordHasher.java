package cn.ggzy.server.infrastructure.security;

import cn.ggzy.server.domain.service.PasswordHasher;
import jakarta.enterprise.context.ApplicationScoped;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * Argon2id (RFC 9106) from Bouncy Castle with OWASP's parameters (19 MiB, 2 passes, 1 lane),
 * stored in the PHC string format {@code $argon2id$v=19$m=19456,t=2,p=1$salt$hash}.
 */
@ApplicationScoped
public class Argon2PasswordHasher implements PasswordHasher {
  private static final int MEMORY_KIB = 19 * 1024;
  private static final int ITERATIONS = 2;
  private static final int PARALLELISM = 1;
  private static final int SALT_BYTES = 16;
  private static final int HASH_BYTES = 32;
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final Base64.Encoder B64 = Base64.getEncoder().withoutPadding();
  private static final Base64.Decoder B64D = Base64.getDecoder();
  /**
   * At most one derivation per core at a time: each holds 19 MiB, so a burst of logins (or of
   * unknown logins, hashed alike) waits its turn instead of filling the heap (seen in the client-fault
   * run: nine derivations at once beside the consoles' sessions on a 512 MB heap).
   */
  static final int SLOT_COUNT = Math.max(1, Runtime.getRuntime().availableProcessors());
  private static final Semaphore SLOTS = new Semaphore(SLOT_COUNT, true);
  private static final AtomicInteger IN_FLIGHT = new AtomicInteger();
  /** The most derivations seen running at once (for the test of the bound). */
  static final AtomicInteger MOST_IN_FLIGHT = new AtomicInteger();

  @Override
  public String hash(char[] password) {
    byte[] salt = new byte[SALT_BYTES];
    RANDOM.nextBytes(salt);
    byte[] hash = derive(password, salt, MEMORY_KIB, ITERATIONS, PARALLELISM, HASH_BYTES);
    return "$argon2id$v=19$m=" + MEMORY_KIB + ",t=" + ITERATIONS + ",p=" + PARALLELISM
        + "$" + B64.encodeToString(salt) + "$" + B64.encodeToString(hash);
  }

  @Override
  public boolean verify(char[] password, String stored) {
    if (stored == null) {
      return false;
    }
    String[] parts = stored.split("\\$");
    if (parts.length != 6 || !"argon2id".equals(parts[1]) || !"v=19".equals(parts[2])) {
      return false;
    }
    try {
      int m = 0;
      int t = 0;
      int p = 0;
      for (String kv : parts[3].split(",")) {
        int value = Integer.parseInt(kv.substring(2));
        switch (kv.charAt(0)) {
          case 'm' -> m = value;
          case 't' -> t = value;
          case 'p' -> p = value;
          default -> { return false; }
        }
      }
      byte[] salt = B64D.decode(parts[4]);
      byte[] expected = B64D.decode(parts[5]);
      byte[] actual = derive(password, salt, m, t, p, expected.length);
      return MessageDigest.isEqual(expected, actual);
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private static byte[] derive(char[] password, byte[] salt, int memoryKib, int iterations,
      int parallelism, int length) {
    Argon2Parameters params = new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
        .withVersion(Argon2Parameters.ARGON2_VERSION_13)
        .withMemoryAsKB(memoryKib)
        .withIterations(iterations)
        .withParallelism(parallelism)
        .withSalt(salt)
        .build();
    Argon2BytesGenerator generator = new Argon2BytesGenerator();
    byte[] out = new byte[length];
    SLOTS.acquireUninterruptibly();
    try {
      MOST_IN_FLIGHT.accumulateAndGet(IN_FLIGHT.incrementAndGet(), Math::max);
      generator.init(params);
      generator.generateBytes(wellFormed(password), out);
    } finally {
      IN_FLIGHT.decrementAndGet();
      SLOTS.release();
    }
    return out;
  }

  /**
   * The password with every unpaired surrogate replaced by U+FFFD (the UTF-8 encoder refuses them);
   * the same on hashing and on checking, so a typed password still matches.
   */
  static char[] wellFormed(char[] password) {
    char[] out = password.clone();
    for (int i = 0; i < out.length; i++) {
      char c = out[i];
      if (Character.isHighSurrogate(c) && i + 1 < out.length && Character.isLowSurrogate(out[i + 1])) {
        i++;
      } else if (Character.isSurrogate(c)) {
        out[i] = '\uFFFD';
      }
    }
    return out;
  }
}
