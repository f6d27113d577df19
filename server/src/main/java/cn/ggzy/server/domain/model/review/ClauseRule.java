package cn.ggzy.server.domain.model.review;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One rule of the office's rule book: what it looks for ({@code match}: any of these patterns), in
 * what context ({@code when}: if given, one of these must be in the clause too, e.g. a condition or
 * a bonus), what lawful wording cancels it ({@code unless}), and optionally numeric checks on the
 * quantities that follow the match, up to {@code until}. Each rule carries its legal basis, a
 * lawful wording to suggest, and its own examples: those that must be found and those that must not.
 */
public record ClauseRule(String id, int version, ClauseCategory category, Severity severity,
    Bilingual title, Bilingual basis, Bilingual suggestion, List<Pattern> match, List<Pattern> when,
    List<Pattern> unless, Optional<Pattern> until, List<NumericCheck> checks, List<String> positives,
    List<String> negatives) {

  public ClauseRule {
    if (match.isEmpty()) {
      throw new IllegalArgumentException("rule " + id + " has no match pattern");
    }
    match = List.copyOf(match);
    when = List.copyOf(when);
    unless = List.copyOf(unless);
    checks = List.copyOf(checks);
    positives = List.copyOf(positives);
    negatives = List.copyOf(negatives);
  }

  /** The finding of this rule in the clause, if it finds one. */
  public Optional<Finding> findIn(Clause clause, ProjectFacts facts) {
    return findIn(clause, NormalisedClause.of(clause.text()), facts);
  }

  Optional<Finding> findIn(Clause clause, NormalisedClause folded, ProjectFacts facts) {
    String text = folded.text;
    List<int[]> hits = new ArrayList<>();
    for (Pattern p : match) {
      Matcher m = p.matcher(text);
      while (m.find()) {
        if (m.end() > m.start()) {
          hits.add(new int[] {m.start(), m.end()});
        }
      }
    }
    if (hits.isEmpty() || !when.isEmpty() && when.stream().noneMatch(p -> p.matcher(text).find())
        || unless.stream().anyMatch(p -> p.matcher(text).find())) {
      return Optional.empty();
    }
    String measured = "";
    if (!checks.isEmpty()) {
      Optional<String> held = Optional.empty();
      for (int i = 0; i < hits.size() && held.isEmpty(); i++) {
        List<Quantity> window = Quantities.in(window(text, hits.get(i)[0], hits.get(i)[1]));
        for (NumericCheck c : checks) {
          held = c.holds(window, facts);
          if (held.isPresent()) {
            break;
          }
        }
      }
      if (held.isEmpty()) {
        return Optional.empty();
      }
      measured = held.get();
    }
    hits.sort((a, b) -> Integer.compare(a[0], b[0]));
    List<Span> spans = new ArrayList<>();
    for (int[] h : hits) {
      Span s = folded.original(h[0], h[1]);
      if (spans.isEmpty() || spans.get(spans.size() - 1).end() < s.start()) {
        spans.add(s);
      } else {
        Span last = spans.remove(spans.size() - 1);
        spans.add(new Span(last.start(), Math.max(last.end(), s.end())));
      }
    }
    return Optional.of(new Finding(clause, id, version, category, severity, List.copyOf(spans), measured));
  }

  private String window(String text, int start, int end) {
    int stop = text.length();
    if (until.isPresent()) {
      Matcher m = until.get().matcher(text);
      if (m.find(end)) {
        stop = m.start();
      }
    }
    return text.substring(start, stop);
  }
}
