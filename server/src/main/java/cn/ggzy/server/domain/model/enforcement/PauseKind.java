package cn.ggzy.server.domain.model.enforcement;

/** Periods excluded from the completion clock. */
public enum PauseKind {
  /** 等待补正材料. */
  SUPPLEMENT,
  /** 检验. */
  TESTING,
  /** 鉴定. */
  APPRAISAL,
  /** 专家评审. */
  EXPERT_REVIEW
}
