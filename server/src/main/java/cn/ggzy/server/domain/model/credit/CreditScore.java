package cn.ggzy.server.domain.model.credit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A subject's transparent credit score on {@code asOf}: {@code base} + the lines' contributions +
 * {@code adjustment} (non-zero only when the sum leaves 0 to 100) = {@code total}.
 */
public record CreditScore(SubjectId subjectId, LocalDate asOf, int base, List<ScoreLine> lines,
    BigDecimal adjustment, BigDecimal total, ScoreWeights weights) {
  public CreditScore {
    lines = List.copyOf(lines);
  }

  public long negativeSince(LocalDate since) {
    return lines.stream().filter(l -> l.kind().negative() && !l.decidedOn().isBefore(since)).count();
  }

  public long positiveSince(LocalDate since) {
    return lines.stream().filter(l -> l.kind().positive() && !l.decidedOn().isBefore(since)).count();
  }
}
