package cn.ggzy.server.domain.model.expert;

import cn.ggzy.server.domain.model.DomainException;
import cn.ggzy.server.domain.model.draw.DrawCheck;
import cn.ggzy.server.domain.model.draw.DrawReport;
import cn.ggzy.server.domain.model.draw.Hashes;
import cn.ggzy.server.domain.model.draw.PublishedDraw;
import cn.ggzy.server.domain.model.expert.ExpertDrawDocument.Candidate;
import cn.ggzy.server.domain.model.expert.ExpertDrawResult.Member;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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

  private ExpertDrawVerification() {}

  public static DrawReport verify(PublishedDraw p) {
    List<DrawCheck> checks = new ArrayList<>(p.commitmentAndSeed("expert.verify.found."));
    byte[] seed = p.seedBytes();
    ExpertDrawDocument document;
    ExpertDrawResult published;
    try {
      document = ExpertDrawDocument.parse(p.document());
      published = ExpertDrawResult.parse(p.result());
    } catch (DomainException e) {
      checks.add(DrawCheck.of("recomputed", false, e.code()));
      checks.add(DrawCheck.of("rules", false, e.code()));
      return new DrawReport(checks);
    }
    if (seed == null || p.witnessValue() == null) {
      checks.add(DrawCheck.of("recomputed", false, "expert.verify.seed.invalid"));
    } else {
      try {
        ExpertDrawResult again = ExpertPanelDraw.run(document, seed, p.witnessValue());
        checks.add(DrawCheck.of("recomputed", again.equals(published), "expert.verify.found.resultHash",
            Hashes.sha256(again.canonicalJson())));
      } catch (DomainException e) {
        checks.add(DrawCheck.of("recomputed", false, e.code()));
      }
    }
    checks.add(rules(document, published));
    return new DrawReport(checks);
  }

  /** The published experts keep the rules, however they were drawn. */
  static DrawCheck rules(ExpertDrawDocument document, ExpertDrawResult result) {
    Map<String, Candidate> candidates = document.candidates().stream()
        .collect(Collectors.toMap(Candidate::id, Function.identity(), (a, b) -> a));
    Optional<String> twice = DrawCheck.repeated(document.candidates().stream().map(Candidate::id).toList());
    if (twice.isPresent()) {
      return DrawCheck.of("rules", false, "expert.verify.found.duplicate", twice.get());
    }
    Set<String> groups = new HashSet<>(document.excludedGroups());
    Map<String, Integer> counted = new HashMap<>();
    for (Member m : result.members()) {
      Candidate c = candidates.get(m.expert());
      if (c == null || !c.specialties().contains(m.specialty())) {
        return DrawCheck.of("rules", false, "expert.verify.found.notCandidate", m.expert());
      }
      if (!groups.add(c.group())) {
        return DrawCheck.of("rules", false, "expert.verify.found.sameEmployer", m.expert());
      }
      counted.merge(m.specialty(), 1, Integer::sum);
    }
    for (SpecialtyQuota q : document.quotas()) {
      if (counted.getOrDefault(q.specialty(), 0) != q.count()) {
        return DrawCheck.of("rules", false, "expert.verify.found.quota", q.specialty());
      }
    }
    if (counted.size() != document.quotas().size()) {
      return DrawCheck.of("rules", false, "expert.verify.found.quota", "");
    }
    return DrawCheck.of("rules", true, "expert.verify.found.members", String.valueOf(result.members().size()));
  }
}
