package cn.ggzy.server.domain.model.credit;

/**
 * The region's credit-score rules: every subject starts at {@code base}; each record in force adds
 * its kind's points, halved every {@code halfLifeMonths} of age and ignored after
 * {@code horizonMonths}; the total is kept within 0 to 100.
 */
public record ScoreWeights(int base, int penalty, int violation, int poorPerformance, int goodPerformance,
    int halfLifeMonths, int horizonMonths) {
  public static final ScoreWeights DEFAULT = new ScoreWeights(80, -20, -10, -5, 5, 24, 60);

  public ScoreWeights {
    check(base >= 0 && base <= 100, "base");
    check(penalty <= 0 && penalty >= -100, "penalty");
    check(violation <= 0 && violation >= -100, "violation");
    check(poorPerformance <= 0 && poorPerformance >= -100, "poorPerformance");
    check(goodPerformance >= 0 && goodPerformance <= 100, "goodPerformance");
    check(halfLifeMonths >= 1 && halfLifeMonths <= 120, "halfLifeMonths");
    check(horizonMonths >= 1 && horizonMonths <= 240, "horizonMonths");
  }

  private static void check(boolean ok, String field) {
    if (!ok) {
      throw new CreditException("credit.settings.invalid", field);
    }
  }

  public int points(RecordKind kind) {
    return switch (kind) {
      case PENALTY -> penalty;
      case VIOLATION -> violation;
      case POOR_PERFORMANCE -> poorPerformance;
      case GOOD_PERFORMANCE -> goodPerformance;
    };
  }
}
