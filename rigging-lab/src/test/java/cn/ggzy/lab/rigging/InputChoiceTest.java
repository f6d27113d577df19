package cn.ggzy.lab.rigging;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.ggzy.server.infrastructure.analytics.FeatureSet;
import cn.ggzy.server.infrastructure.analytics.TenderFeatures;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class InputChoiceTest {
  private static final int AGREES = TenderFeatures.index("q_lowestZ");
  private static final int FLIPS = TenderFeatures.index("q_cv");
  private static final int RAW = TenderFeatures.index("lowestZ");

  /** A market where rigged tenders have a low q_lowestZ, and q_cv points up or down as told. */
  private static InputChoice.Labelled market(int cvDirection, long seed) {
    Random r = new Random(seed);
    int n = 200;
    float[] x = new float[n * TenderFeatures.COUNT];
    Arrays.fill(x, Float.NaN);
    int[] y = new int[n];
    for (int i = 0; i < n; i++) {
      y[i] = i % 2;
      int o = i * TenderFeatures.COUNT;
      x[o + AGREES] = (float) (r.nextDouble() - 0.3 * y[i]);
      x[o + FLIPS] = (float) (r.nextDouble() + 0.3 * cvDirection * y[i]);
      x[o + RAW] = (float) (r.nextDouble() - 0.3 * y[i]);
    }
    return new InputChoice.Labelled(x, y);
  }

  @Test
  void portableKeepsOnlyPercentileInputsThatPointTheSameWayInEveryMarket() {
    FeatureSet.Inputs inputs = InputChoice.choose(FeatureSet.PORTABLE, List.of(market(1, 1), market(-1, 2)));
    assertEquals(List.of("q_lowestZ"), inputs.names());
    assertArrayEquals(new int[] {-1}, inputs.monotone());
    assertEquals(1, inputs.depth());
  }

  @Test
  void anInputPointingTheSameWayEverywhereIsKeptWithItsDirection() {
    FeatureSet.Inputs inputs = InputChoice.choose(FeatureSet.PORTABLE, List.of(market(1, 1), market(1, 2)));
    assertEquals(List.of("q_cv", "q_lowestZ"), inputs.names());
    assertArrayEquals(new int[] {1, -1}, inputs.monotone());
  }

  @Test
  void marketUsesEveryInputFreely() {
    FeatureSet.Inputs inputs = InputChoice.choose(FeatureSet.MARKET, List.of(market(1, 1)));
    assertEquals(TenderFeatures.COUNT, inputs.columns().length);
    assertEquals(0, Arrays.stream(inputs.monotone()).filter(m -> m != 0).count());
  }
}
