package cn.ggzy.server.domain.model.dispatch;

/**
 * What the dispatch dashboards count. A dated metric counts things on the day they happened (a case
 * received, a clock ended, a warning raised); a standing one counts what stands now (cases by status).
 */
public enum Metric {
  /** Cases received, key: the source (投诉, 举报, 检查 …). */
  CASES_RECEIVED(true),
  /** Cases received, key: the matter (the industry concerned). */
  CASES_MATTER(true),
  /** Acceptance clocks that ended, key: {@code <source>_ON_TIME} or {@code <source>_LATE}. */
  ACCEPTANCE(true),
  /** Completion clocks that ended (decided), key as for {@link #ACCEPTANCE}. */
  COMPLETION(true),
  /** Cases closed (结案), key: the source. */
  CASES_CLOSED(true),
  /** Bid-rigging warnings raised, key: the industry. */
  WARNINGS_RAISED(true),
  /** Warnings reviewed, key: {@code DISMISSED} or {@code CASE_OPENED}. */
  WARNINGS_REVIEWED(true),
  /** Random-inspection tasks, key: {@code DRAWN} (planned), {@code CONCLUDED} (done) or {@code PUBLISHED}. */
  INSPECTIONS(true),
  /** Black-list changes, key: {@code LISTED} or {@code ENDED} (removed early or period over). */
  BLACKLIST(true),
  /** Red-list changes, key: {@code LISTED} (confirmed) or {@code ENDED}. */
  REDLIST(true),
  /** Cases as they stand now, key: the status. */
  CASE_STATUS(false),
  /** Warnings as they stand now, key: the status. */
  WARNING_STATUS(false);

  private final boolean dated;

  Metric(boolean dated) {
    this.dated = dated;
  }

  /** Whether facts of this metric carry a day (else they count what stands now). */
  public boolean dated() {
    return dated;
  }
}
