package cn.ggzy.webui.session;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class AbandonedUisTest {
  private static final long LAST = 1_800_000_000_000L;

  @Test
  void aUiIsGoneAfterThreeMissedHeartbeatsAndTheGrace() {
    assertFalse(AbandonedUis.gone(LAST, LAST + 60_000, 60), "one interval: the next heartbeat is due");
    assertFalse(AbandonedUis.gone(LAST, LAST + 180_000, 60), "three missed: Vaadin's own limit, a phone may be late");
    assertFalse(AbandonedUis.gone(LAST, LAST + 240_000, 60), "exactly three intervals and the grace");
    assertTrue(AbandonedUis.gone(LAST, LAST + 240_001, 60));
    assertTrue(AbandonedUis.gone(LAST, LAST + 3_600_000, 60));
    assertFalse(AbandonedUis.gone(LAST, LAST + 900_000, 300), "Vaadin's default interval: 16 minutes");
    assertTrue(AbandonedUis.gone(LAST, LAST + 960_001, 300));
  }

  @Test
  void heartbeatsSwitchedOffMeanNoUiIsEverGone() {
    assertFalse(AbandonedUis.gone(LAST, LAST + 86_400_000, -1));
    assertFalse(AbandonedUis.gone(LAST, LAST + 86_400_000, 0));
  }
}
