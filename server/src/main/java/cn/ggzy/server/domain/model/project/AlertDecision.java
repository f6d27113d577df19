package cn.ggzy.server.domain.model.project;

import java.time.Instant;

/** An officer's decision on an alert: dismissed with a reason, or a case opened (its id and number). */
public record AlertDecision(String key, State state, String reason, String caseId, String caseNumber, String by,
    Instant at) {

  /** What was decided. */
  public enum State {
    DISMISSED, CASE_OPENED
  }
}
