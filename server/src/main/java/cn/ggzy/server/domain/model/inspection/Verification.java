package cn.ggzy.server.domain.model.inspection;

import cn.ggzy.server.domain.model.DomainException;
import cn.ggzy.server.domain.model.draw.Hashes;
import cn.ggzy.server.domain.model.inspection.DrawDocument.InspectorEntry;
import cn.ggzy.server.domain.model.inspection.DrawDocument.ObjectEntry;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
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

  /**
   * One check: passed or not, with what was found as a message key ({@code inspection.verify.found.*}
   * or an error code) and its arguments, so each reader gets it in their own language.
   */
  public record Check(String name, boolean passed, String finding, List<String> arguments) {
    public Check {
      arguments = List.copyOf(arguments);
    }

    Check(String name, boolean passed, String finding, String... arguments) {
      this(name, passed, finding, List.of(arguments));
    }
  }

  /** All checks; the draw is verified when every one passed. */
  public record Report(List<Check> checks) {
    public boolean verified() {
      return checks.stream().allMatch(Check::passed);
    }
  }

  /** What is published about a draw. */
  public record Published(String document, String commitment, String seed, String seedHash, String witnessValue,
      String result) {}

  private Verification() {}

  public static Report verify(Published p) {
    List<Check> checks = new ArrayList<>();
    String documentHash = p.document() == null ? "" : Hashes.sha256(p.document());
    checks.add(new Check("commitment", documentHash.equalsIgnoreCase(strip(p.commitment())),
        "inspection.verify.found.documentHash", documentHash));
    byte[] seed = Hashes.fromHex(strip(p.seed()));
    String seedHash = seed == null ? "" : Hashes.sha256(seed);
    checks.add(new Check("seed", seed != null && seedHash.equalsIgnoreCase(strip(p.seedHash())),
        "inspection.verify.found.seedHash", seedHash));
    DrawDocument document;
    DrawResult published;
    try {
      document = DrawDocument.parse(p.document());
      published = DrawResult.parse(p.result());
    } catch (DomainException e) {
      checks.add(new Check("recomputed", false, e.code()));
      checks.add(new Check("rules", false, e.code()));
      return new Report(checks);
    }
    checks.add(recomputed(document, seed, p.witnessValue(), published));
    checks.add(rules(document, published));
    return new Report(checks);
  }

  private static Check recomputed(DrawDocument document, byte[] seed, String witness, DrawResult published) {
    if (seed == null || witness == null) {
      return new Check("recomputed", false, "inspection.verify.seed.invalid");
    }
    try {
      DrawResult again = RandomDraw.run(document, seed, witness);
      return new Check("recomputed", again.equals(published), "inspection.verify.found.resultHash",
          Hashes.sha256(again.canonicalJson()));
    } catch (DomainException e) {
      return new Check("recomputed", false, e.code());
    }
  }

  /** The published teams themselves keep the rules (independent of how they were drawn). */
  static Check rules(DrawDocument document, DrawResult result) {
    Map<String, ObjectEntry> objects = document.objects().stream()
        .collect(Collectors.toMap(ObjectEntry::id, Function.identity()));
    Map<String, InspectorEntry> inspectors = document.inspectors().stream()
        .collect(Collectors.toMap(InspectorEntry::id, Function.identity()));
    Recusal recusal = new Recusal(document);
    Set<String> seen = new HashSet<>();
    for (DrawResult.Team team : result.teams()) {
      ObjectEntry object = objects.get(team.object());
      if (object == null || !seen.add(team.object())) {
        return new Check("rules", false, "inspection.verify.found.object", team.object());
      }
      if (team.inspectors().size() != document.plan().teamSize()
          || team.inspectors().stream().distinct().count() != team.inspectors().size()) {
        return new Check("rules", false, "inspection.verify.found.teamSize", team.object());
      }
      for (String id : team.inspectors()) {
        InspectorEntry inspector = inspectors.get(id);
        if (inspector == null || recusal.excluded(inspector, object)) {
          return new Check("rules", false, "inspection.verify.found.recusal", team.object(), id);
        }
      }
      if (document.plan().jointTeams()
          && team.inspectors().stream().map(i -> inspectors.get(i).department()).distinct().count() < 2) {
        return new Check("rules", false, "inspection.verify.found.jointTeam", team.object());
      }
    }
    return new Check("rules", true, "inspection.verify.found.teams", String.valueOf(result.teams().size()));
  }

  private static String strip(String s) {
    return s == null ? "" : s.strip();
  }
}
