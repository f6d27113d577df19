package cn.ggzy.server.domain.model.warning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.ggzy.server.domain.model.enforcement.Industry;
import cn.ggzy.server.domain.model.rigging.Art40Item;
import cn.ggzy.server.domain.model.rigging.BidFileTrace;
import cn.ggzy.server.domain.model.rigging.PairMatch;
import cn.ggzy.server.domain.model.rigging.PricePattern;
import cn.ggzy.server.domain.model.rigging.PricePatternKind;
import cn.ggzy.server.domain.model.rigging.RiskExplanation;
import cn.ggzy.server.domain.model.rigging.TenderScreens;
import cn.ggzy.server.domain.model.rigging.TraceField;
import cn.ggzy.server.domain.model.tender.TenderBid;
import cn.ggzy.tenants.TenantId;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WarningAssessmentTest {
  private static final TenderScreens SCREENS = new TenderScreens(2, 0.01, 0.02, 0.02, 1.0, 0, 0, 0.3);

  private static TenderBid bid(String code, double price) {
    return new TenderBid(TenantId.of("421181-zjj"), "P", "工程", "BD1", null, Industry.WATER_CONSERVANCY, code,
        code + "公司", price, null, new BidFileTrace(code, null, null, null, null, null, null, null, null, null), false,
        Instant.EPOCH);
  }

  private static RiskExplanation risk(double score) {
    return RiskExplanation.unexplained("index", score);
  }

  private static final List<TenderBid> BIDS = List.of(bid("B", 200), bid("A", 100));

  @Test
  void withoutArt40EvidenceOnlyAHighProbabilityRaisesAWarning() {
    assertTrue(WarningAssessment.assess(BIDS, List.of(), List.of(), List.of(), SCREENS, risk(0.79)).isEmpty());
    var finding = WarningAssessment.assess(BIDS, List.of(), List.of(), List.of(), SCREENS, risk(0.85)).orElseThrow();
    assertEquals(85, finding.score());
    assertEquals(Set.of(), finding.items());
    assertEquals(List.of("A", "B"), finding.bidders().stream().map(RiggingWarning.Bidder::code).toList(),
        "bidders in price order");
  }

  @Test
  void theScoreAddsTheWeightsOfTheItemsFoundOnceEach() {
    List<PairMatch> pairs = List.of(new PairMatch("A", "B", TraceField.MAC_ADDRESS, "X"),
        new PairMatch("A", "B", TraceField.MACHINE_CODE, "Y"));
    var one = WarningAssessment.assess(BIDS, pairs, List.of(), List.of(), SCREENS, risk(0.1)).orElseThrow();
    assertEquals(45, one.score(), "two fields of item 1 count once");
    assertEquals(Set.of(Art40Item.SAME_PREPARER), one.items());
    var two = WarningAssessment.assess(BIDS, pairs, List.of(new PricePattern(PricePatternKind.IDENTICAL,
        List.of("A", "B"), List.of(100.0, 100.0), 0)), List.of(), SCREENS, risk(0.1)).orElseThrow();
    assertEquals(75, two.score());
    assertTrue(two.evidence().stream().anyMatch(e -> e.detail() != null && e.detail().equals("100.00 / 100.00")));
    var all = WarningAssessment.assess(BIDS, List.of(new PairMatch("A", "B", TraceField.BOND_ACCOUNT, "1"),
        new PairMatch("A", "B", TraceField.MAC_ADDRESS, "2"), new PairMatch("A", "B", TraceField.UPLOADER_IP, "3")),
        List.of(), List.of(), SCREENS, risk(0.1)).orElseThrow();
    assertEquals(100, all.score(), "capped at 100");
  }
}
