package cn.ggzy.server.infrastructure.analytics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.ggzy.server.domain.model.rigging.PricePattern;
import cn.ggzy.server.domain.model.rigging.PricePatternKind;
import cn.ggzy.server.domain.model.rigging.PricedBid;
import java.util.List;
import org.junit.jupiter.api.Test;

class RegularPricePatternsTest {
  private final RegularPricePatterns patterns = new RegularPricePatterns();

  private List<PricePattern> of(PricePatternKind kind, List<PricedBid> bids) {
    return patterns.find(bids).stream().filter(p -> p.kind() == kind).toList();
  }

  @Test
  void identicalTotals() {
    List<PricePattern> found = of(PricePatternKind.IDENTICAL, List.of(
        new PricedBid("A", 1_000_000.00), new PricedBid("B", 987_654.32), new PricedBid("C", 1_000_000.00)));
    assertEquals(1, found.size());
    assertEquals(List.of("A", "C"), found.get(0).bidders());
  }

  @Test
  void totalsOneCentApartAreNotIdentical() {
    assertTrue(of(PricePatternKind.IDENTICAL, List.of(new PricedBid("A", 1_000_000.00), new PricedBid("B", 1_000_000.01))).isEmpty());
  }

  @Test
  void arithmeticProgressionAmongOtherBids() {
    List<PricePattern> found = of(PricePatternKind.ARITHMETIC_PROGRESSION, List.of(
        new PricedBid("A", 1_030_000), new PricedBid("X", 1_017_345.67), new PricedBid("B", 1_010_000),
        new PricedBid("C", 1_020_000), new PricedBid("Y", 998_765.43)));
    assertEquals(1, found.size(), found.toString());
    assertEquals(List.of("B", "C", "A"), found.get(0).bidders());
    assertEquals(10_000, found.get(0).step(), 1e-6);
  }

  @Test
  void geometricProgressionRoundedToTheCent() {
    double base = 1_234_567.89;
    List<PricePattern> found = of(PricePatternKind.GEOMETRIC_PROGRESSION, List.of(
        new PricedBid("A", base), new PricedBid("B", Math.round(base * 102) / 100.0),
        new PricedBid("C", Math.round(base * 1.02 * 1.02 * 100) / 100.0), new PricedBid("X", 1_300_000.17)));
    assertEquals(1, found.size(), found.toString());
    assertEquals(List.of("A", "B", "C"), found.get(0).bidders());
    assertEquals(1.02, found.get(0).step(), 1e-6);
  }

  @Test
  void freePricesShowNoPattern() {
    assertTrue(patterns.find(List.of(new PricedBid("A", 1_023_456.78), new PricedBid("B", 1_011_111.11),
        new PricedBid("C", 1_045_678.12), new PricedBid("D", 998_877.66))).isEmpty());
  }

  @Test
  void lineItemsInOneRatio() {
    double[] a = {120_000.00, 45_500.50, 310_250.25, 8_800.00};
    double[] b = new double[a.length];
    for (int i = 0; i < a.length; i++) {
      b[i] = Math.round(a[i] * 97) / 100.0;
    }
    double[] c = {118_000.00, 47_000.00, 305_000.00, 9_000.00};
    List<PricePattern> found = of(PricePatternKind.CONSTANT_RATIO, List.of(
        new PricedBid("A", sum(a), a), new PricedBid("B", sum(b), b), new PricedBid("C", sum(c), c)));
    assertEquals(1, found.size(), found.toString());
    assertEquals(List.of("B", "A"), found.get(0).bidders());
    assertEquals(1 / 0.97, found.get(0).step(), 1e-6);
  }

  private static double sum(double[] v) {
    double s = 0;
    for (double x : v) {
      s += x;
    }
    return s;
  }
}
