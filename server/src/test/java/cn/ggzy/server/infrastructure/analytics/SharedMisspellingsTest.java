package cn.ggzy.server.infrastructure.analytics;

import static cn.ggzy.server.domain.model.rigging.BidTexts.TEMPLATE;
import static cn.ggzy.server.domain.model.rigging.BidTexts.prose;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.ggzy.server.domain.model.rigging.BidDocument;
import cn.ggzy.server.domain.model.rigging.SharedError;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The same misspelling in exactly two bid files, where the tender writes it correctly, is evidence. */
class SharedMisspellingsTest {
  private final SharedMisspellings rule = new SharedMisspellings();

  @Test
  void twoBidsWritingTheSameWrongCharacterAreFoundWithTheUsualSpellingAndOffsets() {
    String typo = TEMPLATE.replace("混凝土", "混凝士");
    String a = prose(1, 10) + typo + prose(2, 5);
    String b = prose(3, 7) + typo;
    String c = prose(4, 12) + TEMPLATE;
    List<SharedError> found = rule.find(TEMPLATE, List.of(new BidDocument("A", a), new BidDocument("B", b),
        new BidDocument("C", c)));
    assertEquals(1, found.size(), found.toString());
    SharedError e = found.get(0);
    assertEquals("A", e.bidderA());
    assertEquals("B", e.bidderB());
    assertTrue(e.written().contains("混凝士"), e.written());
    assertTrue(e.usual().contains("混凝土"), e.usual());
    assertTrue(a.startsWith(e.written(), e.offsetA()), "the offset points at the text in A");
    assertTrue(b.startsWith(e.written(), e.offsetB()), "the offset points at the text in B");
  }

  @Test
  void aMisspellingOfOneBidOnlyOrOfEveryBidIsNotSharedEvidence() {
    String typo = TEMPLATE.replace("混凝土", "混凝士");
    assertTrue(rule.find(TEMPLATE, List.of(new BidDocument("A", prose(1, 8) + typo),
        new BidDocument("B", prose(2, 8) + TEMPLATE), new BidDocument("C", prose(3, 8) + TEMPLATE))).isEmpty());
    assertTrue(rule.find(TEMPLATE, List.of(new BidDocument("A", prose(1, 8) + typo),
        new BidDocument("B", prose(2, 8) + typo), new BidDocument("C", prose(3, 8) + typo))).isEmpty(),
        "a wording every bid shares is not rare");
  }

  @Test
  void copyingTheTemplateAndDifferentNumbersAreNotErrors() {
    String a = prose(5, 8) + TEMPLATE + "工期180天。";
    String b = prose(6, 8) + TEMPLATE + "工期180天。";
    String c = prose(7, 8) + TEMPLATE + "工期150天。";
    assertTrue(rule.find(TEMPLATE, List.of(new BidDocument("A", a), new BidDocument("B", b),
        new BidDocument("C", c))).isEmpty());
  }

  @Test
  void anotherWordBeforeASharedPhraseOrLatinSpellingIsNoError() {
    String tpl = "甲方负责现场安全管理并承担费用。Quality control plan.";
    String a = prose(8, 6) + "乙方负责现场安全管理并承担费用。Qualitx control plan.";
    String b = prose(9, 6) + "乙方负责现场安全管理并承担费用。Qualitx control plan.";
    assertTrue(rule.find(tpl, List.of(new BidDocument("A", a), new BidDocument("B", b),
        new BidDocument("C", prose(10, 6) + tpl))).isEmpty(),
        "乙方 for 甲方 is a different party, not a typo; Latin spelling is out of the rule's scope");
  }
}
