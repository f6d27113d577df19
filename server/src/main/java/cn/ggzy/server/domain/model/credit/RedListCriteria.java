package cn.ggzy.server.domain.model.credit;

/**
 * When the office proposes a subject for the red list: no negative record for
 * {@code yearsWithoutNegative} years, at least {@code minimumPositiveRecords} positive ratings in that
 * time, and a score of at least {@code minimumScore}; a confirmed entry is published for
 * {@code validityMonths}.
 */
public record RedListCriteria(int yearsWithoutNegative, int minimumPositiveRecords, int minimumScore,
    int validityMonths) {
  public static final RedListCriteria DEFAULT = new RedListCriteria(3, 2, 85, 12);

  public RedListCriteria {
    if (yearsWithoutNegative < 1 || yearsWithoutNegative > 10) {
      throw new CreditException("credit.settings.invalid", "yearsWithoutNegative");
    }
    if (minimumPositiveRecords < 1 || minimumPositiveRecords > 100) {
      throw new CreditException("credit.settings.invalid", "minimumPositiveRecords");
    }
    if (minimumScore < 0 || minimumScore > 100) {
      throw new CreditException("credit.settings.invalid", "minimumScore");
    }
    if (validityMonths < 1 || validityMonths > 36) {
      throw new CreditException("credit.settings.invalid", "validityMonths");
    }
  }
}
