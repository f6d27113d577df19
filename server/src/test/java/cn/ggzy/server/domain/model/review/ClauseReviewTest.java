package cn.ggzy.server.domain.model.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClauseReviewTest {
  private final ClauseReview review = new ClauseReview(RuleBook.standard());

  @Test
  void aBidBondIsCheckedAgainstTheProjectsEstimateWhenItIsKnown() {
    Clause c = new Clause(1, 1, 1, 0, "投标保证金：人民币伍拾万元整。");
    assertTrue(review.review(c, ProjectFacts.none()).isEmpty(), "50万 alone is within the 80万 ceiling");
    List<Finding> f = review.review(c, ProjectFacts.of(new BigDecimal("20000000"), null));
    assertEquals("bond.bid-bond-ratio", f.get(0).ruleId());
    assertEquals("500000 元 > 400000 元 (2% estimate)", f.get(0).measured());
    assertTrue(review.review(c, ProjectFacts.of(new BigDecimal("30000000"), null)).isEmpty(), "2 % of 3000万 is 60万");
  }

  @Test
  void theBidBondsNumbersAreNotMixedWithThePerformanceBondsInOneClause() {
    Clause c = new Clause(1, 1, 1, 0, "投标保证金为估算价的2%，履约保证金为合同金额的百分之十五。");
    List<Finding> f = review.review(c, ProjectFacts.none());
    assertEquals(1, f.size(), () -> f.toString());
    assertEquals("bond.performance-bond-ratio", f.get(0).ruleId());
    assertEquals("15% > 10%", f.get(0).measured());
  }

  @Test
  void theHighlightPointsAtTheOriginalTextEvenWhenAPdfSpacedItOut() {
    String text = "投标人须在本 市注册设立分公司。";
    Finding f = review.review(new Clause(4, 2, 9, 12, text), ProjectFacts.none()).get(0);
    Span s = f.spans().get(0);
    assertEquals("在本 市注册设立分公司", text.substring(s.start(), s.end()));
    assertEquals(2, f.clause().page());
    assertEquals(9, f.clause().paragraph());
  }

  @Test
  void theMostSevereFindingComesFirst() {
    List<Finding> f = review.review(new Clause(1, 1, 1, 0,
        "投标人须具有ISO9001认证，且须为本市注册企业。"), ProjectFacts.none());
    assertEquals(Severity.HIGH, f.get(0).severity());
    assertEquals(ClauseCategory.REGION, f.get(0).category());
    assertEquals(ClauseCategory.QUALIFICATION, f.get(f.size() - 1).category());
  }

  @Test
  void aQualificationGradeIsWeighedAgainstTheProjectsScale() {
    Clause c = new Clause(1, 1, 1, 0, "投标人须具有建筑工程施工总承包一级资质。");
    assertTrue(review.review(c, ProjectFacts.none()).isEmpty());
    assertEquals("qualification.grade-above-scale",
        review.review(c, ProjectFacts.of(new BigDecimal("8000000"), null)).get(0).ruleId());
    assertTrue(review.review(c, ProjectFacts.of(new BigDecimal("300000000"), null)).isEmpty());
  }
}
