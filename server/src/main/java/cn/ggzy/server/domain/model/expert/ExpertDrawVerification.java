package cn.ggzy.server.domain.model.expert;

import cn.ggzy.server.domain.model.DomainException;
import cn.ggzy.server.domain.model.draw.Hashes;
import cn.ggzy.server.domain.model.expert.ExpertDrawDocument.Candidate;
import cn.ggzy.server.domain.model.expert.ExpertDrawResult.Member;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Anyone's check of a published round: (1) the document hashes to the commitment published before
 * the draw; (2) the revealed seed hashes to the published seed hash; (3) rerunning the draw gives
 * exactly the published experts; (4) the published experts keep the rules (each a candidate holding
 * the specialty, the quotas met, no employer twice, no excluded group).
 */
public final class ExpertDrawVerification {
  /** The names of the checks (message keys {@code expert.verify.check.<name>}). */
  public static final List<String> CHECKS = List.of("commitment", "seed", "recomputed", "rules");

  /** One check, with what was found as a message key and its arguments. */
  public record Check(String name, boolean passed, String finding, List<String> arguments) {
    public Check {
      arguments = List.copyOf(arguments);
    }

    Check(String name, boolean passed, String finding, String... arguments) {
      this(name, passed, finding, List.of(arguments));
    }
  }

  /** All checks; verified when every one passed. */
  public record Report(List<Check> checks) {
    public boolean verified() {
      return checks.stream().allMatch(Check::passed);
    }
  }

  /** What is published about a round. */
  public record Published(String document, String commitment, String seed, String seedHash, String witnessValue,
      String result) {}

  private ExpertDrawVerification() {}

  public static Report verify(Published p) {
    List<Check> checks = new ArrayList<>();
    String documentHash = p.document() == null ? "" : Hashes.sha256(p.document());
    checks.add(new Check("commitment", documentHash.equalsIgnoreCase(strip(p.commitment())),
        "expert.verify.found.documentHash", documentHash));
    byte[] seed = Hashes.fromHex(strip(p.seed()));
    String seedHash = seed == null ? "" : Hashes.sha256(seed);
    checks.add(new Check("seed", seed != null && seedHash.equalsIgnoreCase(strip(p.seedHash())),
        "expert.verify.found.seedHash", seedHash));
    ExpertDrawDocument document;
    ExpertDrawResult published;
    try {
      document = ExpertDrawDocument.parse(p.document());
      published = ExpertDrawResult.parse(p.result());
    } catch (DomainException e) {
      checks.add(new Check("recomputed", false, e.code()));
      checks.add(new Check("rules", false, e.code()));
      return new Report(checks);
    }
    if (seed == null || p.witnessValue() == null) {
      checks.add(new Check("recomputed", false, "expert.verify.seed.invalid"));
    } else {
      try {
        ExpertDrawResult again = ExpertPanelDraw.run(document, seed, p.witnessValue());
        checks.add(new Check("recomputed", again.equals(published), "expert.verify.found.resultHash",
            Hashes.sha256(again.canonicalJson())));
      } catch (DomainException e) {
        checks.add(new Check("recomputed", false, e.code()));
      }
    }
    checks.add(rules(document, published));
    return new Report(checks);
  }

  /** The published experts keep the rules, however they were drawn. */
  static Check rules(ExpertDrawDocument document, ExpertDrawResult result) {
    Map<String, Candidate> candidates = document.candidates().stream()
        .collect(Collectors.toMap(Candidate::id, Function.identity()));
    Set<String> groups = new HashSet<>(document.excludedGroups());
    Map<String, Integer> counted = new HashMap<>();
    for (Member m : result.members()) {
      Candidate c = candidates.get(m.expert());
      if (c == null || !c.specialties().contains(m.specialty())) {
        return new Check("rules", false, "expert.verify.found.notCandidate", m.expert());
      }
      if (!groups.add(c.group())) {
        return new Check("rules", false, "expert.verify.found.sameEmployer", m.expert());
      }
      counted.merge(m.specialty(), 1, Integer::sum);
    }
    for (SpecialtyQuota q : document.quotas()) {
      if (counted.getOrDefault(q.specialty(), 0) != q.count()) {
        return new Check("rules", false, "expert.verify.found.quota", q.specialty());
      }
    }
    if (counted.size() != document.quotas().size()) {
      return new Check("rules", false, "expert.verify.found.quota", "");
    }
    return new Check("rules", true, "expert.verify.found.members", String.valueOf(result.members().size()));
  }

  private static String strip(String s) {
    return s == null ? "" : s.strip();
  }
}
