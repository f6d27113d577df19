package cn.ggzy.server.domain.model.project;

/**
 * What the checks found in a project, with the evidence in both languages and the legal basis;
 * {@code key} names the alert within the project (kind and contract), so an officer's decision on
 * it stays with it when the register is imported again.
 */
public record ProjectAlert(String key, Kind kind, String evidence, String evidenceEn, String basis) {

  /** The kinds of alerts. */
  public enum Kind {
    /** A contract that must be tendered has no tender in the platform after its planned date (应进未进). */
    NOT_TENDERED,
    /** A tender's method differs from the approval's (e.g. invited where open was approved), or none was held. */
    METHOD_DIFFERS,
    /** A tender's organisation form (self or agency) differs from the approval's. */
    ORGANISATION_DIFFERS,
    /** Contracts of one kind each below the threshold whose sum is above it (化整为零). */
    SPLIT
  }
}
