package cn.ggzy.webui.reviews;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.ggzy.server.application.DocumentReviews.FindingView;
import cn.ggzy.webui.cases.UiTexts;
import cn.ggzy.webui.i18n.Language;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A finding as the officer reads it on a phone: badges, 第N页 第M段, the marked clause, rule, basis,
 * wording and the measured value; confirm and dismiss only while it is open and the notice not out.
 */
class FindingCardTest {
  private final List<String> asked = new ArrayList<>();

  private FindingCard card(FindingView f, boolean decidable) {
    return new FindingCard(f, UiTexts.chinese(), Language.CHINESE, decidable,
        x -> asked.add("confirm #" + x.number()), x -> asked.add("dismiss #" + x.number()));
  }

  @Test
  void anOpenFindingShowsWhereWhatWhyAndHowToWordItAndOffersBothDecisions() {
    FindingCard card = card(ReviewTestData.bond("OPEN"), true);
    String text = card.getElement().getTextRecursively();
    for (String expected : List.of("#2", "保证金", "高风险", "待认定", "第1页 第4段", ReviewTestData.BOND,
        "投标保证金超过估算价的2%", "测算", "3% > 2%", "法律依据", "招标投标法实施条例第二十六条", "建议修改为",
        "投标保证金不超过招标项目估算价的2%。", "规则 bond.bid-bond-ratio（第1版）")) {
      assertTrue(text.contains(expected), expected + " missing in " + text);
    }
    assertEquals("finding-2", card.getId().orElseThrow());
    assertEquals("OPEN", card.getElement().getAttribute("data-state"));
    assertEquals("bond", card.getElement().getAttribute("data-category"));
    assertTrue(card.confirm.getParent().isPresent() && card.dismiss.getParent().isPresent());
    card.confirm.click();
    card.dismiss.click();
    assertEquals(List.of("confirm #2", "dismiss #2"), asked);
  }

  @Test
  void aDecidedFindingShowsTheDecisionAndOffersNoButtons() {
    FindingCard card = card(ReviewTestData.brand("DISMISSED", "已注明或相当于"), true);
    String text = card.getElement().getTextRecursively();
    assertTrue(text.contains("不予认定") && text.contains("jtj.li · 2026年12月14日 11:00")
        && text.contains("不予认定理由") && text.contains("已注明或相当于"), text);
    assertTrue(text.contains("中风险"), text);
    assertFalse(card.confirm.getParent().isPresent() || card.dismiss.getParent().isPresent());
    assertFalse(text.contains("测算"), "no measured value, no line: " + text);
  }

  @Test
  void afterTheNoticeAnOpenFindingCannotBeDecided() {
    FindingCard card = card(ReviewTestData.branch("OPEN"), false);
    assertFalse(card.confirm.getParent().isPresent());
  }

  @Test
  void inEnglishTheRulesOwnTextsAreEnglishAndTheClauseStaysAsWritten() {
    FindingCard card = new FindingCard(ReviewTestData.branch("CONFIRMED"), UiTexts.english(), Language.ENGLISH,
        true, x -> { }, x -> { });
    String text = card.getElement().getTextRecursively();
    for (String expected : List.of("Region", "High risk", "Confirmed", "Page 1, paragraph 3",
        "Requires local registration or a local branch", "Legal basis", "Tendering Law art. 6", "Lawful wording",
        "Remove the requirement", ReviewTestData.BRANCH)) {
      assertTrue(text.contains(expected), expected + " missing in " + text);
    }
    assertFalse(text.contains("要求在本地注册"), text);
  }

  @Test
  void theListFiltersByDecisionAndCategoryAndKeepsTheChoiceWhenTheReviewChanges() {
    FindingList list = new FindingList(UiTexts.chinese(), Language.CHINESE, f -> { }, f -> { });
    list.show(List.of(ReviewTestData.branch("OPEN"), ReviewTestData.bond("OPEN"), ReviewTestData.brand("OPEN", null)),
        true);
    assertEquals(3, list.shown().size());
    assertEquals(List.of("", "OPEN"), list.state.getListDataView().getItems().toList(), "only states that occur");
    assertEquals("待认定（3）", list.state.getItemLabelGenerator().apply("OPEN"));
    assertEquals(List.of("", "region", "brand", "bond"), list.category.getListDataView().getItems().toList(),
        "in the rule book's order of categories");
    list.category.setValue("bond");
    assertEquals(List.of("finding-2"), list.shown().stream().map(c -> c.getId().orElseThrow()).toList());

    list.show(List.of(ReviewTestData.branch("OPEN"), ReviewTestData.bond("CONFIRMED"),
        ReviewTestData.brand("OPEN", null)), true);
    assertEquals("bond", list.category.getValue(), "the choice stays");
    list.state.setValue("OPEN");
    assertEquals(List.of(), list.shown());
    assertTrue(list.none.isVisible());
    assertEquals("没有符合筛选条件的发现", list.none.getText());
    list.category.setValue(FindingList.ALL);
    assertEquals(List.of("finding-1", "finding-3"), list.shown().stream().map(c -> c.getId().orElseThrow()).toList());
    assertEquals("全部（3）", list.state.getItemLabelGenerator().apply(FindingList.ALL));
  }

  @Test
  void aReviewWithoutFindingsSaysSoWithoutFilters() {
    FindingList list = new FindingList(UiTexts.chinese(), Language.CHINESE, f -> { }, f -> { });
    list.show(List.of(), true);
    assertFalse(list.state.isVisible() || list.category.isVisible());
    assertEquals("未发现排斥、限制潜在投标人的条款", list.none.getText());
  }
}
