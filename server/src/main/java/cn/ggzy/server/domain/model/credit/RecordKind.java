package cn.ggzy.server.domain.model.credit;

/** What a credit record says about its subject. */
public enum RecordKind {
  /** 行政处罚 (from a penalty decision). */
  PENALTY(false, true),
  /** 违法违规行为经查实 (a founded complaint with measures ordered, or a confirmed violation). */
  VIOLATION(false, true),
  /** 履约评价良好 (a positive performance rating). */
  GOOD_PERFORMANCE(true, false),
  /** 履约评价差 (a negative performance rating). */
  POOR_PERFORMANCE(false, false);

  private final boolean positive;
  private final boolean decision;

  RecordKind(boolean positive, boolean decision) {
    this.positive = positive;
    this.decision = decision;
  }

  public boolean positive() {
    return positive;
  }

  public boolean negative() {
    return !positive;
  }

  /** A decision on a violation: only such a record can put its subject on the black list. */
  public boolean decision() {
    return decision;
  }
}
