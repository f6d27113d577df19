package cn.ggzy.server.domain.model.oversight;

import cn.ggzy.server.domain.model.StateConflictException;
import cn.ggzy.tenants.RegionCode;
import cn.ggzy.tenants.TenantId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * 督办通知: the office's notice to a department about what it did not do (a case, an officer, an
 * access), with the working day by which the department answers. Tracked: open, overdue when the
 * day passed unanswered, answered with the department head's reply.
 */
public record SupervisionNotice(String id, RegionCode region, TenantId department, String about, String text,
    String issuedBy, Instant issuedAt, LocalDate dueOn, String reply, String repliedBy, Instant repliedAt,
    long version) {

  public enum State { OPEN, OVERDUE, ANSWERED }

  public SupervisionNotice {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(region, "region");
    Objects.requireNonNull(department, "department");
    Objects.requireNonNull(dueOn, "dueOn");
  }

  public State state(LocalDate today) {
    if (repliedAt != null) {
      return State.ANSWERED;
    }
    return today.isAfter(dueOn) ? State.OVERDUE : State.OPEN;
  }

  /** The department's answer; a notice is answered once. */
  public SupervisionNotice answered(String text, String by, Instant at) {
    if (repliedAt != null) {
      throw new StateConflictException("oversight.notice.answered", "noticeId");
    }
    return new SupervisionNotice(id, region, department, about, this.text, issuedBy, issuedAt, dueOn, text, by, at,
        version + 1);
  }
}
