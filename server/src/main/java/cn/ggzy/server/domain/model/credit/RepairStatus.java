package cn.ggzy.server.domain.model.credit;

/** Where a credit-repair application stands. */
public enum RepairStatus {
  /** Received, waiting for the office's decision. */
  SUBMITTED,
  /** 准予修复: the entry left the public list on the day of the decision. */
  APPROVED,
  /** 不予修复: the entry stays published. */
  REFUSED;

  public boolean open() {
    return this == SUBMITTED;
  }
}
