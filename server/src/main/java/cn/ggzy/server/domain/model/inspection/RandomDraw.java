package cn.ggzy.server.domain.model.inspection;

import cn.ggzy.server.domain.model.draw.DrawStream;
import cn.ggzy.server.domain.model.draw.PanelDraw;
import cn.ggzy.server.domain.model.draw.PanelDraw.Shortfall;
import cn.ggzy.server.domain.model.inspection.DrawDocument.InspectorEntry;
import cn.ggzy.server.domain.model.inspection.DrawDocument.ObjectEntry;
import cn.ggzy.server.domain.model.inspection.DrawRefusedException.Reason;
import java.util.Optional;

/**
 * The draw (双随机), computed from the published document, the seed and the witness's value alone,
 * with the shared draw kernel ({@link PanelDraw} over a {@link DrawStream} committed to the document):
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
    DrawStream stream = DrawStream.committedTo(seed, witnessValue, document.hash());
    int k = document.plan().selection().of(document.objects().size());
    return new DrawResult(teams(document).draw(document.objects(), k, stream).stream()
        .map(team -> new DrawResult.Team(team.item().id(), team.members().stream().map(InspectorEntry::id).toList()))
        .toList());
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
    Optional<Shortfall<ObjectEntry>> shortfall = teams(document).shortfall(document.objects());
    if (shortfall.isPresent()) {
      Shortfall<ObjectEntry> s = shortfall.get();
      Reason reason = switch (s.shortage()) {
        case TOO_FEW_CANDIDATES -> Reason.TOO_FEW_INSPECTORS;
        case ONE_GROUP_ONLY -> Reason.NO_OTHER_DEPARTMENT;
      };
      throw new DrawRefusedException(reason, s.item().id(), s.item().name(), s.eligible(), s.needed());
    }
  }

  /** Objects weighted, inspectors screened by {@link Recusal}, teams of the plan's size (joint: mixed departments). */
  private static PanelDraw<ObjectEntry, InspectorEntry> teams(DrawDocument document) {
    return new PanelDraw<>(new Recusal(document).screening(), ObjectEntry::weight, InspectorEntry::department,
        document.plan().teamSize(), document.plan().jointTeams());
  }
}
