package cn.ggzy.server.domain.model.expert;

/** An invited expert's answer. */
public enum AssignmentStatus {
  INVITED, ACCEPTED, DECLINED, NO_ANSWER;

  /** Still on the panel (invited or accepted). */
  public boolean onPanel() {
    return this == INVITED || this == ACCEPTED;
  }
}
