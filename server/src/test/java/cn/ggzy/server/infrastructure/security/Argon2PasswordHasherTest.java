package cn.ggzy.server.infrastructure.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class Argon2PasswordHasherTest {
  private final Argon2PasswordHasher hasher = new Argon2PasswordHasher();

  @Test
  void verifiesTheRightPasswordOnly() {
    String hash = hasher.hash("Correct-Horse-9".toCharArray());
    assertTrue(hash.startsWith("$argon2id$v=19$m=19456,t=2,p=1$"));
    assertTrue(hasher.verify("Correct-Horse-9".toCharArray(), hash));
    assertFalse(hasher.verify("Correct-Horse-8".toCharArray(), hash));
  }

  @Test
  void saltsEveryHash() {
    assertNotEquals(hasher.hash("same-password-1".toCharArray()), hasher.hash("same-password-1".toCharArray()));
  }

  @Test
  void rejectsMalformedHashes() {
    assertFalse(hasher.verify("x".toCharArray(), null));
    assertFalse(hasher.verify("x".toCharArray(), "$2a$10$bcrypt"));
    assertFalse(hasher.verify("x".toCharArray(), "$argon2id$v=19$m=19456,t=2,p=1$!!$!!"));
  }

  /** Found by fuzzing: a password with an unpaired surrogate made the UTF-8 encoder throw (a 500 on login). */
  @Test
  void aPasswordWithAnUnpairedSurrogateIsHashedAndCheckedLikeAnyOther() {
    char[] odd = "abc\uD800def".toCharArray();
    String hash = hasher.hash(odd);
    assertTrue(hasher.verify("abc\uD800def".toCharArray(), hash));
    assertFalse(hasher.verify("abcdef".toCharArray(), hash));
    assertTrue(hasher.verify("pair\uD83D\uDE00".toCharArray(), hasher.hash("pair\uD83D\uDE00".toCharArray())),
        "a proper pair is kept");
    assertFalse(hasher.verify("pair\uFFFD".toCharArray(), hasher.hash("pair\uD83D\uDE00".toCharArray())));
  }

  /** A burst of logins waits its turn: never more derivations (19 MiB each) at once than cores. */
  @Test
  void aBurstOfHashesRunsAtMostOnePerCoreAtATime() throws Exception {
    Thread[] threads = new Thread[Argon2PasswordHasher.SLOT_COUNT * 3];
    String hash = hasher.hash("Burst-Password-1".toCharArray());
    boolean[] ok = new boolean[threads.length];
    for (int i = 0; i < threads.length; i++) {
      int k = i;
      threads[i] = new Thread(() -> ok[k] = hasher.verify("Burst-Password-1".toCharArray(), hash));
      threads[i].start();
    }
    for (Thread t : threads) {
      t.join();
    }
    for (boolean b : ok) {
      assertTrue(b);
    }
    assertTrue(Argon2PasswordHasher.MOST_IN_FLIGHT.get() <= Argon2PasswordHasher.SLOT_COUNT,
        Argon2PasswordHasher.MOST_IN_FLIGHT.get() + " at once");
  }
}
