package cn.ggzy.server.domain.model.credit;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Computes scores and red-list eligibility; pure functions of the records, the weights and the day. */
public final class CreditScoring {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  private static final double DAYS_PER_MONTH = 365.25 / 12;

  private CreditScoring() {}

  /** The score of one subject from its records in force, decided on or before {@code today}. */
  public static CreditScore score(SubjectId subject, ScoreWeights w, List<CreditRecord> records, LocalDate today) {
    LocalDate horizon = today.minusMonths(w.horizonMonths());
    List<ScoreLine> lines = new ArrayList<>();
    BigDecimal sum = BigDecimal.valueOf(w.base());
    for (CreditRecord r : records) {
      if (!r.inForce() || r.decidedOn().isAfter(today)) {
        continue;
      }
      long age = ChronoUnit.DAYS.between(r.decidedOn(), today);
      boolean beyond = r.decidedOn().isBefore(horizon);
      BigDecimal factor = beyond ? BigDecimal.ZERO.setScale(3)
          : BigDecimal.valueOf(Math.pow(0.5, age / (w.halfLifeMonths() * DAYS_PER_MONTH)))
              .setScale(3, RoundingMode.HALF_UP);
      int points = w.points(r.kind());
      BigDecimal contribution = factor.multiply(BigDecimal.valueOf(points), MathContext.DECIMAL64)
          .setScale(1, RoundingMode.HALF_UP);
      sum = sum.add(contribution);
      lines.add(new ScoreLine(r.id(), r.kind(), r.decidedOn(), r.data().caseNumber(), r.tenantId().value(), points,
          age, factor, beyond, contribution));
    }
    lines.sort(Comparator.comparing(ScoreLine::decidedOn).reversed().thenComparing(l -> l.recordId().value()));
    BigDecimal total = sum.max(BigDecimal.ZERO.setScale(1)).min(HUNDRED.setScale(1));
    return new CreditScore(subject, today, w.base(), lines, total.subtract(sum), total.setScale(1), w);
  }

  /**
   * Why the subject qualifies for the red list (a text for the officer and the public), or empty:
   * no negative record in the window, enough positive ratings in it, and the minimum score.
   */
  public static Optional<Eligibility> redList(CreditScore score, RedListCriteria c) {
    LocalDate since = score.asOf().minusYears(c.yearsWithoutNegative());
    long negative = score.negativeSince(since);
    long positive = score.positiveSince(since);
    boolean ok = negative == 0 && positive >= c.minimumPositiveRecords()
        && score.total().compareTo(BigDecimal.valueOf(c.minimumScore())) >= 0;
    return ok ? Optional.of(new Eligibility(c.yearsWithoutNegative(), positive, score.total())) : Optional.empty();
  }

  /** The facts that met the criteria. */
  public record Eligibility(int yearsWithoutNegative, long positiveRecords, BigDecimal score) {}
}
