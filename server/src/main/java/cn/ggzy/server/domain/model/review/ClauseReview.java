package cn.ggzy.server.domain.model.review;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Reviews clauses against a rule book: every rule on every clause, findings in clause order and,
 * within a clause, most severe first (then in the book's order).
 */
public final class ClauseReview {
  private final RuleBook book;

  public ClauseReview(RuleBook book) {
    this.book = book;
  }

  /** Every finding in the clauses. */
  public List<Finding> review(List<Clause> clauses, ProjectFacts facts) {
    List<Finding> all = new ArrayList<>();
    for (Clause c : clauses) {
      all.addAll(review(c, facts));
    }
    return all;
  }

  /** The findings in one clause, most severe first. */
  public List<Finding> review(Clause clause, ProjectFacts facts) {
    NormalisedClause folded = NormalisedClause.of(clause.text());
    ProjectFacts known = facts.completedFrom(folded.text);
    List<Finding> found = new ArrayList<>();
    for (ClauseRule r : book.rules()) {
      r.findIn(clause, folded, known).ifPresent(found::add);
    }
    found.sort(Comparator.comparing(Finding::severity));
    return found;
  }

  /** The main finding of a clause read alone (no project), as the command line reports it. */
  public Optional<Finding> verdict(String text) {
    List<Finding> found = review(new Clause(1, 1, 1, 0, text), ProjectFacts.none());
    return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
  }
}
