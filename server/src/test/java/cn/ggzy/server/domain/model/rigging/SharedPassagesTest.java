package cn.ggzy.server.domain.model.rigging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The passages two files share are found across punctuation changes, without the template, with offsets. */
class SharedPassagesTest {

  @Test
  void theLongestSharedStretchesOutsideTheTemplateWithTheirOffsets() {
    String copied = "本工程拟投入钢筋工十二名木工八名，由项目经理统一调度并每日召开班前会";
    String a = BidTexts.prose(1, 3) + BidTexts.TEMPLATE + copied + "。" + BidTexts.prose(2, 2);
    String b = BidTexts.prose(3, 4) + BidTexts.TEMPLATE + copied.replace("，", "；") + "！";
    List<SharedPassages.Run> runs = SharedPassages.longest(a, b, BidTexts.TEMPLATE, 3);
    assertEquals(1, runs.size(), runs.toString());
    SharedPassages.Run run = runs.get(0);
    assertTrue(run.text().startsWith("本工程拟投入") && run.text().endsWith("班前会"), run.text());
    assertEquals(a.indexOf(copied), run.offsetA());
    assertEquals(b.indexOf("本工程拟投入"), run.offsetB());
  }

  @Test
  void filesSharingOnlyTheTemplateShareNoPassage() {
    String a = BidTexts.prose(4, 5) + BidTexts.TEMPLATE;
    String b = BidTexts.TEMPLATE + BidTexts.prose(5, 5);
    assertTrue(SharedPassages.longest(a, b, BidTexts.TEMPLATE, 3).isEmpty());
  }
}
