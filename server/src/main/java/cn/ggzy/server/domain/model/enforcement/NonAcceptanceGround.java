package cn.ggzy.server.domain.model.enforcement;

/** The statutory grounds for not accepting a complaint; the officer picks one and writes why. */
public enum NonAcceptanceGround {
  /** 投诉人与投诉事项无利害关系. */
  NO_INTEREST,
  /** 投诉事项不具体，且未提供有效线索. */
  NO_CLEAR_RESPONDENT_OR_FACTS,
  /** 投诉书未署具投诉人真实姓名、签字和有效联系方式. */
  NO_REAL_NAME_OR_CONTACT,
  /** 超过投诉时效. */
  FILED_LATE,
  /** 已经作出处理决定，且投诉人没有提出新的证据. */
  ALREADY_DECIDED,
  /** 投诉事项应先提出异议而没有提出异议. */
  NO_PRIOR_OBJECTION,
  /** 投诉事项已进入行政复议或者行政诉讼程序. */
  UNDER_REVIEW_OR_LITIGATION,
  /** 不属于本机关职责范围（书面告知有权机关）. */
  OUTSIDE_REMIT
}
