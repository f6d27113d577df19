package cn.ggzy.server.domain.model.enforcement;

/** What the competent department decides. */
public enum DecisionKind {
  /** 驳回投诉（投诉缺乏事实根据或法律依据）/ 举报不实. */
  DISMISSED,
  /** 投诉成立，责令改正. */
  FOUNDED_MEASURES_ORDERED,
  /** 行政处罚. */
  ADMINISTRATIVE_PENALTY
}
