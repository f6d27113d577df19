package cn.ggzy.server.domain.model.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

class RuleBookTest {
  private static final RuleBook BOOK = RuleBook.standard();
  private static final String ONE_RULE = """
      @HERE = (?:本市|本县)
      [region.test]
      version = 3
      category = region
      severity = high
      title = 本地注册 | Local registration
      basis = 条例第三十二条 | Regulation art. 32
      suggest = 删除 | Remove it
      match = %HERE%注册
      unless = 不得
      example+ = 投标人须为本市注册企业。
      example- = 不得要求本县注册。
      """;

  /** Each rule finds each of its positive examples and none of its negative ones. */
  @TestFactory
  Stream<DynamicTest> everyRuleFindsItsPositiveExamplesAndNotItsNegativeOnes() {
    List<DynamicTest> tests = new ArrayList<>();
    for (ClauseRule r : BOOK.rules()) {
      for (String p : r.positives()) {
        tests.add(DynamicTest.dynamicTest(r.id() + " finds: " + p, () -> assertTrue(
            r.findIn(new Clause(1, 1, 1, 0, p), RuleBook.examplesFacts()).isPresent())));
      }
      for (String n : r.negatives()) {
        tests.add(DynamicTest.dynamicTest(r.id() + " passes: " + n, () -> assertFalse(
            r.findIn(new Clause(1, 1, 1, 0, n), RuleBook.examplesFacts()).isPresent())));
      }
      assertFalse(r.positives().isEmpty() || r.negatives().isEmpty(), r.id());
    }
    return tests.stream();
  }

  @Test
  void theShippedBookCoversEveryCategoryWithItsLegalBasis() {
    Set<ClauseCategory> covered = EnumSet.noneOf(ClauseCategory.class);
    for (ClauseRule r : BOOK.rules()) {
      covered.add(r.category());
      assertFalse(r.basis().zh().isBlank() || r.basis().en().isBlank() || r.suggestion().en().isBlank(), r.id());
    }
    assertEquals(EnumSet.complementOf(EnumSet.of(ClauseCategory.NONE)), covered);
  }

  @Test
  void aBookIsReadWithItsNamedPatternsVersionsAndTexts() {
    RuleBook book = RuleBook.parse(ONE_RULE);
    ClauseRule r = book.rule("region.test").orElseThrow();
    assertEquals(3, r.version());
    assertEquals("Local registration", r.title().in("en"));
    assertEquals("本地注册", r.title().in("zh"));
    assertTrue(new ClauseReview(book).verdict("投标人须为本县注册企业").isPresent());
  }

  @Test
  void anEditThatBreaksARuleOwnExampleIsRefused() {
    String broken = ONE_RULE.replace("match = %HERE%注册", "match = %HERE%登记");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> RuleBook.parse(broken));
    assertTrue(e.getMessage().contains("region.test does not find its example+"), e.getMessage());
  }

  @Test
  void aPatternThatDoesNotCompileIsRefusedWithTheRule() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> RuleBook.parse(ONE_RULE.replace("match = %HERE%注册", "match = (本市注册")));
    assertTrue(e.getMessage().startsWith("rule region.test"), e.getMessage());
  }

  @Test
  void aRuleWithoutItsLegalBasisOrExamplesIsRefused() {
    assertThrows(IllegalArgumentException.class,
        () -> RuleBook.parse(ONE_RULE.replace("basis = 条例第三十二条 | Regulation art. 32\n", "")));
    assertThrows(IllegalArgumentException.class,
        () -> RuleBook.parse(ONE_RULE.replace("example- = 不得要求本县注册。\n", "")));
    assertThrows(IllegalArgumentException.class, () -> RuleBook.parse(ONE_RULE + ONE_RULE.substring(ONE_RULE.indexOf('['))));
  }
}
