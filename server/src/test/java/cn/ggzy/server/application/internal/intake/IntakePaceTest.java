package cn.ggzy.server.application.internal.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The pace the case registration yields to: new submissions per second over the last two seconds. */
class IntakePaceTest {

  @Test
  void aBurstIsCountedAndAQuietNodeIsQuiet() {
    IntakePace pace = new IntakePace();
    assertEquals(0, pace.perSecond());
    for (int i = 0; i < 200; i++) {
      pace.filed();
    }
    assertEquals(100, pace.perSecond(), "200 submissions within two seconds are 100 a second");
  }
}
