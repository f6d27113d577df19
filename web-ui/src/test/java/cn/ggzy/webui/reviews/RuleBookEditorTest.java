package cn.ggzy.webui.reviews;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.ggzy.server.application.DocumentReviews.RuleBookVersion;
import cn.ggzy.server.application.DocumentReviews.RuleBookView;
import cn.ggzy.server.application.Messages;
import cn.ggzy.webui.cases.UiTexts;
import cn.ggzy.webui.i18n.Language;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The rule book: its version, rules and history; the keeper's edit sent with the version it was
 * edited from and the reason; a refusal shown with which rule failed.
 */
class RuleBookEditorTest {
  private static final String TEXT = "[region.local-entity]\nversion = 1\n";
  private static final RuleBookView SHIPPED = new RuleBookView(0, TEXT, 33, null, null, List.of());
  private static final RuleBookView SAVED = new RuleBookView(2, TEXT, 33, "jgb.wang",
      Instant.parse("2026-12-14T06:00:00Z"), List.of(
          new RuleBookVersion(2, "jgb.wang", Instant.parse("2026-12-14T06:00:00Z"), "本地规定投标保证金不超过1.5%"),
          new RuleBookVersion(1, "jgb.zhao", Instant.parse("2026-12-01T06:00:00Z"), "增加本地入库要求的规则")));
  private final List<RuleBookEditor.Edit> sent = new ArrayList<>();

  private RuleBookEditor editor(boolean keeper) {
    RuleBookEditor editor = new RuleBookEditor(UiTexts.chinese(), keeper);
    editor.onSave(sent::add);
    return editor;
  }

  @Test
  void theKeeperSavesTheEditWithTheVersionItCameFromAndTheReason() {
    RuleBookEditor editor = editor(true);
    editor.load(SAVED);
    assertEquals(TEXT, editor.text.getValue());
    assertFalse(editor.text.isReadOnly());
    editor.text.setValue(TEXT.replace("version = 1", "version = 2"));
    editor.note.setValue("收紧本地注册规则");
    editor.save.click();
    assertEquals(List.of(new RuleBookEditor.Edit("[region.local-entity]\nversion = 2\n", 2, "收紧本地注册规则")), sent);
  }

  @Test
  void aRefusalSaysWhichRuleFailedAndKeepsTheText() {
    RuleBookEditor editor = editor(true);
    editor.load(SHIPPED);
    editor.text.setValue("broken");
    editor.refused(Messages.chinese("review.rules.invalid"),
        "rule region.local-entity does not find its example+ '投标人须在麻城市设立分公司。'");
    assertTrue(editor.refusal.isVisible());
    assertEquals("审查规则有误，未保存", editor.refusalMessage.getText());
    assertTrue(editor.refusalDetail.getText().contains("region.local-entity does not find its example+"));
    assertEquals("broken", editor.text.getValue());
    assertTrue(editor.showFieldError("note", Messages.chinese("review.rules.note")));
    assertTrue(editor.note.isInvalid());
    assertFalse(editor.showFieldError("version", "x"));
    editor.save.click();
    assertFalse(editor.refusal.isVisible(), "a new try clears the old refusal");
  }

  @Test
  void othersReadTheBookButCannotSaveIt() {
    RuleBookEditor editor = editor(false);
    editor.load(SHIPPED);
    assertTrue(editor.text.isReadOnly());
    assertFalse(editor.save.isVisible() || editor.note.isVisible());
    assertEquals("规则文本（只读）", editor.text.getLabel());
  }

  @Test
  void theSummaryShowsVersionRulesAndHistoryNewestFirst() {
    String text = RuleBookHistory.build(SAVED, UiTexts.chinese(), Language.CHINESE).getElement()
        .getTextRecursively();
    for (String expected : List.of("第2版", "33 条", "jgb.wang · 2026年12月14日 14:00", "本地规定投标保证金不超过1.5%",
        "jgb.zhao · 2026年12月1日 14:00", "增加本地入库要求的规则")) {
      assertTrue(text.contains(expected), expected + " missing in " + text);
    }
    assertTrue(text.indexOf("本地规定") < text.indexOf("增加本地"), "newest first");
    String shipped = RuleBookHistory.build(SHIPPED, UiTexts.english(), Language.ENGLISH).getElement()
        .getTextRecursively();
    assertTrue(shipped.contains("As shipped (version 0)") && shipped.contains("33 rules")
        && shipped.contains("Never edited: the shipped rules apply"), shipped);
  }
}
