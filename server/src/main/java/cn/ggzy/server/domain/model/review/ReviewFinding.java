package cn.ggzy.server.domain.model.review;

import java.time.Instant;
import java.util.List;

/**
 * A finding as kept with its review: where the clause stands and its text, the parts to highlight,
 * the rule with the texts it had when it found the clause (title, legal basis, suggested wording),
 * what a numeric check measured, and the officer's decision on it.
 */
public record ReviewFinding(int number, Clause clause, List<Span> spans, String ruleId, int ruleVersion,
    ClauseCategory category, Severity severity, Bilingual title, Bilingual basis, Bilingual suggestion,
    String measured, State state, String decidedBy, Instant decidedAt, String reason) {

  /** An officer's view of a finding: not yet decided, confirmed as unlawful, or dismissed with a reason. */
  public enum State {
    OPEN, CONFIRMED, DISMISSED
  }

  public ReviewFinding {
    spans = List.copyOf(spans);
  }

  /** A new, undecided finding of {@code rule}. */
  public static ReviewFinding of(int number, Finding f, ClauseRule rule) {
    return new ReviewFinding(number, f.clause(), f.spans(), f.ruleId(), f.ruleVersion(), f.category(), f.severity(),
        rule.title(), rule.basis(), rule.suggestion(), f.measured(), State.OPEN, null, null, null);
  }

  ReviewFinding decided(State to, String by, Instant at, String why) {
    return new ReviewFinding(number, clause, spans, ruleId, ruleVersion, category, severity, title, basis,
        suggestion, measured, to, by, at, why);
  }
}
