package cn.ggzy.server.domain.model.warning;

/** Where a warning stands in the office's review. */
public enum WarningStatus {
  /** 待核查. */
  OPEN,
  /** 已排除 (dismissed with a reason). */
  DISMISSED,
  /** 已立案. */
  CASE_OPENED
}
