package cn.ggzy.server.infrastructure.analytics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class MarketReferenceTest {
  /** Two inputs over five tenders; the second is undefined in one of them. */
  private static final MarketReference FIVE = MarketReference.of(new float[] {
      3, 10,
      1, Float.NaN,
      5, 30,
      2, 20,
      4, 40}, 2);

  @Test
  void percentileIsTheMidRankWithinTheMarket() {
    assertEquals(0.5f, FIVE.percentile(0, 3));
    assertEquals(0f, FIVE.percentile(0, 1));
    assertEquals(1f, FIVE.percentile(0, 5));
    assertEquals(0.375f, FIVE.percentile(0, 2.5f), 1e-6); // halfway between ranks 1 and 2 of 0…4
    assertEquals(0f, FIVE.percentile(0, -7));
    assertEquals(1f, FIVE.percentile(0, 99));
    assertEquals(1 / 3f, FIVE.percentile(1, 20), 1e-6); // 4 defined values: 10 20 30 40
    assertTrue(Float.isNaN(FIVE.percentile(0, Float.NaN)), "an undefined input stays undefined");
  }

  @Test
  void tiesShareTheirMidRank() {
    MarketReference r = MarketReference.of(new float[] {1, 2, 2, 2, 3}, 1);
    assertEquals(0.5f, r.percentile(0, 2));
  }

  @Test
  void encodedReferenceReadsBackTheSame() {
    MarketReference back = MarketReference.decode(FIVE.encode());
    assertEquals(2, back.columns());
    for (float v : new float[] {0, 1, 2.5f, 3, 5, 6}) {
      assertEquals(FIVE.percentile(0, v), back.percentile(0, v), 1e-6);
    }
    assertEquals(FIVE.percentile(1, 25), back.percentile(1, 25), 1e-6);
  }

  @Test
  void pooledReferenceWeighsEachMarketEqually() {
    float[] big = new float[1000];
    for (int i = 0; i < big.length; i++) {
      big[i] = i; // 0…999
    }
    MarketReference small = MarketReference.of(new float[] {2000, 2001, 2002, 2003}, 1);
    MarketReference pooled = MarketReference.pooled(List.of(MarketReference.of(big, 1), small), 101);
    // half of the pooled mass lies below 1000 although the first market has 250 times the tenders
    assertEquals(0.5, pooled.percentile(0, 1500), 0.02);
  }
}
