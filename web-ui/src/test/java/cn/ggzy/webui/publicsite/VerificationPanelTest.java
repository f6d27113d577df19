package cn.ggzy.webui.publicsite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.ggzy.server.domain.model.draw.DrawCheck;
import cn.ggzy.server.domain.model.draw.DrawReport;
import com.vaadin.flow.component.Component;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The verification panel shows each check with its outcome, readable by a browser test. */
class VerificationPanelTest {
  @Test
  void eachCheckIsALineWithItsOutcomeAndTheVerdictComesFirst() {
    VerificationPanel panel = new VerificationPanel(key -> key, Locale.SIMPLIFIED_CHINESE);
    panel.show(new DrawReport(List.of(
        new DrawCheck("commitment", false, "inspection.verify.found.documentHash", List.of("ab")),
        new DrawCheck("seed", true, "inspection.verify.found.seedHash", List.of("cd")),
        new DrawCheck("rules", true, "inspection.verify.found.teams", List.of("1")))));
    assertTrue(panel.isVisible());
    List<Component> lines = panel.getChildren().toList();
    assertEquals("false", lines.get(0).getElement().getAttribute("data-verified"));
    assertEquals("verification-check-commitment", lines.get(1).getId().orElseThrow());
    assertEquals("false", lines.get(1).getElement().getAttribute("data-passed"));
    assertEquals("true", lines.get(2).getElement().getAttribute("data-passed"));
    assertTrue(lines.get(1).getElement().getTextRecursively().contains("承诺值"));
    assertTrue(lines.get(1).getElement().getTextRecursively().contains("数据文件的SHA-256：ab"));
    assertTrue(lines.get(3).getElement().getTextRecursively().contains("共核对 1 个检查组"));
  }

  @Test
  void inEnglishOneTeamIsOneTeam() {
    VerificationPanel panel = new VerificationPanel(key -> key, Locale.ENGLISH);
    panel.show(new DrawReport(List.of(
        new DrawCheck("rules", true, "inspection.verify.found.teams", List.of("1")))));
    String line = panel.getChildren().toList().get(1).getElement().getTextRecursively();
    assertTrue(line.contains("1 team checked") && !line.contains("1 teams"), line);
  }
}
