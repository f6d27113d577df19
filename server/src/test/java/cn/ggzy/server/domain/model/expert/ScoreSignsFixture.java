package cn.ggzy.server.domain.model.expert;

import cn.ggzy.server.domain.model.tender.EvaluationScore;
import cn.ggzy.server.domain.model.tender.SectionKey;
import cn.ggzy.tenants.TenantId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Synthetic evaluation scores: honest experts score each bidder's quality with noise; three are
 * planted — X adds 9 points to bidder B01 whenever both meet, Y copies Z's scores, W throws a wild
 * score half the time.
 */
public final class ScoreSignsFixture {
  private static final Instant AT = Instant.parse("2026-11-16T02:00:00Z");

  private ScoreSignsFixture() {}

  /** 14 sections; each panel 6 experts of 14 (X, Y, Z, W always among them), 6 bidders of 10. */
  public static List<EvaluationScore> market(long seed, TenantId tenant) {
    Random random = new Random(seed);
    List<String> honest = new ArrayList<>();
    for (int i = 1; i <= 10; i++) {
      honest.add(String.format("E%02d", i));
    }
    Map<String, Double> quality = new HashMap<>();
    for (int b = 1; b <= 10; b++) {
      quality.put(String.format("B%02d", b), 60 + 30 * random.nextDouble());
    }
    List<EvaluationScore> scores = new ArrayList<>();
    for (int s = 0; s < 14; s++) {
      SectionKey section = new SectionKey("P" + seed, "S" + s);
      Collections.shuffle(honest, random);
      List<String> panel = new ArrayList<>(List.of("X", "Y", "Z", "W"));
      panel.addAll(honest.subList(0, 2 + random.nextInt(3)));
      List<String> bidders = new ArrayList<>(quality.keySet());
      Collections.shuffle(bidders, random);
      List<String> here = new ArrayList<>(bidders.subList(0, 5));
      if (s % 3 != 2 && !here.contains("B01")) {
        here.set(0, "B01");
      }
      for (String bidder : here) {
        Map<String, Double> given = new HashMap<>();
        for (String expert : panel) {
          double score = quality.get(bidder) + 3 * random.nextGaussian();
          if (expert.equals("X") && bidder.equals("B01")) {
            score += 9;
          }
          if (expert.equals("W") && random.nextBoolean()) {
            score += (random.nextBoolean() ? 1 : -1) * 18;
          }
          given.put(expert, score);
        }
        given.put("Y", given.get("Z") + 0.5 * random.nextGaussian());
        given.forEach((expert, score) -> scores.add(new EvaluationScore(tenant, section, expert, bidder, "",
            Math.round(score * 2) / 2.0, AT)));
      }
    }
    return scores;
  }

}
