package cn.ggzy.server.infrastructure.documents.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class LineWrapperTest {
  /** Chinese characters 1 wide, Latin letters, digits and spaces 0.5. */
  private static final LineWrapper.Measure MEASURE = s -> (float) s.codePoints()
      .mapToDouble(c -> c < 0x2000 ? 0.5 : 1).sum();

  @Test
  void chineseTextBreaksAfterAnyCharacter() {
    assertEquals(List.of("一二三四", "五六七八", "九"), LineWrapper.wrap("一二三四五六七八九", 4, MEASURE));
  }

  @Test
  void closingPunctuationDoesNotStartALine() {
    assertEquals(List.of("一二三", "四，五六", "七"), LineWrapper.wrap("一二三四，五六七", 4, MEASURE));
  }

  @Test
  void openingPunctuationDoesNotEndALine() {
    assertEquals(List.of("一二三", "“四”五", "六"), LineWrapper.wrap("一二三“四”五六", 4, MEASURE));
  }

  @Test
  void latinRunsStayWholeUnlessLongerThanALine() {
    assertEquals(List.of("项目", "ZB2026", "号"), LineWrapper.wrap("项目ZB2026号", 3, MEASURE));
    assertEquals(List.of("ABCDEF", "GH"), LineWrapper.wrap("ABCDEFGH", 3, MEASURE));
  }

  @Test
  void theFirstLineHasItsOwnWidthAndNewlinesStartParagraphs() {
    assertEquals(List.of("一二", "三四五六", "七八", "九"),
        LineWrapper.wrap("一二三四五六\n七八九", 2, 4, MEASURE));
  }

  @Test
  void spacesDoNotStartAWrappedLine() {
    assertEquals(List.of("ab cd", "ef"), LineWrapper.wrap("ab cd ef", 2.5f, MEASURE));
  }

  @Test
  void emptyTextIsOneEmptyLine() {
    assertEquals(List.of(""), LineWrapper.wrap(null, 4, MEASURE));
  }
}
