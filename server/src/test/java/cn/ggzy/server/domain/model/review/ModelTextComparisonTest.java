package cn.ggzy.server.domain.model.review;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.ggzy.server.infrastructure.documents.text.SmartChineseWords;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ModelTextComparisonTest {
  private final ModelTextComparison comparison = new ModelTextComparison(new SmartChineseWords());

  private static List<Clause> clauses(String... texts) {
    return ClauseSplitter.split(Arrays.stream(texts).map(t -> new Paragraph(1, t)).toList());
  }

  @Test
  void changedAddedAndRemovedClausesAreShownWithTheirWords() {
    List<Clause> model = clauses("1. 投标人应具备承担本标段施工的资质条件、能力和信誉。",
        "2. 投标保证金的金额不超过招标项目估算价的2%。", "3. 招标人不组织踏勘现场。");
    List<Clause> document = clauses("（一）投标人应具备承担本标段施工的资质条件、能力和信誉。",
        "（二）投标保证金的金额为招标项目估算价的3%。", "（三）投标人须在本市设立分公司。");
    List<Deviation> found = comparison.compare(document, model);
    assertEquals(List.of(Deviation.Kind.CHANGED, Deviation.Kind.ADDED, Deviation.Kind.REMOVED),
        found.stream().map(Deviation::kind).toList(), "numbering alone is no change");
    Deviation changed = found.get(0);
    assertEquals("2. 投标保证金的金额不超过招标项目估算价的2%。", changed.modelClause().text());
    assertEquals(List.of(new Deviation.WordChange(Deviation.Op.KEPT, "投标保证金的金额"),
        new Deviation.WordChange(Deviation.Op.REMOVED, "不超过"), new Deviation.WordChange(Deviation.Op.ADDED, "为"),
        new Deviation.WordChange(Deviation.Op.KEPT, "招标项目估算价的"),
        new Deviation.WordChange(Deviation.Op.REMOVED, "2"), new Deviation.WordChange(Deviation.Op.ADDED, "3")),
        changed.changes());
    assertEquals("（三）投标人须在本市设立分公司。", found.get(1).clause().text());
    assertEquals("3. 招标人不组织踏勘现场。", found.get(2).modelClause().text());
  }

  @Test
  void aDocumentThatFollowsItsModelHasNoDeviation() {
    List<Clause> model = clauses("投标人应具备承担本标段施工的资质条件。", "评标办法采用综合评估法。");
    assertEquals(List.of(), comparison.compare(clauses("投标人应具备承担本标段施工的资质条件。 评标办法采用综合评估法。"), model));
  }
}
