package cn.ggzy.server.domain.model.inspection;

import cn.ggzy.server.domain.model.inspection.DrawDocument.InspectorEntry;
import cn.ggzy.server.domain.model.inspection.DrawDocument.ObjectEntry;
import cn.ggzy.server.domain.model.inspection.DrawDocument.Pair;
import cn.ggzy.server.domain.model.inspection.DrawDocument.Visit;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Who may not inspect what, read from a draw document alone. An inspector is excluded from an
 * object when: the certificate ends before the plan's period does; the pair is in the conflict
 * list; the inspector's department is the object's supervising unit; or (recusal months N &gt; 0)
 * the inspector was drawn for the object on a date after the commitment day minus N months.
 */
public final class Recusal {
  private final DrawDocument document;
  private final Set<Pair> conflicts;
  private final Set<Pair> recent = new HashSet<>();

  public Recusal(DrawDocument document) {
    this.document = document;
    this.conflicts = Set.copyOf(document.conflicts());
    int months = document.plan().recusalMonths();
    if (months > 0) {
      LocalDate since = document.plan().committedOn().minusMonths(months);
      for (Visit v : document.history()) {
        if (v.date().isAfter(since)) {
          recent.add(new Pair(v.inspector(), v.object()));
        }
      }
    }
  }

  public boolean excluded(InspectorEntry inspector, ObjectEntry object) {
    Pair pair = new Pair(inspector.id(), object.id());
    return inspector.validUntil().isBefore(document.plan().periodTo())
        || conflicts.contains(pair)
        || (!object.supervisingUnit().isEmpty() && object.supervisingUnit().equals(inspector.department()))
        || recent.contains(pair);
  }

  /** The inspectors who may inspect the object, in canonical order. */
  public List<InspectorEntry> eligible(ObjectEntry object) {
    return document.inspectors().stream().filter(i -> !excluded(i, object)).toList();
  }
}
