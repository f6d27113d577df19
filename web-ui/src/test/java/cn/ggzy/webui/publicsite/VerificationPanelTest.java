package cn.ggzy.webui.publicsite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.ggzy.server.domain.model.inspection.Verification;
import com.vaadin.flow.component.Component;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The verification panel shows each check with its outcome, readable by a browser test. */
class VerificationPanelTest {
  @Test
  void eachCheckIsALineWithItsOutcomeAndTheVerdictComesFirst() {
    VerificationPanel panel = new VerificationPanel(key -> key, Locale.SIMPLIFIED_CHINESE);
    panel.show(new Verification.Report(List.of(new Verification.Check("commitment", false, "SHA-256(document) = ab"),
        new Verification.Check("seed", true, "SHA-256(seed) = cd"))));
    assertTrue(panel.isVisible());
    List<Component> lines = panel.getChildren().toList();
    assertEquals("false", lines.get(0).getElement().getAttribute("data-verified"));
    assertEquals("verification-check-commitment", lines.get(1).getId().orElseThrow());
    assertEquals("false", lines.get(1).getElement().getAttribute("data-passed"));
    assertEquals("true", lines.get(2).getElement().getAttribute("data-passed"));
    assertTrue(lines.get(1).getElement().getTextRecursively().contains("承诺值"));
  }
}
