package cn.ggzy.server.domain.model.inspection;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.ggzy.server.domain.model.inspection.DrawDocument.InspectorEntry;
import cn.ggzy.server.domain.model.inspection.DrawDocument.ObjectEntry;
import cn.ggzy.server.domain.model.inspection.DrawDocument.Pair;
import cn.ggzy.server.domain.model.inspection.DrawDocument.Visit;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A known answer, computed independently by the reference script {@code docs/verify_draw.py}
 * from the specification in {@code docs/random-inspection-draw.md}: the same data file, seed and
 * witness value give the same commitment and the same teams in Java and in Python.
 */
class KnownAnswerTest {
  static final String SEED = "000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f";
  static final String WITNESS = "2026-12-01 监督人 8841";

  static DrawDocument document() {
    return new DrawDocument(new DrawDocument.Plan("kat-1", "421181", "421181-jgb", "已知答案测试 \"引号\"",
        LocalDate.of(2026, 11, 30), LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 31),
        List.of("421181-zjj", "421181-jtj"), List.of("PROJECT", "ENTERPRISE"), new Selection(Selection.Mode.PROPORTION,
        50), 3, 2, 2, true, 6),
        List.of(new ObjectEntry("MC2026-001", "PROJECT", "麻城市某道路工程", "421181-zjj", "", 3),
            new ObjectEntry("MC2026-002", "PROJECT", "某桥梁工程", "421181-jtj", "421181-czj", 1),
            new ObjectEntry("MC2026-003", "PROJECT", "某安置房工程", "421181-zjj", "", 1),
            new ObjectEntry("914211817000000001", "ENTERPRISE", "某建设公司", "421181-zjj", "", 2),
            new ObjectEntry("914211817000000002", "ENTERPRISE", "某路桥公司", "421181-jtj", "", 6)),
        List.of(new InspectorEntry("ZJ-01", "王一", "421181-zjj", LocalDate.of(2027, 6, 30)),
            new InspectorEntry("ZJ-02", "李二", "421181-zjj", LocalDate.of(2027, 6, 30)),
            new InspectorEntry("ZJ-03", "张三", "421181-zjj", LocalDate.of(2026, 12, 30)),
            new InspectorEntry("JT-01", "赵四", "421181-jtj", LocalDate.of(2028, 1, 1)),
            new InspectorEntry("JT-02", "钱五", "421181-jtj", LocalDate.of(2028, 1, 1))),
        List.of(new Pair("ZJ-01", "MC2026-001")),
        List.of(new Visit("JT-01", "914211817000000002", LocalDate.of(2026, 7, 1)),
            new Visit("JT-02", "914211817000000002", LocalDate.of(2026, 5, 30))));
  }

  /** The answers of {@code python3 docs/verify_draw.py --files <document> <seed> <witness>}. */
  @Test
  void javaAndTheReferenceScriptAgree() {
    DrawDocument document = document();
    assertEquals(EXPECTED_COMMITMENT, document.hash());
    DrawResult result = RandomDraw.run(document, HexFormat.of().parseHex(SEED), WITNESS);
    assertEquals(EXPECTED_RESULT, result.canonicalJson());
  }

  static final String EXPECTED_COMMITMENT = "7f16253562cd63dee46c0d184a7c6eb5390a170c0780d5e0047c4c8d263ed0e2";
  static final String EXPECTED_RESULT = "{\"format\":\"ggzy-random-inspection-result/1\",\"teams\":[{\"inspectors\":[\"JT-02\",\"ZJ-02\"],\"object\":\"914211817000000002\"},{\"inspectors\":[\"JT-02\",\"ZJ-01\"],\"object\":\"MC2026-002\"},{\"inspectors\":[\"ZJ-02\",\"JT-02\"],\"object\":\"MC2026-001\"}]}";
}
