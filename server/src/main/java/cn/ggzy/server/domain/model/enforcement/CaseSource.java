package cn.ggzy.server.domain.model.enforcement;

/** Where a case comes from. */
public enum CaseSource {
  /** 投诉. */
  COMPLAINT,
  /** 举报. */
  REPORT,
  /** 行政检查. */
  ADMINISTRATIVE_INSPECTION,
  /** 双随机抽查发现. */
  RANDOM_INSPECTION,
  /** 智慧监管预警. */
  SMART_WARNING,
  /** 其他机关移交. */
  EXTERNAL_TRANSFER,
  /** 标后监管发现 (post-award site supervision: absence of key personnel). */
  POST_AWARD;

  /** Complaints and reports run the acceptance clock; cases the office finds itself start accepted. */
  public boolean needsAcceptance() {
    return this == COMPLAINT || this == REPORT || this == EXTERNAL_TRANSFER;
  }
}
