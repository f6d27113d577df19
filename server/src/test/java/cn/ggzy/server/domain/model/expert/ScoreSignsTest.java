package cn.ggzy.server.domain.model.expert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.ggzy.server.domain.model.expert.ExpertSign.SignKind;
import cn.ggzy.server.domain.model.tender.EvaluationScore;
import cn.ggzy.server.domain.model.tender.SectionKey;
import cn.ggzy.tenants.TenantId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Signs on synthetic panels: honest experts score each bidder's quality with noise; three are
 * planted — X adds 9 points to bidder B01 whenever both meet, Y copies Z's scores, W throws a wild
 * score half the time. Over 30 markets (seeds) every planted one is found, and signs on honest
 * experts stay rare.
 */
class ScoreSignsTest {
  private static final TenantId TENANT = TenantId.of("421181-jtj");
  private static final Instant AT = Instant.parse("2026-11-16T02:00:00Z");

  @Test
  void thePlantedFavourCopyAndWildScorerAreFoundInEveryMarketAndHonestExpertsRarelySignal() {
    int falseSigns = 0;
    int markets = 30;
    for (long seed = 1; seed <= markets; seed++) {
      List<ExpertSign> signs = ScoreSigns.find(ScoreSignsFixture.market(seed, TENANT));
      String where = "market " + seed + ": " + signs.stream().map(s -> s.kind() + " " + s.expertId() + "→"
          + s.subject() + " " + s.strength()).toList();
      assertTrue(signs.stream().anyMatch(s -> s.kind() == SignKind.FAVOUR && s.expertId().equals("X")
          && s.subject().equals("B01")), where);
      assertTrue(signs.stream().anyMatch(s -> s.kind() == SignKind.TRACKING && s.expertId().equals("Y")
          && s.subject().equals("Z")), where);
      assertTrue(signs.stream().anyMatch(s -> s.kind() == SignKind.DEVIATION && s.expertId().equals("W")), where);
      falseSigns += (int) signs.stream().filter(s -> !(s.kind() == SignKind.FAVOUR && s.expertId().equals("X")
          && s.subject().equals("B01")) && !(s.kind() == SignKind.TRACKING && s.expertId().equals("Y"))
          && !(s.kind() == SignKind.DEVIATION && s.expertId().equals("W"))).count();
    }
    System.out.printf("expert signs: 3 planted found in %d of %d markets; %d other signs%n", markets, markets,
        falseSigns);
    assertTrue(falseSigns <= markets / 10, "honest experts signalled " + falseSigns + " times in " + markets + " markets");
  }

  @Test
  void aSignShowsTheScoresBehindIt() {
    ExpertSign favour = ScoreSigns.find(ScoreSignsFixture.market(3, TENANT)).stream()
        .filter(s -> s.kind() == SignKind.FAVOUR && s.expertId().equals("X")).findFirst().orElseThrow();
    assertTrue(favour.sections() >= 3);
    assertTrue(favour.evidence().stream().allMatch(e -> e.bidder().equals("B01") && e.score() > e.panelMedian()));
    assertEquals(favour.sections(), favour.evidence().stream().map(ExpertSign.SignEvidence::section).distinct().count());
  }

  @Test
  void smallPanelsAndFewSectionsGiveNoSign() {
    List<EvaluationScore> few = new ArrayList<>();
    for (int s = 0; s < 2; s++) {
      for (String e : List.of("A", "B", "C", "D", "X")) {
        few.add(new EvaluationScore(TENANT, new SectionKey("P", "S" + s), e, "B01", "", e.equals("X") ? 99 : 70, AT));
      }
    }
    assertEquals(List.of(), ScoreSigns.find(few), "two sections are not a pattern");
  }
}
