package cn.ggzy.webui.reviews;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.ggzy.server.application.DocumentReviews.SpanView;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.dom.Element;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The clause is shown whole, in order, with exactly the matched words inside {@code <mark>}. */
class ClauseMarksTest {

  /** The clause as HTML-ish text: marked parts in [brackets]. */
  private static String rendered(Div clause) {
    return clause.getElement().getChildren().map(ClauseMarksTest::part).collect(Collectors.joining());
  }

  private static String part(Element e) {
    if (e.isTextNode()) {
      return e.getText();
    }
    return "mark".equals(e.getTag()) ? "[" + e.getText() + "]" : "<" + e.getTag() + ">" + e.getText();
  }

  @Test
  void theMatchedWordsAreMarkedAndNothingElseChanges() {
    Div clause = ClauseMarks.of(ReviewTestData.BRANCH, List.of(new SpanView(7, 15)));
    assertEquals("2. 投标人须[在本市设立分公司]。", rendered(clause));
    assertEquals(ReviewTestData.BRANCH, clause.getElement().getTextRecursively());
    assertEquals(1, clause.getElement().getChildren().filter(e -> !e.isTextNode() && "mark".equals(e.getTag())).count());
  }

  @Test
  void severalSpansInAnyOrderEachMarkedOnce() {
    Div clause = ClauseMarks.of(ReviewTestData.BOND, List.of(new SpanView(14, 16), new SpanView(3, 8)));
    assertEquals("3. [投标保证金]为投标总价的[3%]。", rendered(clause));
  }

  @Test
  void overlappingTouchingAndOutOfRangeSpansNeverRepeatOrHideText() {
    String text = "投标保证金为投标总价的3%";
    assertEquals(List.of(new SpanView(0, 7), new SpanView(11, 13)), ClauseMarks.merged(text.length(),
        List.of(new SpanView(2, 5), new SpanView(0, 3), new SpanView(5, 7), new SpanView(11, 40),
            new SpanView(-4, 0), new SpanView(9, 9))));
    assertEquals("[投标保证金为投]标总价的[3%]", rendered(ClauseMarks.of(text, List.of(new SpanView(2, 5),
        new SpanView(0, 3), new SpanView(5, 7), new SpanView(11, 40)))));
  }

  @Test
  void noSpansOrNoTextIsPlainText() {
    assertEquals("无标记的条款", rendered(ClauseMarks.of("无标记的条款", List.of())));
    assertEquals("", rendered(ClauseMarks.of(null, null)));
  }
}
