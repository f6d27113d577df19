package cn.ggzy.server.domain.model.expert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.ggzy.server.domain.model.draw.DrawCheck;
import cn.ggzy.server.domain.model.draw.DrawReport;
import cn.ggzy.server.domain.model.draw.Hashes;
import cn.ggzy.server.domain.model.draw.PublishedDraw;
import cn.ggzy.server.domain.model.expert.ExpertDrawDocument.Candidate;
import cn.ggzy.server.domain.model.expert.ExpertDrawResult.Member;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ExpertPanelDrawTest {
  private static final byte[] SEED = HexFormat.of().parseHex(Hashes.sha256("seed"));

  private static ExpertDrawDocument document(List<SpecialtyQuota> quotas, List<Candidate> candidates,
      List<String> excluded) {
    return new ExpertDrawDocument("XD-1", 1, "421181", "S-001", "2026-11-16", quotas, candidates, excluded);
  }

  /** {@code n} candidates of one specialty, each of its own employer unless {@code perEmployer} share one. */
  private static List<Candidate> pool(String prefix, String specialty, int n, int perEmployer) {
    List<Candidate> all = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      all.add(new Candidate(String.format("%s%05d", prefix, i), "g-" + prefix + (i / perEmployer),
          List.of(specialty)));
    }
    return all;
  }

  @Test
  void theSameDocumentSeedAndWitnessGiveTheSameExpertsAndAnotherWitnessValueOthers() {
    ExpertDrawDocument doc = document(List.of(new SpecialtyQuota("A0101", 3), new SpecialtyQuota("A0106", 2)),
        concat(pool("a", "A0101", 40, 1), pool("c", "A0106", 30, 1)), List.of());
    ExpertDrawResult once = ExpertPanelDraw.run(doc, SEED, "20261116-1");
    assertEquals(once, ExpertPanelDraw.run(ExpertDrawDocument.parse(doc.canonicalJson()), SEED, "20261116-1"));
    assertNotEquals(once, ExpertPanelDraw.run(doc, SEED, "20261116-2"));
    assertEquals(List.of("A0101", "A0101", "A0101", "A0106", "A0106"),
        once.members().stream().map(Member::specialty).toList());
    assertEquals(5, once.members().stream().map(Member::expert).distinct().count());
  }

  @Test
  void atMostOneExpertPerEmployerAndNoneOfAnExcludedEmployer() {
    // 12 experts, 3 per employer: 4 employers; one of them already on the panel (excluded)
    List<Candidate> candidates = pool("a", "A0101", 12, 3);
    ExpertDrawDocument doc = document(List.of(new SpecialtyQuota("A0101", 3)), candidates, List.of("g-a0"));
    for (int w = 0; w < 200; w++) {
      ExpertDrawResult result = ExpertPanelDraw.run(doc, SEED, "w" + w);
      Set<String> groups = new HashSet<>();
      for (Member m : result.members()) {
        String group = candidates.stream().filter(c -> c.id().equals(m.expert())).findFirst().orElseThrow().group();
        assertTrue(groups.add(group), "one per employer: " + result);
        assertNotEquals("g-a0", group, "the excluded employer's experts are never drawn");
      }
    }
  }

  @Test
  void aDocumentThatCouldRunOutIsRefusedBeforeAnyDraw() {
    // 5 experts of 2 employers cannot give 3 of different employers
    ExpertDrawDocument doc = document(List.of(new SpecialtyQuota("A0101", 3)), pool("a", "A0101", 5, 3), List.of());
    ExpertShortfallException e = assertThrows(ExpertShortfallException.class, () -> ExpertPanelDraw.of(doc));
    assertEquals("expert.draw.tooFew", e.code());
    assertEquals(List.of("A0101", "2", "3"), e.arguments());
    // an expert holding two specialties counts once per round: 3 + 1 from 3 employers is refused too
    List<Candidate> both = List.of(new Candidate("x1", "g1", List.of("A0101", "A0106")),
        new Candidate("x2", "g2", List.of("A0101", "A0106")), new Candidate("x3", "g3", List.of("A0101", "A0106")));
    assertThrows(ExpertShortfallException.class, () -> ExpertPanelDraw.of(document(
        List.of(new SpecialtyQuota("A0101", 3), new SpecialtyQuota("A0106", 1)), both, List.of())));
    // specialties of separate employers do not take from each other: 4 of 8 and 1 of 2 is fine
    ExpertPanelDraw.of(document(List.of(new SpecialtyQuota("A0301", 4), new SpecialtyQuota("A0304", 1)),
        concat(pool("r", "A0301", 8, 1), pool("c", "A0304", 2, 1)), List.of()));
  }

  @Test
  void anyoneRecomputesAPublishedRoundAndAChangeToAnyPartIsFound() {
    ExpertDrawDocument doc = document(List.of(new SpecialtyQuota("A0301", 4), new SpecialtyQuota("A0304", 1)),
        concat(pool("r", "A0301", 25, 2), pool("z", "A0304", 10, 1)), List.of());
    String seed = HexFormat.of().formatHex(SEED);
    String result = ExpertPanelDraw.run(doc, SEED, "4471").canonicalJson();
    PublishedDraw ok = new PublishedDraw(doc.canonicalJson(), doc.hash(), seed, Hashes.sha256(SEED), "4471", result);
    assertTrue(ExpertDrawVerification.verify(ok).verified(), () -> ExpertDrawVerification.verify(ok).toString());

    PublishedDraw otherWitness = new PublishedDraw(ok.document(), ok.commitment(), seed, ok.seedHash(), "4472", result);
    assertEquals(List.of(true, true, false, true), passed(otherWitness));
    PublishedDraw otherDocument = new PublishedDraw(ok.document().replace("r00001", "r99999"), ok.commitment(), seed,
        ok.seedHash(), "4471", result);
    assertFalse(passed(otherDocument).get(0), "the document no longer matches the commitment");
    PublishedDraw otherSeed = new PublishedDraw(ok.document(), ok.commitment(), Hashes.sha256("other"), ok.seedHash(), "4471",
        result);
    assertFalse(passed(otherSeed).get(1));
    String sameEmployerTwice = new ExpertDrawResult(List.of(new Member("A0301", "r00000"), new Member("A0301", "r00001"),
        new Member("A0301", "r00002"), new Member("A0301", "r00004"), new Member("A0304", "z00000"))).canonicalJson();
    PublishedDraw forged = new PublishedDraw(ok.document(), ok.commitment(), seed, ok.seedHash(), "4471", sameEmployerTwice);
    DrawReport report = ExpertDrawVerification.verify(forged);
    assertEquals("expert.verify.found.sameEmployer", report.checks().get(3).finding());
  }

  /**
   * Fairness: 100,000 draws of 7 (3 + 2 + 1 + 1 over four specialties) from a pool of 5,000 (five
   * specialties of 1,000, one employer each), seeds 0 … 99,999: each expert's count against the
   * uniform expectation, Pearson's chi-square with 3,996 degrees of freedom (999 per specialty
   * drawn), p from the Wilson–Hilferty approximation. Seeds are fixed, so the result is the same
   * on every run; the figure is in the closing note of issue 22.
   */
  @Test
  void everyEligibleExpertIsAsLikelyToBeDrawnChiSquareOver100000Draws() {
    List<Candidate> candidates = new ArrayList<>();
    String[] specialties = {"A0101", "A0106", "A0201", "A0301", "A0401"};
    for (String s : specialties) {
      candidates.addAll(pool(s, s, 1000, 1));
    }
    List<SpecialtyQuota> quotas = List.of(new SpecialtyQuota("A0101", 3), new SpecialtyQuota("A0106", 2),
        new SpecialtyQuota("A0201", 1), new SpecialtyQuota("A0301", 1));
    ExpertPanelDraw draw = ExpertPanelDraw.of(document(quotas, candidates, List.of()));
    int draws = 100_000;
    Map<String, Integer> counts = new HashMap<>();
    for (int i = 0; i < draws; i++) {
      byte[] seed = ByteBuffer.allocate(32).putLong(24, i).array();
      for (Member m : draw.draw(seed, "fairness").members()) {
        counts.merge(m.expert(), 1, Integer::sum);
      }
    }
    double chi = 0;
    int categories = 0;
    for (SpecialtyQuota q : quotas) {
      double expected = draws * q.count() / 1000.0;
      for (int i = 0; i < 1000; i++) {
        double observed = counts.getOrDefault(String.format("%s%05d", q.specialty(), i), 0);
        chi += (observed - expected) * (observed - expected) / expected;
        categories++;
      }
    }
    assertEquals(0, counts.keySet().stream().filter(id -> id.startsWith("A0401")).count(), "no quota, never drawn");
    int df = categories - quotas.size();
    double p = upperTail(chi, df);
    System.out.printf("expert draw fairness: chi-square %.1f, df %d, p = %.3f%n", chi, df, p);
    assertTrue(p > 0.001, "selection frequencies depart from uniform: chi-square " + chi + ", df " + df + ", p " + p);
    assertTrue(p < 0.999, "suspiciously even frequencies: p " + p);
  }

  /** P(X > chi) for X ~ chi-square(df), Wilson–Hilferty: (X/df)^(1/3) ≈ normal(1 − 2/(9df), 2/(9df)). */
  static double upperTail(double chi, int df) {
    double v = 2.0 / (9 * df);
    double z = (Math.cbrt(chi / df) - (1 - v)) / Math.sqrt(v);
    return 0.5 * erfc(z / Math.sqrt(2));
  }

  /** Complementary error function (Numerical Recipes' erfcc, relative error below 1.2e-7). */
  private static double erfc(double x) {
    double z = Math.abs(x);
    double t = 1 / (1 + 0.5 * z);
    double r = t * Math.exp(-z * z - 1.26551223 + t * (1.00002368 + t * (0.37409196 + t * (0.09678418
        + t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587
        + t * (-0.82215223 + t * 0.17087277)))))))));
    return x >= 0 ? r : 2 - r;
  }

  @Test
  void theChiSquareTailIsRight() {
    // chi-square(1000): mean 1000; 1000 → p ≈ 0.49; the 99.9th percentile ≈ 1143.9
    assertEquals(0.49, upperTail(1000, 1000), 0.01);
    assertEquals(0.001, upperTail(1143.9, 1000), 0.0003);
  }

  private static List<Boolean> passed(PublishedDraw p) {
    return ExpertDrawVerification.verify(p).checks().stream().map(DrawCheck::passed).toList();
  }

  private static List<Candidate> concat(List<Candidate> a, List<Candidate> b) {
    List<Candidate> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }
}
