package cn.ggzy.server.domain.model.review;

import java.util.List;

/**
 * How a document's clause differs from the model text (范本): {@code CHANGED} (the nearest model
 * clause, with the words removed and added), {@code ADDED} (no model clause is near), or
 * {@code REMOVED} (a model clause the document does not have). {@code similarity} is the share of
 * words the two clauses have in common (Jaccard), 0 for added or removed clauses.
 */
public record Deviation(Kind kind, Clause clause, Clause modelClause, double similarity, List<WordChange> changes) {

  /** What happened to the clause. */
  public enum Kind {
    CHANGED, ADDED, REMOVED
  }

  /** A run of words kept, removed from the model's wording or added to it. */
  public record WordChange(Op op, String text) {}

  /** The kind of a word run. */
  public enum Op {
    KEPT, REMOVED, ADDED
  }

  public Deviation {
    changes = List.copyOf(changes);
  }
}
