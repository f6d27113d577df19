package cn.ggzy.server.application.internal.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.ggzy.server.MutableClock;
import org.junit.jupiter.api.Test;

/** The back-off of wrong logins, on a clock the test moves. */
class LoginThrottleTest {
  private final MutableClock clock = new MutableClock("2026-12-14T09:00:00");
  private final LoginThrottle throttle = new LoginThrottle(clock);

  @Test
  void oneAddressGuessingOneLoginWaitsTwiceAsLongEachTimeAndOthersDoNot() {
    for (int i = 0; i < LoginThrottle.FREE_PER_LOGIN_AND_ADDRESS; i++) {
      assertEquals(0, throttle.waitSeconds("zjj.wang", "198.51.100.7"));
      throttle.failed("zjj.wang", "198.51.100.7");
    }
    assertEquals(1, throttle.waitSeconds("ZJJ.Wang ", "198.51.100.7"), "logins are compared as typed loosely");
    assertEquals(0, throttle.waitSeconds("zjj.wang", "203.0.113.20"), "the owner's own address is free");
    assertEquals(0, throttle.waitSeconds("zjj.li", "198.51.100.7"), "another login from that address too");
    clock.set("2026-12-14T09:00:01");
    assertEquals(0, throttle.waitSeconds("zjj.wang", "198.51.100.7"));
    throttle.failed("zjj.wang", "198.51.100.7");
    assertEquals(2, throttle.waitSeconds("zjj.wang", "198.51.100.7"));
    for (int i = 0; i < 30; i++) {
      throttle.failed("zjj.wang", "198.51.100.7");
    }
    assertEquals(900, throttle.waitSeconds("zjj.wang", "198.51.100.7"), "at most 15 minutes");
    clock.set("2026-12-14T10:00:02");
    assertEquals(0, throttle.waitSeconds("zjj.wang", "198.51.100.7"), "forgotten an hour after the last failure");
  }

  @Test
  void oneAddressTryingManyLoginsIsSlowedAfterThirty() {
    for (int i = 0; i < LoginThrottle.FREE_PER_ADDRESS; i++) {
      throttle.failed("guess" + i, "192.0.2.1");
    }
    assertTrue(throttle.waitSeconds("anybody", "192.0.2.1") >= 1);
    assertEquals(0, throttle.waitSeconds("anybody", "192.0.2.2"));
  }

  @Test
  void aLoginGuessedFromEverywhereIsSlowedAfterFiftyAndASuccessClearsOnlyItsAddress() {
    for (int i = 0; i < LoginThrottle.FREE_PER_LOGIN; i++) {
      throttle.failed("jgb.leader", "10.1.0." + i);
    }
    assertTrue(throttle.waitSeconds("jgb.leader", "203.0.113.20") >= 1, "a distributed guess is slowed too");
    throttle.failed("jtj.head", "203.0.113.20");
    throttle.succeeded("jtj.head", "203.0.113.20");
    assertEquals(0, throttle.waitSeconds("jtj.head", "203.0.113.20"));
  }
}
