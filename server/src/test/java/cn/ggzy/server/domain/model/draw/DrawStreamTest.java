package cn.ggzy.server.domain.model.draw;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The stream of a draw committed to a document. The known answers were computed by the reference
 * script {@code docs/verify_draw.py} ({@code HmacDrbg}, {@code below}) for the document of
 * {@link CanonicalJsonTest}, seed 00 01 … 1f and witness value "监督人 8841".
 */
class DrawStreamTest {
  static final String WITNESS = "监督人 8841";
  static final String COMMITMENT = "c99ae8c5d23c152de0a5e6a810a7973ed869dbc19810f6e57ec248d447e6a0c5";

  static byte[] seed() {
    byte[] seed = new byte[32];
    for (int i = 0; i < seed.length; i++) {
      seed[i] = (byte) i;
    }
    return seed;
  }

  static DrawStream stream() {
    return DrawStream.committedTo(seed(), WITNESS, Hashes.sha256(CanonicalJson.write(CanonicalJsonTest.document())));
  }

  @Test
  void theCommitmentIsRecomputedFromTheCanonicalDocument() {
    assertEquals(COMMITMENT, Hashes.sha256(CanonicalJson.write(CanonicalJsonTest.document())));
    Map<String, Object> changed = CanonicalJsonTest.document();
    changed.put("a", false);
    assertNotEquals(COMMITMENT, Hashes.sha256(CanonicalJson.write(changed)));
  }

  @Test
  void theStreamGivesTheReferenceScriptsNumbers() {
    DrawStream stream = stream();
    List<Long> tens = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      tens.add(stream.below(10));
    }
    assertEquals(List.of(2L, 6L, 9L, 5L, 5L), tens);
    assertEquals(734_938_698_405_210_884L, stream.below((1L << 62) + 1));
    assertEquals(0L, stream.below(1));
  }

  @Test
  void theSameInputsGiveTheSameNumbersAndAnotherWitnessValueOrCommitmentOthers() {
    assertEquals(numbers(stream()), numbers(stream()));
    assertEquals(numbers(stream()), numbers(new DrawStream(seed(), WITNESS, Hashes.fromHex(COMMITMENT))));
    assertNotEquals(numbers(stream()), numbers(DrawStream.committedTo(seed(), "监督人 8842", COMMITMENT)));
    assertNotEquals(numbers(stream()), numbers(DrawStream.committedTo(seed(), WITNESS, Hashes.sha256("{}"))));
  }

  @Test
  void pickIsUniformAndPickWeightedFollowsTheWeights() {
    DrawStream stream = stream();
    Map<String, Integer> uniform = new HashMap<>();
    Map<Integer, Integer> weighted = new HashMap<>();
    List<Long> weights = List.of(1L, 3L);
    for (int i = 0; i < 4000; i++) {
      uniform.merge(stream.pick(List.of("a", "b")), 1, Integer::sum);
      weighted.merge(stream.pickWeighted(weights, Long::longValue), 1, Integer::sum);
    }
    assertTrue(Math.abs(uniform.get("a") - 2000) < 150, uniform.toString());
    assertTrue(Math.abs(weighted.get(1) - 3000) < 150, weighted.toString());
    assertEquals(0, stream.pickWeighted(List.of(5L), Long::longValue));
  }

  @Test
  void nothingToPickFromIsAnError() {
    assertThrows(IllegalArgumentException.class, () -> stream().below(0));
    assertThrows(IllegalArgumentException.class, () -> stream().pick(List.of()));
    assertThrows(IllegalArgumentException.class, () -> DrawStream.committedTo(seed(), WITNESS, "not hex"));
  }

  private static List<Long> numbers(DrawStream stream) {
    List<Long> numbers = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      numbers.add(stream.below(1_000_000));
    }
    return numbers;
  }
}
