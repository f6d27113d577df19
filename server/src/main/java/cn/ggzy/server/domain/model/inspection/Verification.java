package cn.ggzy.server.domain.model.inspection;

import cn.ggzy.server.domain.model.DomainException;
import cn.ggzy.server.domain.model.draw.DrawCheck;
import cn.ggzy.server.domain.model.draw.DrawReport;
import cn.ggzy.server.domain.model.draw.Hashes;
import cn.ggzy.server.domain.model.draw.PublishedDraw;
import cn.ggzy.server.domain.model.inspection.DrawDocument.InspectorEntry;
import cn.ggzy.server.domain.model.inspection.DrawDocument.ObjectEntry;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Anyone's check of a published draw: (1) the document hashes to the commitment published before
 * the draw; (2) the revealed seed hashes to the seed hash published before the draw; (3) rerunning
 * the draw on the document, seed and witness value gives exactly the published teams; (4) every
 * published team keeps the rules (team size, no recused inspector, joint teams mix departments).
 */
public final class Verification {
  /** The names of the four checks (message keys {@code inspection.verify.check.<name>}). */
  public static final List<String> CHECKS = List.of("commitment", "seed", "recomputed", "rules");

  private Verification() {}

  public static DrawReport verify(PublishedDraw p) {
    List<DrawCheck> checks = new ArrayList<>(p.commitmentAndSeed("inspection.verify.found."));
    byte[] seed = p.seedBytes();
    DrawDocument document;
    DrawResult published;
    try {
      document = DrawDocument.parse(p.document());
      published = DrawResult.parse(p.result());
    } catch (DomainException e) {
      checks.add(DrawCheck.of("recomputed", false, e.code()));
      checks.add(DrawCheck.of("rules", false, e.code()));
      return new DrawReport(checks);
    }
    checks.add(recomputed(document, seed, p.witnessValue(), published));
    checks.add(rules(document, published));
    return new DrawReport(checks);
  }

  private static DrawCheck recomputed(DrawDocument document, byte[] seed, String witness, DrawResult published) {
    if (seed == null || witness == null) {
      return DrawCheck.of("recomputed", false, "inspection.verify.seed.invalid");
    }
    try {
      DrawResult again = RandomDraw.run(document, seed, witness);
      return DrawCheck.of("recomputed", again.equals(published), "inspection.verify.found.resultHash",
          Hashes.sha256(again.canonicalJson()));
    } catch (DomainException e) {
      return DrawCheck.of("recomputed", false, e.code());
    }
  }

  /** The published teams themselves keep the rules (independent of how they were drawn). */
  static DrawCheck rules(DrawDocument document, DrawResult result) {
    // an id given twice in a hand-edited document is a fault of the document, not of the checker
    Map<String, ObjectEntry> objects = document.objects().stream()
        .collect(Collectors.toMap(ObjectEntry::id, Function.identity(), (a, b) -> a));
    Map<String, InspectorEntry> inspectors = document.inspectors().stream()
        .collect(Collectors.toMap(InspectorEntry::id, Function.identity(), (a, b) -> a));
    Optional<String> twice = DrawCheck.repeated(document.objects().stream().map(ObjectEntry::id).toList())
        .or(() -> DrawCheck.repeated(document.inspectors().stream().map(InspectorEntry::id).toList()));
    if (twice.isPresent()) {
      return DrawCheck.of("rules", false, "inspection.verify.found.duplicate", twice.get());
    }
    Recusal recusal = new Recusal(document);
    Set<String> seen = new HashSet<>();
    for (DrawResult.Team team : result.teams()) {
      ObjectEntry object = objects.get(team.object());
      if (object == null || !seen.add(team.object())) {
        return DrawCheck.of("rules", false, "inspection.verify.found.object", team.object());
      }
      if (team.inspectors().size() != document.plan().teamSize()
          || team.inspectors().stream().distinct().count() != team.inspectors().size()) {
        return DrawCheck.of("rules", false, "inspection.verify.found.teamSize", team.object());
      }
      for (String id : team.inspectors()) {
        InspectorEntry inspector = inspectors.get(id);
        if (inspector == null || recusal.excluded(inspector, object)) {
          return DrawCheck.of("rules", false, "inspection.verify.found.recusal", team.object(), id);
        }
      }
      if (document.plan().jointTeams()
          && team.inspectors().stream().map(i -> inspectors.get(i).department()).distinct().count() < 2) {
        return DrawCheck.of("rules", false, "inspection.verify.found.jointTeam", team.object());
      }
    }
    return DrawCheck.of("rules", true, "inspection.verify.found.teams", String.valueOf(result.teams().size()));
  }
}
