package cn.ggzy.server.infrastructure.analytics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.ggzy.server.domain.model.rigging.BidDocument;
import cn.ggzy.server.domain.model.rigging.DocumentMatch;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class MinHashDocumentSimilarityTest {
  private final MinHashDocumentSimilarity similarity = new MinHashDocumentSimilarity();
  private static final String TEMPLATE = "第一章 投标须知。投标人应当按照招标文件的要求编制投标文件。"
      + "投标文件应当对招标文件提出的实质性要求和条件作出响应。第二章 工程量清单。";

  /** Chinese-looking text of n sentences drawn at random from a seed. */
  private static String prose(long seed, int sentences) {
    Random r = new Random(seed);
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < sentences; i++) {
      for (int k = 0; k < 18 + r.nextInt(12); k++) {
        s.append((char) (0x4e00 + r.nextInt(3000)));
      }
      s.append('。');
    }
    return s.toString();
  }

  @Test
  void copiedFilesAreFoundButTheTemplateDoesNotCount() {
    String own = prose(1, 40);
    List<BidDocument> docs = List.of(
        new BidDocument("A", TEMPLATE + own),
        new BidDocument("B", TEMPLATE + prose(2, 40)),
        new BidDocument("C", TEMPLATE + own.replace("。", "；").substring(0, own.length() - 40) + prose(3, 2)),
        new BidDocument("D", TEMPLATE + prose(4, 40)));
    List<DocumentMatch> found = similarity.nearDuplicates(TEMPLATE, docs, 0.5);
    assertEquals(1, found.size(), found.toString());
    assertEquals(List.of("A", "C"), List.of(found.get(0).bidderA(), found.get(0).bidderB()));
    assertTrue(found.get(0).similarity() > 0.8);
    assertTrue(found.get(0).sharedPassages().stream().noneMatch(TEMPLATE::contains));
  }

  @Test
  void filesThatOnlyShareTheTemplateAreNotNearDuplicates() {
    String longTemplate = TEMPLATE + prose(9, 60);
    List<BidDocument> docs = List.of(new BidDocument("A", longTemplate + prose(5, 5)),
        new BidDocument("B", longTemplate + prose(6, 5)));
    assertTrue(similarity.nearDuplicates(longTemplate, docs, 0.5).isEmpty());
    // without removing the template they would look alike
    assertEquals(1, similarity.nearDuplicates("", docs, 0.5).size());
  }

  @Test
  void lshFindsWhatAllPairsFinds() {
    List<BidDocument> docs = new ArrayList<>();
    for (int i = 0; i < 60; i++) {
      docs.add(new BidDocument("B" + i, prose(100 + i, 20)));
    }
    String copied = prose(100, 20);
    docs.add(new BidDocument("copy", copied.substring(0, copied.length() / 10 * 9) + prose(7, 2)));
    List<DocumentMatch> lsh = similarity.nearDuplicates("", docs, 0.6);
    List<DocumentMatch> exact = similarity.allPairs("", docs, 0.6);
    assertEquals(1, exact.size());
    assertEquals(exact.size(), lsh.size());
    assertEquals(exact.get(0).similarity(), lsh.get(0).similarity(), 1e-12);
  }
}
