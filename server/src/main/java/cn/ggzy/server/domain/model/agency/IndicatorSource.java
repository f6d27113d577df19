package cn.ggzy.server.domain.model.agency;

/** Where an indicator's count comes from: what the platform knows of the agency's projects, or an officer on site. */
public enum IndicatorSource {
  /** Cases about its projects decided in the period as founded (measures ordered or a penalty). */
  FOUNDED_CASES(true),
  /** Findings of the tender-document review confirmed in the period, in its projects' documents. */
  REVIEW_FINDINGS(true),
  /** Rectification notices of its projects answered after their due day, or still open past it. */
  LATE_RECTIFICATIONS(true),
  /** Bid-rigging warnings raised in the period on its projects' sections, not dismissed. */
  RIGGING_WARNINGS(true),
  /** Negative credit records of the agency in force, decided in the period. */
  NEGATIVE_CREDIT(true),
  /** Items an officer scores on site (files kept, staff present, fees): the score entered, 0 to the weight. */
  ON_SITE(false);

  private final boolean counted;

  IndicatorSource(boolean counted) {
    this.counted = counted;
  }

  /** Counted from the platform's data (points deducted per item) rather than scored by an officer. */
  public boolean counted() {
    return counted;
  }
}
