package cn.ggzy.server.domain.model.draw;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** RFC 8785 canonical JSON for what draw documents hold, as Python's {@code json.dumps} writes it. */
class CanonicalJsonTest {
  /** {@code {"b":[1,"é\n\"x\\"],"a":true,"c":{"z":-7,"y":"\u0001"}}} in insertion order. */
  static Map<String, Object> document() {
    Map<String, Object> c = new LinkedHashMap<>();
    c.put("z", -7);
    c.put("y", "\u0001");
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("b", List.of(1L, "é\n\"x\\"));
    root.put("a", true);
    root.put("c", c);
    return root;
  }

  /** What {@code json.dumps(v, sort_keys=True, separators=(",", ":"), ensure_ascii=False)} gives. */
  static final String CANONICAL = "{\"a\":true,\"b\":[1,\"é\\n\\\"x\\\\\"],\"c\":{\"y\":\"\\u0001\",\"z\":-7}}";

  @Test
  void membersAreSortedWithoutWhitespaceAndStringsEscapedMinimally() {
    assertEquals(CANONICAL, CanonicalJson.write(document()));
  }

  @Test
  void keysAreSortedByCodeUnitsAndControlCharactersAreEscapedInLowercaseHex() {
    assertEquals("{\"B\":\"\\b\\f\\r\\t\\u001f\",\"a\":[],\"ä\":{}}",
        CanonicalJson.write(Map.of("a", List.of(), "ä", Map.of(), "B", "\b\f\r\t\u001f")));
  }

  @Test
  void valuesADrawDocumentDoesNotHoldAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> CanonicalJson.write(Map.of("x", 1.5)));
    assertThrows(IllegalArgumentException.class, () -> CanonicalJson.write(List.of(new Object())));
  }
}
