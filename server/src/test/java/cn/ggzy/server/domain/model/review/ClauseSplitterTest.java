package cn.ggzy.server.domain.model.review;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClauseSplitterTest {

  @Test
  void clausesKeepTheirPageParagraphAndOffset() {
    List<Clause> clauses = ClauseSplitter.split(List.of(
        new Paragraph(1, "第一章 招标公告"),
        new Paragraph(1, ""),
        new Paragraph(2, "投标人资格要求：（1）具有独立法人资格；（2）须在本市设立分公司。投标截止时间另行通知"),
        new Paragraph(3, "①品牌不限②付款方式按月")));
    assertEquals(List.of("第一章 招标公告", "投标人资格要求：", "（1）具有独立法人资格；", "（2）须在本市设立分公司。",
        "投标截止时间另行通知", "①品牌不限", "②付款方式按月"), clauses.stream().map(Clause::text).toList());
    Clause branch = clauses.get(3);
    assertEquals(4, branch.number());
    assertEquals(2, branch.page());
    assertEquals(3, branch.paragraph());
    String paragraph = "投标人资格要求：（1）具有独立法人资格；（2）须在本市设立分公司。投标截止时间另行通知";
    assertEquals(branch.text(), paragraph.substring(branch.offset(), branch.offset() + branch.text().length()));
    assertEquals(4, clauses.get(5).paragraph());
  }

  @Test
  void aVeryLongRunWithoutPunctuationIsCutIntoReadableClauses() {
    List<Clause> clauses = ClauseSplitter.split(List.of(new Paragraph(1, "字".repeat(1500))));
    assertEquals(3, clauses.size());
    assertEquals(1500, clauses.stream().mapToInt(c -> c.text().length()).sum());
  }
}
