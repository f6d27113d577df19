package cn.ggzy.server.domain.model.inspection;

import cn.ggzy.server.domain.model.draw.Exclusion;
import cn.ggzy.server.domain.model.draw.Screening;
import cn.ggzy.server.domain.model.inspection.DrawDocument.InspectorEntry;
import cn.ggzy.server.domain.model.inspection.DrawDocument.ObjectEntry;
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
 * These are the inspections' rules over the shared {@link Screening}.
 */
public final class Recusal {
  private final Screening<InspectorEntry, ObjectEntry> screening;

  public Recusal(DrawDocument document) {
    LocalDate periodTo = document.plan().periodTo();
    Set<Exclusion> recent = new HashSet<>();
    int months = document.plan().recusalMonths();
    if (months > 0) {
      LocalDate since = document.plan().committedOn().minusMonths(months);
      for (Visit v : document.history()) {
        if (v.date().isAfter(since)) {
          recent.add(new Exclusion(v.inspector(), v.object()));
        }
      }
    }
    this.screening = Screening.<InspectorEntry, ObjectEntry>of(document.inspectors(), InspectorEntry::id,
            ObjectEntry::id)
        .excludingWhen((inspector, object) -> inspector.validUntil().isBefore(periodTo))
        .excluding(document.conflicts().stream().map(p -> new Exclusion(p.inspector(), p.object())).toList())
        .excludingWhen((inspector, object) -> !object.supervisingUnit().isEmpty()
            && object.supervisingUnit().equals(inspector.department()))
        .excluding(recent);
  }

  public boolean excluded(InspectorEntry inspector, ObjectEntry object) {
    return screening.excluded(inspector, object);
  }

  /** The inspectors who may inspect the object, in canonical order. */
  public List<InspectorEntry> eligible(ObjectEntry object) {
    return screening.eligible(object);
  }

  /** The same rules as the kernel's screening of inspectors (candidates) for objects (items). */
  Screening<InspectorEntry, ObjectEntry> screening() {
    return screening;
  }
}
