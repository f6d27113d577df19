package cn.ggzy.webui.session;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class AccessControlTest {
  @Test
  void guardsTheConsoleAndEverythingUnderIt() {
    assertTrue(AccessControl.isConsole("console"));
    assertTrue(AccessControl.isConsole("console/accounts"));
    assertFalse(AccessControl.isConsole("consoles"), "only the console's own routes");
    assertFalse(AccessControl.isConsole(""));
    assertFalse(AccessControl.isConsole("login"));
  }
}
