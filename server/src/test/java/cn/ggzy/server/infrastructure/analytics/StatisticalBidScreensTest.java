package cn.ggzy.server.infrastructure.analytics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.ggzy.server.domain.model.rigging.TenderScreens;
import org.junit.jupiter.api.Test;

class StatisticalBidScreensTest {
  private final StatisticalBidScreens screens = new StatisticalBidScreens();

  @Test
  void screensOfAKnownTender() {
    // 4 bids, hand-computed: mean 100, sample sd sqrt(200/3)
    TenderScreens s = screens.screen(new double[] {110, 90, 100, 100});
    assertEquals(4, s.bids());
    assertEquals(Math.sqrt(200.0 / 3) / 100, s.coefficientOfVariation(), 1e-12);
    assertEquals(20.0 / 90, s.spread(), 1e-12);
    assertEquals(10.0 / 90, s.differenceOfLowestTwo(), 1e-12);
    assertEquals(10.0 / Math.sqrt(100.0 / 3 / 1), s.relativeDistance(), 1e-9); // losing 100,100,110
    assertEquals(0, s.skewness(), 1e-12);
    assertEquals(1.5, s.kurtosis(), 1e-12);
    assertEquals(0.25, s.kolmogorovSmirnov(), 1e-12);
  }

  @Test
  void screensDoNotDependOnTheCurrency() {
    double[] yuan = {1_234_567.5, 1_250_000, 1_199_999.99, 1_300_000, 1_260_000.25};
    double[] wan = new double[yuan.length];
    for (int i = 0; i < yuan.length; i++) {
      wan[i] = yuan[i] / 10_000;
    }
    TenderScreens a = screens.screen(yuan);
    TenderScreens b = screens.screen(wan);
    assertEquals(a.coefficientOfVariation(), b.coefficientOfVariation(), 1e-12);
    assertEquals(a.relativeDistance(), b.relativeDistance(), 1e-9);
    assertEquals(a.kolmogorovSmirnov(), b.kolmogorovSmirnov(), 1e-12);
  }

  @Test
  void aSingleBidHasNoDispersion() {
    TenderScreens s = screens.screen(new double[] {5});
    assertEquals(0, s.coefficientOfVariation());
    assertEquals(0, s.spread());
    assertEquals(0, s.kurtosis());
  }
}
