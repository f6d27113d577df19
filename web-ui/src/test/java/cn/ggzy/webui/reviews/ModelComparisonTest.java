package cn.ggzy.webui.reviews;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.ggzy.server.application.DocumentReviews.Comparison;
import cn.ggzy.server.application.DocumentReviews.DeviationView;
import cn.ggzy.server.application.DocumentReviews.ModelTextView;
import cn.ggzy.server.application.DocumentReviews.WordChangeView;
import cn.ggzy.webui.cases.UiTexts;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * A review compared with a model text (范本): the counts, each deviation as a card with its place, a
 * changed clause's dropped words struck through and its new ones marked as inserted, an added clause
 * as written, a removed one as the model has it; filtered by kind and shown a step at a time.
 */
class ModelComparisonTest {
  static final ModelTextView MODEL = new ModelTextView("M2", "施工招标文件范本（2026年版）", "范本.docx", 120, "jgb.rules",
      ReviewTestData.UPLOADED);
  static final ModelTextView OLDER = new ModelTextView("M1", "施工招标文件范本（2020年版）", "范本2020.docx", 98, "jgb.rules",
      ReviewTestData.UPLOADED);
  static final DeviationView CHANGED = new DeviationView("CHANGED", 1, 3, "2. 投标人须在本市设立分公司。", 2, 5,
      "投标人须具有独立法人资格。", 0.57, List.of(new WordChangeView("KEPT", "投标人须"),
          new WordChangeView("REMOVED", "具有独立法人资格"), new WordChangeView("ADDED", "在本市设立分公司")));
  static final DeviationView ADDED = new DeviationView("ADDED", 1, 5, "5. 电梯须采用三菱品牌。", 0, 0, null, 0,
      List.of(new WordChangeView("ADDED", "5. 电梯须采用三菱品牌。")));
  static final DeviationView REMOVED = new DeviationView("REMOVED", 0, 0, null, 3, 2, "投标人可以对招标文件提出异议。", 0,
      List.of(new WordChangeView("REMOVED", "投标人可以对招标文件提出异议。")));

  private static Comparison comparison(List<DeviationView> deviations) {
    int changed = (int) deviations.stream().filter(d -> d.kind().equals("CHANGED")).count();
    int added = (int) deviations.stream().filter(d -> d.kind().equals("ADDED")).count();
    return new Comparison("R1", MODEL.id(), MODEL.name(), "招标文件.txt", changed, added,
        deviations.size() - changed - added, deviations);
  }

  @Test
  void aChangedClauseStrikesThroughTheModelsWordsAndMarksTheDocumentsOwn() {
    DeviationCard card = new DeviationCard(1, CHANGED, UiTexts.chinese());
    assertEquals("deviation-1", card.getId().orElseThrow());
    assertEquals("CHANGED", card.getElement().getAttribute("data-kind"));
    String html = card.getElement().getOuterHTML().replaceAll("\\s*\\n\\s*", "");
    assertTrue(html.contains("投标人须<del>具有独立法人资格</del><ins>在本市设立分公司</ins>"), html);
    String text = card.getElement().getTextRecursively();
    for (String expected : List.of("#1", "改动", "相似度 57%", "第1页 第3段（范本第2页 第5段）")) {
      assertTrue(text.contains(expected), expected + " missing in " + text);
    }
  }

  @Test
  void anAddedClauseIsShownAsWrittenARemovedOneAsTheModelHasIt() {
    DeviationCard added = new DeviationCard(2, ADDED, UiTexts.chinese());
    String text = added.getElement().getTextRecursively();
    assertTrue(text.contains("新增") && text.contains("第1页 第5段") && text.contains("5. 电梯须采用三菱品牌。"), text);
    assertFalse(text.contains("范本第"), "an added clause has no place in the model: " + text);
    DeviationCard removed = new DeviationCard(3, REMOVED, UiTexts.chinese());
    text = removed.getElement().getTextRecursively();
    assertTrue(text.contains("删除") && text.contains("范本第3页 第2段") && text.contains("投标人可以对招标文件提出异议。"),
        text);
    DeviationCard english = new DeviationCard(1, CHANGED, UiTexts.english());
    text = english.getElement().getTextRecursively();
    assertTrue(text.contains("Changed") && text.contains("57 % alike")
        && text.contains("Page 1, paragraph 3 (model text, page 2, paragraph 5)"), text);
    assertTrue(new DeviationCard(3, REMOVED, UiTexts.english()).getElement().getTextRecursively()
        .contains("Model text, page 3, paragraph 2"));
  }

  @Test
  void withoutModelTextsTheSectionSaysWhereTheyComeFrom() {
    ModelComparisonSection section = new ModelComparisonSection(UiTexts.chinese(), id -> { });
    section.models(List.of());
    assertFalse(section.model.isVisible() || section.compare.isVisible());
    assertTrue(section.rules.isVisible());
    assertEquals("console/review-rules", section.rules.getHref());
    assertTrue(section.hint.getText().startsWith("本地区还没有招标文件范本"), section.hint.getText());
    assertFalse(section.result.isVisible());
  }

  @Test
  void theNewestModelIsChosenAndTheComparisonIsCountedAndFiltered() {
    List<String> asked = new ArrayList<>();
    ModelComparisonSection section = new ModelComparisonSection(UiTexts.chinese(), asked::add);
    section.models(List.of(MODEL, OLDER));
    assertEquals(MODEL, section.model.getValue());
    assertEquals("施工招标文件范本（2026年版）（120 条）", section.model.getItemLabelGenerator().apply(MODEL));
    assertFalse(section.rules.isVisible());
    section.model.setValue(OLDER);
    section.compare.click();
    assertEquals(List.of("M1"), asked);

    section.show(comparison(List.of(CHANGED, ADDED, REMOVED)));
    assertTrue(section.result.isVisible());
    assertEquals("与“施工招标文件范本（2026年版）”相比：改动 1 条，新增 1 条，删除 1 条", section.counts.getText());
    assertEquals(List.of("deviation-1", "deviation-2", "deviation-3"),
        section.shownCards().stream().map(c -> c.getId().orElseThrow()).toList());
    assertEquals(List.of("", "CHANGED", "ADDED", "REMOVED"), section.kind.getListDataView().getItems().toList());
    assertEquals("删除（1）", section.kind.getItemLabelGenerator().apply("REMOVED"));
    section.kind.setValue("REMOVED");
    assertEquals(List.of("deviation-3"), section.shownCards().stream().map(c -> c.getId().orElseThrow()).toList());
    assertFalse(section.more.isVisible());
    String legend = section.getElement().getOuterHTML();
    assertTrue(legend.contains("<del>带删除线</del>") && legend.contains("<ins>带下划线</ins>"), "the legend shows both marks");

    section.models(List.of(OLDER, MODEL));
    assertEquals(OLDER, section.model.getValue(), "the choice stays when the list is read again");
    section.clear();
    assertFalse(section.result.isVisible());
  }

  @Test
  void aLongComparisonIsShownAStepAtATime() {
    ModelComparisonSection section = new ModelComparisonSection(UiTexts.english(), id -> { });
    section.models(List.of(MODEL));
    List<DeviationView> many = IntStream.range(0, ModelComparisonSection.STEP + 5).mapToObj(i -> ADDED).toList();
    section.show(comparison(many));
    assertEquals(ModelComparisonSection.STEP, section.shownCards().size());
    assertTrue(section.more.isVisible());
    assertEquals("Show 5 more (5 left)", section.more.getText());
    section.more.click();
    assertEquals(ModelComparisonSection.STEP + 5, section.shownCards().size());
    assertFalse(section.more.isVisible());
  }

  @Test
  void aDocumentAsTheModelHasItSaysSo() {
    ModelComparisonSection section = new ModelComparisonSection(UiTexts.chinese(), id -> { });
    section.models(List.of(MODEL));
    section.show(comparison(List.of()));
    assertEquals("与“施工招标文件范本（2026年版）”逐条一致，没有改动、新增或删除的条款", section.counts.getText());
    assertFalse(section.kind.isVisible());
    assertTrue(section.none.isVisible());
    assertTrue(section.showFieldError("modelTextId", "范本不存在"));
    assertTrue(section.model.isInvalid());
  }
}
