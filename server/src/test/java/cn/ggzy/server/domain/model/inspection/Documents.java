package cn.ggzy.server.domain.model.inspection;

import cn.ggzy.server.domain.model.draw.Hashes;
import cn.ggzy.server.domain.model.inspection.DrawDocument.InspectorEntry;
import cn.ggzy.server.domain.model.inspection.DrawDocument.ObjectEntry;
import cn.ggzy.server.domain.model.inspection.DrawDocument.Pair;
import cn.ggzy.server.domain.model.inspection.DrawDocument.Visit;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Draw documents for tests: n objects, inspectors of the given departments, and seeds. */
final class Documents {
  static final LocalDate COMMITTED = LocalDate.of(2026, 11, 20);
  static final LocalDate FROM = LocalDate.of(2026, 12, 1);
  static final LocalDate TO = LocalDate.of(2026, 12, 31);

  private Documents() {}

  static DrawDocument.Plan plan(Selection selection, int teamSize, boolean joint, int recusalMonths) {
    return new DrawDocument.Plan("plan-1", "421181", "421181-jgb", "2026年第四季度联合抽查", COMMITTED, FROM, TO,
        List.of("421181-zjj", "421181-jtj"), List.of("PROJECT"), selection, 3, 2, teamSize, joint, recusalMonths);
  }

  static List<ObjectEntry> objects(int n) {
    List<ObjectEntry> objects = new ArrayList<>();
    for (int i = 1; i <= n; i++) {
      objects.add(new ObjectEntry(String.format("MC2026-%03d", i), "PROJECT", "麻城市某工程" + i, "421181-zjj", "", 1));
    }
    return objects;
  }

  /** Inspectors Z01… of 住建 and J01… of 交通, certified until the end of 2027. */
  static List<InspectorEntry> inspectors(int zjj, int jtj) {
    List<InspectorEntry> inspectors = new ArrayList<>();
    for (int i = 1; i <= zjj; i++) {
      inspectors.add(new InspectorEntry(String.format("Z%02d", i), "住建检查员" + i, "421181-zjj",
          LocalDate.of(2027, 12, 31)));
    }
    for (int i = 1; i <= jtj; i++) {
      inspectors.add(new InspectorEntry(String.format("J%02d", i), "交通检查员" + i, "421181-jtj",
          LocalDate.of(2027, 12, 31)));
    }
    return inspectors;
  }

  static DrawDocument document(DrawDocument.Plan plan, List<ObjectEntry> objects, List<InspectorEntry> inspectors,
      List<Pair> conflicts, List<Visit> history) {
    return new DrawDocument(plan, objects, inspectors, conflicts, history);
  }

  /** The i-th test seed: SHA-256 of "seed-i" (32 bytes). */
  static byte[] seed(int i) {
    return Hashes.fromHex(Hashes.sha256(("seed-" + i).getBytes(StandardCharsets.UTF_8)));
  }
}
