package cn.ggzy.webui.reviews;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.ggzy.server.application.DocumentReviews.Page;
import cn.ggzy.server.application.DocumentReviews.Summary;
import cn.ggzy.webui.cases.UiTexts;
import cn.ggzy.webui.i18n.Language;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The reviews as cards with department, project, file, state and counts; paged through the database. */
class ReviewListTest {
  private final List<Integer> asked = new ArrayList<>();

  private static Summary summary(int n, String state) {
    return new Summary("R" + n, "421181-jtj", "麻城市交通运输局", "MC-" + n, "G230 改建工程", "一标段", "招标文件.docx",
        state, 3, 1, 2, ReviewTestData.UPLOADED);
  }

  private ReviewList list(Locale locale) {
    ReviewList list = new ReviewList(UiTexts.of(locale), locale,
        s -> Language.isEnglish(locale) ? "Transport Bureau" : s.departmentName());
    list.onPage(asked::add);
    return list;
  }

  @Test
  void aCardShowsTheReviewAndLeadsToIt() {
    ReviewList list = list(Language.CHINESE);
    list.show(new Page(List.of(summary(1, "UNDER_REVIEW")), 1, 0, 20));
    String text = list.cards.getElement().getTextRecursively();
    for (String expected : List.of("MC-1 G230 改建工程", "审查中", "麻城市交通运输局", "一标段", "招标文件.docx",
        "共 3 条 · 待认定 1 条 · 已认定 2 条", "2026年12月14日 10:05")) {
      assertTrue(text.contains(expected), expected + " missing in " + text);
    }
    assertEquals("第 1–1 条，共 1 条", list.range.getText());
    assertFalse(list.previous.isVisible() || list.next.isVisible(), "one page: no paging");
    assertTrue(list.getElement().getOuterHTML().contains("console/document-reviews/R1"));
  }

  @Test
  void pagesMoveByTheirSize() {
    ReviewList list = list(Language.ENGLISH);
    List<Summary> page = IntStream.range(20, 40).mapToObj(n -> summary(n, "OVERDUE")).toList();
    list.show(new Page(page, 45, 20, 20));
    assertEquals("21–40 of 45", list.range.getText());
    assertTrue(list.previous.isEnabled() && list.next.isEnabled());
    assertTrue(list.cards.getElement().getTextRecursively().contains("Rectification overdue"));
    assertTrue(list.cards.getElement().getTextRecursively().contains("3 in all · 1 open · 2 confirmed"));
    list.next.click();
    list.previous.click();
    assertEquals(List.of(40, 0), asked);
    list.show(new Page(page.subList(0, 5), 45, 40, 20));
    assertFalse(list.next.isEnabled(), "the last page");
  }

  @Test
  void anEmptyListSaysSo() {
    ReviewList list = list(Language.CHINESE);
    list.show(new Page(List.of(), 0, 0, 20));
    assertEquals("还没有审查记录", list.cards.getElement().getTextRecursively());
    assertEquals("", list.range.getText());
  }
}
