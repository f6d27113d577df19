package cn.ggzy.server.domain.model.inspection;

import cn.ggzy.server.domain.model.inspection.DrawDocument.InspectorEntry;
import cn.ggzy.server.domain.model.inspection.DrawDocument.ObjectEntry;
import cn.ggzy.server.domain.model.inspection.DrawRefusedException.Reason;
import java.util.ArrayList;
import java.util.List;

/**
 * The draw (双随机), computed from the published document, the seed and the witness's value alone:
 * <ol>
 *   <li>k = the plan's count (at most all objects) or ⌈n × percent / 100⌉ of the n objects.</li>
 *   <li>k times: W = sum of the weights of the objects not yet drawn (canonical order);
 *       r = below(W); the object drawn is the first whose running sum of weights exceeds r.</li>
 *   <li>For each drawn object, in drawing order: its eligible inspectors (see {@link Recusal}, in
 *       canonical order); for each of the team's places: the candidates are the eligible inspectors
 *       not yet in the team — for the last place of a joint team whose members so far are all of
 *       one department, only those of other departments; the member is candidates[below(size)].</li>
 * </ol>
 * A draw that cannot keep the rules is refused with the reason ({@link DrawRefusedException}).
 */
public final class RandomDraw {
  private RandomDraw() {}

  public static DrawResult run(DrawDocument document, byte[] seed, String witnessValue) {
    check(document);
    byte[] commitment = Hashes.fromHex(document.hash());
    DrawStream stream = new DrawStream(seed, witnessValue, commitment);
    Recusal recusal = new Recusal(document);
    List<ObjectEntry> left = new ArrayList<>(document.objects());
    int k = document.plan().selection().of(left.size());
    List<DrawResult.Team> teams = new ArrayList<>();
    for (int i = 0; i < k; i++) {
      ObjectEntry object = left.remove(pick(left, stream));
      teams.add(new DrawResult.Team(object.id(), team(document, recusal.eligible(object), stream)));
    }
    return new DrawResult(teams);
  }

  /**
   * Refuses a document for which some draw could not keep the rules: no objects, or an object
   * with too few eligible inspectors or (joint teams) eligible inspectors of one department only.
   */
  public static void check(DrawDocument document) {
    if (document.plan().teamSize() < PlanSettings.MIN_TEAM
        || document.objects().stream().anyMatch(o -> o.weight() < 1 || o.weight() > 1_000_000)) {
      throw new InspectionException("inspection.verify.document.invalid", "document");
    }
    if (document.objects().isEmpty()) {
      throw new DrawRefusedException(Reason.NO_OBJECTS, null, null, 0, document.plan().teamSize());
    }
    Recusal recusal = new Recusal(document);
    int size = document.plan().teamSize();
    for (ObjectEntry object : document.objects()) {
      List<InspectorEntry> eligible = recusal.eligible(object);
      if (eligible.size() < size) {
        throw new DrawRefusedException(Reason.TOO_FEW_INSPECTORS, object.id(), object.name(), eligible.size(), size);
      }
      if (document.plan().jointTeams() && eligible.stream().map(InspectorEntry::department).distinct().count() < 2) {
        throw new DrawRefusedException(Reason.NO_OTHER_DEPARTMENT, object.id(), object.name(), eligible.size(), size);
      }
    }
  }

  private static int pick(List<ObjectEntry> left, DrawStream stream) {
    long total = 0;
    for (ObjectEntry o : left) {
      total += o.weight();
    }
    long r = stream.below(total);
    long running = 0;
    for (int i = 0; i < left.size(); i++) {
      running += left.get(i).weight();
      if (running > r) {
        return i;
      }
    }
    throw new IllegalStateException("r < total always finds an object");
  }

  private static List<String> team(DrawDocument document, List<InspectorEntry> eligible, DrawStream stream) {
    int size = document.plan().teamSize();
    List<InspectorEntry> team = new ArrayList<>();
    for (int place = 0; place < size; place++) {
      List<InspectorEntry> candidates = new ArrayList<>(eligible);
      candidates.removeAll(team);
      if (document.plan().jointTeams() && place == size - 1 && oneDepartment(team)) {
        String department = team.get(0).department();
        candidates.removeIf(c -> c.department().equals(department));
      }
      team.add(candidates.get((int) stream.below(candidates.size())));
    }
    return team.stream().map(InspectorEntry::id).toList();
  }

  private static boolean oneDepartment(List<InspectorEntry> team) {
    return team.stream().map(InspectorEntry::department).distinct().count() == 1;
  }
}
