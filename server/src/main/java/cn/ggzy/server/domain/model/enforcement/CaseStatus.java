package cn.ggzy.server.domain.model.enforcement;

/** Where a case stands. The moves between them are in {@link Transitions}, nowhere else. */
public enum CaseStatus {
  /** 待受理. */
  REGISTERED,
  /** 不予受理待审批. */
  NON_ACCEPTANCE_PENDING,
  /** 不予受理. */
  NOT_ACCEPTED,
  /** 已受理（待分派）. */
  ACCEPTED,
  /** 已分派. */
  ASSIGNED,
  /** 调查中. */
  INVESTIGATING,
  /** 待补正（计时暂停）. */
  AWAITING_SUPPLEMENT,
  /** 检验、鉴定、专家评审中（计时暂停）. */
  PAUSED,
  /** 处理决定待审批. */
  DECISION_PENDING,
  /** 已决定. */
  DECIDED,
  /** 已送达. */
  DELIVERED,
  /** 结案待审批. */
  CLOSE_PENDING,
  /** 已结案. */
  CLOSED;

  public boolean open() {
    return this != CLOSED;
  }

  /** A proposal waits for the department head's approval (not accepting, the decision, closing). */
  public boolean awaitsApproval() {
    return this == NON_ACCEPTANCE_PENDING || this == DECISION_PENDING || this == CLOSE_PENDING;
  }

  /** The acceptance clock runs until the case is accepted or refused. */
  public boolean beforeAcceptance() {
    return this == REGISTERED || this == NON_ACCEPTANCE_PENDING;
  }

  /** The completion clock runs from acceptance until a decision is made. */
  public boolean completionClockRuns() {
    return this == ACCEPTED || this == ASSIGNED || this == INVESTIGATING
        || this == AWAITING_SUPPLEMENT || this == PAUSED || this == DECISION_PENDING;
  }

  public boolean paused() {
    return this == AWAITING_SUPPLEMENT || this == PAUSED;
  }
}
