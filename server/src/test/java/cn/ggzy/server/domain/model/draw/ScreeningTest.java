package cn.ggzy.server.domain.model.draw;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Recusal in general terms: declared pairs and rules over attributes exclude, everyone else stays in order. */
class ScreeningTest {
  record Expert(String id, String employer) {}

  record Tender(String id, String bidder) {}

  private final List<Expert> experts = List.of(new Expert("e1", "甲公司"), new Expert("e2", "乙公司"),
      new Expert("e3", "丙公司"), new Expert("e4", "甲公司"));
  private final Tender tender = new Tender("t1", "甲公司");
  private final Screening<Expert, Tender> open = Screening.of(experts, Expert::id, Tender::id);

  @Test
  void withoutExclusionsEveryCandidateIsEligibleInCanonicalOrder() {
    assertEquals(experts, open.eligible(tender));
    assertEquals(experts, open.candidates());
  }

  @Test
  void aDeclaredPairExcludesOnlyThatCandidateFromThatItem() {
    Screening<Expert, Tender> screening = open.excluding(List.of(new Exclusion("e2", "t1"),
        new Exclusion("e3", "t2")));
    assertTrue(screening.excluded(experts.get(1), tender));
    assertFalse(screening.excluded(experts.get(2), tender), "e3 is excluded from t2, not t1");
    assertTrue(screening.excluded(experts.get(2), new Tender("t2", "丁公司")));
    assertEquals(List.of(experts.get(0), experts.get(2), experts.get(3)), screening.eligible(tender));
  }

  @Test
  void rulesOverAttributesAndPairsAddUpAndTheOriginalStaysUnchanged() {
    Screening<Expert, Tender> screening = open
        .excludingWhen((expert, t) -> expert.employer().equals(t.bidder()))
        .excluding(List.of(new Exclusion("e3", "t1")));
    assertEquals(List.of(experts.get(1)), screening.eligible(tender));
    assertEquals(experts, open.eligible(tender), "excluding gives a new screening");
  }
}
