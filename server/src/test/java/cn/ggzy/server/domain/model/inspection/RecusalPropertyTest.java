package cn.ggzy.server.domain.model.inspection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.ggzy.server.domain.model.draw.Hashes;
import cn.ggzy.server.domain.model.inspection.DrawDocument.InspectorEntry;
import cn.ggzy.server.domain.model.inspection.DrawDocument.ObjectEntry;
import cn.ggzy.server.domain.model.inspection.DrawDocument.Pair;
import cn.ggzy.server.domain.model.inspection.DrawDocument.Visit;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Property test as a seeded random loop (reproducible: case i uses seed i): over 3000 random
 * rosters, conflict lists, supervising units, expired certificates and inspection histories, a
 * draw never puts a recused or uncertified inspector in a team, teams have the plan's size and
 * (joint plans) mix departments; and a refused draw names an object that really cannot be staffed.
 * The rules are recomputed here from the raw inputs, not with the code under test.
 */
class RecusalPropertyTest {
  private static final String[] DEPARTMENTS = {"421181-zjj", "421181-jtj", "421181-slj"};
  private static final int CASES = 3000;

  /** One random roster and plan. */
  record Scenario(int objectCount, List<Integer> inspectorDepartments, List<Integer> supervisingUnits,
      List<int[]> conflicts, List<int[]> history, int teamSize, boolean joint, int months, int percent,
      List<Boolean> expired, long seed) {
    static Scenario random(long caseSeed) {
      SplittableRandom r = new SplittableRandom(caseSeed);
      int inspectors = r.nextInt(0, 15);
      List<Integer> departments = new ArrayList<>();
      List<Boolean> expired = new ArrayList<>();
      for (int i = 0; i < inspectors; i++) {
        departments.add(r.nextInt(0, 3));
        expired.add(r.nextInt(4) == 0);
      }
      List<Integer> units = new ArrayList<>();
      for (int o = 0; o < 12; o++) {
        units.add(r.nextInt(0, 4));
      }
      List<int[]> conflicts = new ArrayList<>();
      for (int c = r.nextInt(0, 26); c > 0; c--) {
        conflicts.add(new int[] {r.nextInt(0, 14), r.nextInt(0, 12)});
      }
      List<int[]> history = new ArrayList<>();
      for (int h = r.nextInt(0, 21); h > 0; h--) {
        history.add(new int[] {r.nextInt(0, 14), r.nextInt(0, 12), r.nextInt(0, 501)});
      }
      return new Scenario(r.nextInt(1, 13), departments, units, conflicts, history, r.nextInt(2, 4), r.nextBoolean(),
          r.nextInt(0, 13), r.nextInt(1, 101), expired, r.nextLong());
    }
  }

  @Test
  void noDrawEverBreaksRecusalOrTeamRules() {
    int drawn = 0;
    int refused = 0;
    for (long i = 0; i < CASES; i++) {
      if (check(Scenario.random(i))) {
        drawn++;
      } else {
        refused++;
      }
    }
    assertTrue(drawn > CASES / 10 && refused > CASES / 10, "both outcomes are exercised: " + drawn + "/" + refused);
  }

  /** True when the scenario was drawn, false when it was (rightly) refused. */
  private static boolean check(Scenario s) {
    LocalDate committed = Documents.COMMITTED;
    List<ObjectEntry> objects = new ArrayList<>();
    for (int o = 0; o < s.objectCount(); o++) {
      int unit = s.supervisingUnits().get(o);
      objects.add(new ObjectEntry("O" + o, "PROJECT", "对象" + o, DEPARTMENTS[0],
          unit == 0 ? "" : DEPARTMENTS[unit - 1], 1 + o % 3));
    }
    List<InspectorEntry> inspectors = new ArrayList<>();
    for (int i = 0; i < s.inspectorDepartments().size(); i++) {
      LocalDate validUntil = s.expired().get(i) ? Documents.TO.minusDays(1) : Documents.TO;
      inspectors.add(new InspectorEntry("I" + i, "检查员" + i, DEPARTMENTS[s.inspectorDepartments().get(i)],
          validUntil));
    }
    List<Pair> conflicts = s.conflicts().stream().map(t -> new Pair("I" + t[0], "O" + t[1])).toList();
    List<Visit> history = s.history().stream().map(t -> new Visit("I" + t[0], "O" + t[1],
        committed.minusDays(t[2]))).toList();
    Selection selection = new Selection(Selection.Mode.PROPORTION, s.percent());
    DrawDocument document = new DrawDocument(Documents.plan(selection, s.teamSize(), s.joint(), s.months()), objects,
        inspectors, conflicts, history);

    Set<String> forbidden = new HashSet<>();
    for (InspectorEntry i : inspectors) {
      for (ObjectEntry o : objects) {
        boolean expired = i.validUntil().isBefore(Documents.TO);
        boolean conflict = conflicts.contains(new Pair(i.id(), o.id()));
        boolean unit = o.supervisingUnit().equals(i.department());
        boolean recent = s.months() > 0 && history.stream().anyMatch(v -> v.inspector().equals(i.id())
            && v.object().equals(o.id()) && v.date().isAfter(committed.minusMonths(s.months())));
        if (expired || conflict || unit || recent) {
          forbidden.add(i.id() + "/" + o.id());
        }
      }
    }

    byte[] seed = Hashes.fromHex(Hashes.sha256(Long.toString(s.seed()).getBytes(StandardCharsets.UTF_8)));
    DrawResult result;
    try {
      result = RandomDraw.run(document, seed, "witness " + s.seed());
    } catch (DrawRefusedException refusal) {
      List<InspectorEntry> eligible = inspectors.stream()
          .filter(i -> !forbidden.contains(i.id() + "/" + refusal.objectId())).toList();
      boolean staffable = eligible.size() >= s.teamSize()
          && (!s.joint() || eligible.stream().map(InspectorEntry::department).distinct().count() >= 2);
      assertFalse(staffable, s + ": refused although " + refusal.objectId() + " can be staffed: " + refusal.reason());
      return false;
    }
    assertEquals(selection.of(objects.size()), result.teams().size());
    assertEquals(result.teams().size(), result.teams().stream().map(DrawResult.Team::object).distinct().count());
    for (DrawResult.Team team : result.teams()) {
      assertEquals(s.teamSize(), team.inspectors().stream().distinct().count(), "team size of " + team);
      for (String inspector : team.inspectors()) {
        assertFalse(forbidden.contains(inspector + "/" + team.object()), inspector + " is recused from " + team);
      }
      if (s.joint()) {
        assertTrue(team.inspectors().stream().map(id -> DEPARTMENTS[s.inspectorDepartments()
            .get(Integer.parseInt(id.substring(1)))]).distinct().count() >= 2, "joint team " + team);
      }
    }
    return true;
  }
}
