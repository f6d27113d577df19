package cn.ggzy.webui.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SessionRequestLimitTest {
  @Test
  void aSessionHasAtMostItsLimitInTheServerAndOthersAreNotTouched() {
    SessionRequestLimit.InFlight inFlight = new SessionRequestLimit.InFlight(3);
    assertTrue(inFlight.enter("a"));
    assertTrue(inFlight.enter("a"));
    assertTrue(inFlight.enter("a"));
    assertFalse(inFlight.enter("a"), "the fourth request of a stuck session is refused at once");
    assertEquals(3, inFlight.inServer("a"), "a refused request is not counted");
    assertTrue(inFlight.enter("b"), "another session is not affected");
    inFlight.leave("a");
    assertTrue(inFlight.enter("a"), "a request that leaves makes room");
    inFlight.leave("a");
    inFlight.leave("a");
    inFlight.leave("a");
    inFlight.leave("b");
    assertEquals(0, inFlight.keys(), "a session without requests in the server is forgotten");
  }

  @Test
  void onlyRequestsThatMayWaitForTheSessionLockAreCounted() {
    assertTrue(SessionRequestLimit.counted("/", ""));
    assertTrue(SessionRequestLimit.counted("/console/notifications", ""));
    assertTrue(SessionRequestLimit.counted("/VAADIN/push", ""), "push connections take the lock");
    assertTrue(SessionRequestLimit.counted("/app/?v-r=uidl", "/app"));
    assertFalse(SessionRequestLimit.counted("/api/v1/public/tracking", ""));
    assertFalse(SessionRequestLimit.counted("/VAADIN/build/vaadin-bundle.js", ""));
    assertFalse(SessionRequestLimit.counted("/styles/app.css", ""));
    assertFalse(SessionRequestLimit.counted("/app/offline-sw.js", "/app"));
  }
}
