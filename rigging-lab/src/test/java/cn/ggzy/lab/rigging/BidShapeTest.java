package cn.ggzy.lab.rigging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.ggzy.server.domain.model.rigging.TenderBids;
import org.junit.jupiter.api.Test;

class BidShapeTest {
  private static float[] shape(int winner, double... prices) {
    float[] x = new float[BidShape.COUNT];
    BidShape.of(new TenderBids("t", prices, null, winner), x, 0);
    return x;
  }

  private static float get(float[] x, String name) {
    return x[BidShape.index(name)];
  }

  /** Sorted 100, 110, 111, 112, 120 (winner 100): gaps 10, 1, 1, 8, range 20, median 111. */
  @Test
  void inputsOfAHandComputedTender() {
    float[] x = shape(2, 112, 110, 100, 120, 111);
    assertEquals(5, get(x, "bids"));
    assertEquals(10 / (20 / 4.0), get(x, "gapRatio"), 1e-6);
    assertEquals(0.5, get(x, "firstGapShare"), 1e-6);
    assertEquals(10 / (10 / 3.0), get(x, "rdAlt"), 1e-6);
    assertEquals(10, get(x, "gap12over23"), 1e-6);
    assertEquals(1, get(x, "firstGapRank"), 1e-6);
    assertEquals(0.6, get(x, "nearMedian2"), 1e-6); // 110, 111, 112 within 2 % of 111
    assertEquals(0.4, get(x, "topGapShare"), 1e-6);
    assertEquals(0.2, get(x, "minGapShare"), 1e-6); // smallest gap 1 over mean gap 5
    assertEquals(0.11, get(x, "medianGap"), 1e-6);
    assertEquals(20 / 111.0, get(x, "rangeOverMedian"), 1e-6);
    assertEquals(0, get(x, "within1"), 1e-6);
    assertEquals(1, get(x, "winnerLowest"));
    assertEquals(0, get(x, "winnerGap"));
    assertEquals(0, get(x, "ties"));
    assertEquals(1, get(x, "roundShare"), 1e-6);
    assertEquals((1 + 2 + 3 + 3 + 2) / 5.0, get(x, "sigDigits"), 1e-6);
    double mean = 110.6;
    double sd = Math.sqrt((10.6 * 10.6 + 0.6 * 0.6 + 0.4 * 0.4 + 1.4 * 1.4 + 9.4 * 9.4) / 4);
    assertEquals((100 - mean) / sd, get(x, "lowestZ"), 1e-5);
  }

  @Test
  void aWinnerAboveTheLowestBidAndBidsCloseToIt() {
    float[] x = shape(1, 100, 100.5, 102, 130);
    assertEquals(0, get(x, "winnerLowest"));
    assertEquals(0.005, get(x, "winnerGap"), 1e-6);
    assertEquals(1 / 3.0, get(x, "within1"), 1e-6);
    assertEquals(2 / 3.0, get(x, "within3"), 1e-6);
  }

  /**
   * A consortium listed once per member (Ticino) or two bidders at one price: the plain DIFFP and
   * RD collapse to 0, the distinct-price ones still see the next price 10 % above.
   */
  @Test
  void equalLowestBidsAreReadOnceByTheDistinctScreens() {
    float[] x = shape(0, 100, 100, 110, 112, 114);
    assertEquals(0, get(x, "diffp"), 1e-9);
    assertEquals(0, get(x, "rd"), 1e-9);
    assertEquals(0.1, get(x, "diffpDistinct"), 1e-6);
    double sd = Math.sqrt((2 * 2 + 0 + 2 * 2) / 2.0); // of 110, 112, 114
    assertEquals(10 / sd, get(x, "rdDistinct"), 1e-5);
    float[] plain = shape(0, 100, 110, 112, 114);
    assertEquals(get(plain, "diffp"), get(plain, "diffpDistinct"), 1e-6);
    float[] twoPrices = shape(0, 100, 100, 110);
    assertEquals(0.1, get(twoPrices, "diffpDistinct"), 1e-6);
    assertTrue(Float.isNaN(get(twoPrices, "rdDistinct")), "RD needs three distinct prices");
    assertTrue(Float.isNaN(get(shape(0, 100, 100, 100), "diffpDistinct")), "one price only");
  }

  @Test
  void tooFewBidsLeaveTheShapeUndefined() {
    float[] one = shape(-1, 250_000);
    assertEquals(1, get(one, "bids"));
    assertTrue(Float.isNaN(get(one, "lowestZ")) && Float.isNaN(get(one, "gapRatio")));
    assertTrue(Float.isNaN(get(one, "winnerLowest")), "no winner known");
    float[] two = shape(0, 100, 105);
    assertEquals(-1 / Math.sqrt(2), get(two, "lowestZ"), 1e-6);
    assertTrue(Float.isNaN(get(two, "rdAlt")));
  }

  @Test
  void inputsDoNotDependOnTheCurrency() {
    float[] yuan = shape(0, 1_234_567, 1_250_000, 1_199_999, 1_300_000, 1_260_000);
    float[] wan = shape(0, 123.4567, 125.0, 119.9999, 130.0, 126.0);
    for (String name : BidShape.NAMES) {
      if (!name.equals("roundShare") && !name.equals("sigDigits")) {
        assertEquals(get(yuan, name), get(wan, name), 1e-4, name);
      }
    }
  }

  @Test
  void significantDigitsReadToTheCent() {
    assertEquals(2, BidShape.significantDigits(0.14));
    assertEquals(5, BidShape.significantDigits(11_169_000));
    assertEquals(8, BidShape.significantDigits(1_234_567.5));
    assertEquals(9, BidShape.significantDigits(1_087_159.35));
  }
}
