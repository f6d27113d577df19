package cn.ggzy.server.domain.model.enforcement;

import java.time.Instant;

/**
 * One line of a case's timeline: who did what, when, the status before and after, a note in the
 * person's words, and what the action was about as a code ({@code subject}: the kind of decision
 * proposed, e.g. {@code DISMISSED}), which each reader sees in their own language. Older stored
 * lines carried the code inside the note ({@code DISMISSED：经查…}): see {@link #legacy}.
 */
public record CaseEvent(Instant at, String actor, String actorName, String action, CaseStatus from,
    CaseStatus to, String note, String subject) {

  public CaseEvent(Instant at, String actor, String actorName, String action, CaseStatus from, CaseStatus to,
      String note) {
    this(at, actor, actorName, action, from, to, note, null);
  }

  /**
   * A line as stored before the subject had its own field: a proposed decision's note began with
   * the decision kind's code and "："; it is split into subject and note.
   */
  public static CaseEvent legacy(Instant at, String actor, String actorName, String action, CaseStatus from,
      CaseStatus to, String note) {
    if ("PROPOSE_DECISION".equals(action) && note != null) {
      int colon = note.indexOf('：');
      if (colon > 0) {
        String code = note.substring(0, colon);
        for (DecisionKind kind : DecisionKind.values()) {
          if (kind.name().equals(code)) {
            return new CaseEvent(at, actor, actorName, action, from, to, note.substring(colon + 1), code);
          }
        }
      }
    }
    return new CaseEvent(at, actor, actorName, action, from, to, note, null);
  }
}
