package cn.ggzy.webui.experts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.ggzy.server.domain.model.draw.DrawCheck;
import cn.ggzy.server.domain.model.draw.DrawReport;
import cn.ggzy.webui.i18n.Language;
import cn.ggzy.webui.publicsite.VerificationPanel;
import com.vaadin.flow.component.Component;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A published round's four checks: the verdict, then each check with what it found, in both languages. */
class ExpertVerificationTest {
  private static final DrawReport REPORT = new DrawReport(List.of(
      new DrawCheck("commitment", true, "expert.verify.found.documentHash", List.of("ab12")),
      new DrawCheck("seed", true, "expert.verify.found.seedHash", List.of("cd34")),
      new DrawCheck("recomputed", false, "expert.verify.found.resultHash", List.of("ef56")),
      new DrawCheck("rules", true, "expert.verify.found.members", List.of("5"))));

  @Test
  void eachCheckIsALineWithItsOutcomeAfterTheVerdict() {
    VerificationPanel checks = new VerificationPanel("round-1-checks", "expert.verify.check.", "experts.verify.",
        key -> ExpertTestData.chinese().get(key), Language.CHINESE);
    checks.show(REPORT);
    List<Component> lines = checks.getChildren().toList();
    assertEquals(5, lines.size());
    assertEquals("false", lines.get(0).getElement().getAttribute("data-verified"));
    assertEquals("验证未通过", lines.get(0).getElement().getTextRecursively());
    assertEquals("round-1-checks-recomputed", lines.get(3).getId().orElseThrow());
    assertEquals("false", lines.get(3).getElement().getAttribute("data-passed"));
    assertEquals("true", lines.get(1).getElement().getAttribute("data-passed"));
    assertTrue(lines.get(1).getElement().getTextRecursively().contains("文件的 SHA-256：ab12"));
    assertTrue(lines.get(4).getElement().getTextRecursively().contains("共 5 名专家，均符合规则"));
  }

  @Test
  void inEnglishTheChecksReadInEnglish() {
    VerificationPanel checks = new VerificationPanel("c", "expert.verify.check.", "experts.verify.",
        key -> ExpertTestData.english().get(key), Language.ENGLISH);
    checks.show(REPORT);
    String text = checks.getElement().getTextRecursively();
    assertTrue(text.startsWith("Not verified"), text);
    assertTrue(!text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN), text);
  }
}
