package cn.ggzy.server.domain.model.inspection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.ggzy.server.domain.model.inspection.DrawDocument.ObjectEntry;
import cn.ggzy.server.domain.model.inspection.DrawDocument.Pair;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The draw: equal inputs give equal draws, and selection frequencies over many seeded draws pass a
 * chi-square test at the 1 % significance level (the generator itself: {@code draw.HmacDrbgTest}).
 */
class RandomDrawTest {
  /** χ² critical values at α = 0.01 (upper tail) for the degrees of freedom used below. */
  private static final Map<Integer, Double> CHI2_CRITICAL_1_PERCENT = Map.of(19, 36.191, 8, 20.090, 5, 15.086);

  @Test
  void theSameInputsGiveTheSameDrawAndAnotherWitnessValueAnotherOne() {
    DrawDocument doc = Documents.document(Documents.plan(new Selection(Selection.Mode.PROPORTION, 30), 2, true, 0),
        Documents.objects(20), Documents.inspectors(5, 5), List.of(), List.of());
    DrawResult first = RandomDraw.run(doc, Documents.seed(1), "监督人 7391");
    assertEquals(first, RandomDraw.run(doc, Documents.seed(1), "监督人 7391"));
    assertEquals(6, first.teams().size(), "30 % of 20 objects");
    assertNotEquals(first, RandomDraw.run(doc, Documents.seed(1), "监督人 7392"));
    assertNotEquals(first, RandomDraw.run(doc, Documents.seed(2), "监督人 7391"));
  }

  @Test
  void aProportionIsRoundedUpAndACountIsCappedAtTheRoster() {
    assertEquals(1, new Selection(Selection.Mode.PROPORTION, 3).of(20), "3 % of 20 is 0.6, rounded up");
    assertEquals(3, new Selection(Selection.Mode.PROPORTION, 10).of(21));
    assertEquals(7, new Selection(Selection.Mode.COUNT, 50).of(7));
  }

  @Test
  void everyObjectIsDrawnEquallyOftenWithEqualWeights() {
    int n = 20;
    int k = 5;
    int draws = 4000;
    DrawDocument doc = Documents.document(Documents.plan(new Selection(Selection.Mode.COUNT, k), 2, false, 0),
        Documents.objects(n), Documents.inspectors(4, 0), List.of(), List.of());
    Map<String, Integer> counts = new HashMap<>();
    for (int i = 0; i < draws; i++) {
      for (DrawResult.Team t : RandomDraw.run(doc, Documents.seed(i), "witness").teams()) {
        counts.merge(t.object(), 1, Integer::sum);
      }
    }
    double expected = draws * (double) k / n;
    List<Double> observed = doc.objects().stream().map(o -> (double) counts.getOrDefault(o.id(), 0)).toList();
    assertChiSquarePasses(observed, observed.stream().map(o -> expected).toList(), n - 1);
  }

  @Test
  void objectsWithComplaintsOrLowCreditAreDrawnInProportionToTheirWeight() {
    List<ObjectEntry> objects = new ArrayList<>();
    long[] weights = {1, 1, 1, 2, 3, 6};
    for (int i = 0; i < weights.length; i++) {
      objects.add(new ObjectEntry("W" + i, "ENTERPRISE", "企业" + i, "421181-zjj", "", weights[i]));
    }
    DrawDocument doc = Documents.document(Documents.plan(new Selection(Selection.Mode.COUNT, 1), 2, false, 0),
        objects, Documents.inspectors(3, 0), List.of(), List.of());
    int draws = 3000;
    Map<String, Integer> counts = new HashMap<>();
    for (int i = 0; i < draws; i++) {
      counts.merge(RandomDraw.run(doc, Documents.seed(i), "w").teams().get(0).object(), 1, Integer::sum);
    }
    List<Double> observed = new ArrayList<>();
    List<Double> expected = new ArrayList<>();
    for (int i = 0; i < weights.length; i++) {
      observed.add((double) counts.getOrDefault("W" + i, 0));
      expected.add(draws * weights[i] / 14.0);
    }
    assertChiSquarePasses(observed, expected, weights.length - 1);
    assertTrue(counts.get("W5") > 4 * counts.get("W0"), "weight 6 is drawn about six times as often as weight 1");
  }

  @Test
  void everyEligibleInspectorIsChosenEquallyOften() {
    DrawDocument doc = Documents.document(Documents.plan(new Selection(Selection.Mode.COUNT, 1), 2, false, 0),
        Documents.objects(1), Documents.inspectors(10, 0), List.of(new Pair("Z03", "MC2026-001")), List.of());
    Map<String, Integer> counts = new HashMap<>();
    int draws = 3000;
    for (int i = 0; i < draws; i++) {
      RandomDraw.run(doc, Documents.seed(i), "w").teams().get(0).inspectors().forEach(id -> counts.merge(id, 1,
          Integer::sum));
    }
    assertEquals(null, counts.get("Z03"), "the recused inspector is never chosen");
    List<Double> observed = counts.values().stream().map(Integer::doubleValue).toList();
    assertEquals(9, observed.size());
    assertChiSquarePasses(observed, observed.stream().map(o -> draws * 2 / 9.0).toList(), 8);
  }

  @Test
  void aJointTeamAlwaysMixesDepartments() {
    DrawDocument doc = Documents.document(Documents.plan(new Selection(Selection.Mode.PROPORTION, 100), 3, true, 0),
        Documents.objects(10), Documents.inspectors(6, 1), List.of(), List.of());
    for (int i = 0; i < 200; i++) {
      for (DrawResult.Team t : RandomDraw.run(doc, Documents.seed(i), "w").teams()) {
        assertTrue(t.inspectors().contains("J01"), "the only 交通 inspector completes every team of 住建 members");
      }
    }
  }

  @Test
  void aDrawThatCannotKeepTheRulesSaysWhy() {
    DrawDocument.Plan plan = Documents.plan(new Selection(Selection.Mode.COUNT, 2), 2, true, 6);
    DrawRefusedException tooFew = assertThrows(DrawRefusedException.class, () -> RandomDraw.run(
        Documents.document(plan, Documents.objects(3), Documents.inspectors(1, 1),
            List.of(new Pair("J01", "MC2026-002")), List.of()), Documents.seed(1), "w"));
    assertEquals(DrawRefusedException.Reason.TOO_FEW_INSPECTORS, tooFew.reason());
    assertEquals("MC2026-002", tooFew.objectId());
    assertEquals(1, tooFew.eligible());
    assertEquals(2, tooFew.needed());
    assertEquals("inspection.draw.tooFewInspectors", tooFew.code());

    DrawRefusedException oneDepartment = assertThrows(DrawRefusedException.class, () -> RandomDraw.check(
        Documents.document(plan, Documents.objects(3), Documents.inspectors(4, 0), List.of(), List.of())));
    assertEquals(DrawRefusedException.Reason.NO_OTHER_DEPARTMENT, oneDepartment.reason());

    DrawRefusedException empty = assertThrows(DrawRefusedException.class, () -> RandomDraw.check(
        Documents.document(plan, List.of(), Documents.inspectors(4, 4), List.of(), List.of())));
    assertEquals(DrawRefusedException.Reason.NO_OBJECTS, empty.reason());
  }

  /** Pearson's χ² = Σ (O − E)² / E must stay below the critical value of its degrees of freedom. */
  static void assertChiSquarePasses(List<Double> observed, List<Double> expected, int degreesOfFreedom) {
    double chi2 = 0;
    for (int i = 0; i < observed.size(); i++) {
      chi2 += Math.pow(observed.get(i) - expected.get(i), 2) / expected.get(i);
    }
    double critical = CHI2_CRITICAL_1_PERCENT.get(degreesOfFreedom);
    assertTrue(chi2 < critical, "χ² = " + chi2 + " ≥ " + critical + " (df " + degreesOfFreedom + ", α = 0.01): "
        + observed);
  }
}
