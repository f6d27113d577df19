package cn.ggzy.server.domain.model.credit;

import java.time.LocalDate;

/**
 * The class of a black-list entry and its publication period: serious violations at least 6 months
 * and at most 3 years, general ones at least 3 months and at most 1 year. Credit repair may be
 * applied for once the minimum period has passed.
 */
public enum ListClass {
  /** 严重失信. */
  SERIOUS(6, 36),
  /** 一般失信. */
  GENERAL(3, 12);

  private final int minimumMonths;
  private final int maximumMonths;

  ListClass(int minimumMonths, int maximumMonths) {
    this.minimumMonths = minimumMonths;
    this.maximumMonths = maximumMonths;
  }

  public int minimumMonths() {
    return minimumMonths;
  }

  public int maximumMonths() {
    return maximumMonths;
  }

  /** Refuses a period shorter than the minimum or longer than the maximum of this class. */
  public void check(PublicationPeriod period) {
    if (period.end().isBefore(PublicationPeriod.lastDayOf(period.start(), minimumMonths))) {
      throw new CreditException("credit.blacklist.period.tooShort", "end");
    }
    if (period.end().isAfter(PublicationPeriod.lastDayOf(period.start(), maximumMonths))) {
      throw new CreditException("credit.blacklist.period.tooLong", "end");
    }
  }

  /** The first day on which credit repair may be applied for: the day after the minimum period. */
  public LocalDate earliestRepair(LocalDate start) {
    return PublicationPeriod.lastDayOf(start, minimumMonths).plusDays(1);
  }
}
