package cn.ggzy.server.domain.model.site;

import cn.ggzy.tenants.TenantId;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A key person's week below the attendance rule (one per person and week: its id is
 * {@code <person id>-W<Monday>}): the days required and on site, whether it repeats an earlier absence
 * within {@link #REPEAT_WINDOW_WEEKS} weeks (then a case is proposed), and what the department did: dismissed
 * with a reason (e.g. approved leave), or opened a case (source post-award) and entered a poor-performance
 * credit record of the winning bidder.
 */
public record AbsenceWarning(TenantId department, String id, String projectId, String personId, String role,
    LocalDate monday, int workingDays, int required, int onSiteDays, boolean caseProposed, State state,
    Instant raisedAt, String decidedBy, Instant decidedAt, String reason, String caseId, String caseNumber,
    String creditRecordId, long version) {

  /** How many weeks back an earlier absence makes this one a repetition. */
  public static final int REPEAT_WINDOW_WEEKS = 4;

  /** Raised, dismissed by an officer, or turned into a case. */
  public enum State { OPEN, DISMISSED, CASE_OPENED }

  public static String idOf(String personId, LocalDate monday) {
    return personId + "-W" + monday;
  }

  public AbsenceWarning dismissed(String by, Instant at, String why) {
    return new AbsenceWarning(department, id, projectId, personId, role, monday, workingDays, required, onSiteDays,
        caseProposed, State.DISMISSED, raisedAt, by, at, why, null, null, null, version + 1);
  }

  public AbsenceWarning caseOpened(String by, Instant at, String newCaseId, String number, String recordId) {
    return new AbsenceWarning(department, id, projectId, personId, role, monday, workingDays, required, onSiteDays,
        caseProposed, State.CASE_OPENED, raisedAt, by, at, null, newCaseId, number, recordId, version + 1);
  }
}
