package cn.ggzy.server.domain.model.notification;

/** What an officer is told about. Overdue escalations cannot be muted. */
public enum NotificationKind {
  /** 新案件待受理: a case was registered to the department. */
  CASE_RECEIVED,
  /** 案件分派给我. */
  CASE_ASSIGNED,
  /** 案件转办到本部门. */
  CASE_TRANSFERRED,
  /** 会商邀请. */
  CONSULTATION_INVITED,
  /** 待我审批. */
  APPROVAL_REQUESTED,
  /** 我的申请已审批. */
  APPROVAL_DECIDED,
  /** 受理期限今日届满. */
  ACCEPTANCE_DUE_TODAY,
  /** 受理已超期. */
  ACCEPTANCE_OVERDUE,
  /** 办结期限还剩 3 个工作日. */
  COMPLETION_DUE_IN_3,
  /** 办结期限还剩 1 个工作日. */
  COMPLETION_DUE_IN_1,
  /** 办结已超期. */
  COMPLETION_OVERDUE,
  /** 期限已按放假通知重新计算: a provisional deadline moved when the year's holiday notice was loaded. */
  DEADLINE_MOVED,
  /**
   * A step the filer of a complaint or report is told of by SMS (accepted, not accepted, 补正
   * requested, decision served; the step in the intent's outcome): for the filer, never an officer.
   */
  FILER_PROGRESS;

  /**
   * Overdue escalations always reach their recipients, and an officer has no say over what the filer
   * is told; everything else may be muted.
   */
  public boolean mutable() {
    return this != ACCEPTANCE_OVERDUE && this != COMPLETION_OVERDUE && this != FILER_PROGRESS;
  }

  public boolean deadlineAlert() {
    return ordinal() >= ACCEPTANCE_DUE_TODAY.ordinal() && ordinal() <= COMPLETION_OVERDUE.ordinal();
  }
}
