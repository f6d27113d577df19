package cn.ggzy.server.domain.model.enforcement;

/** The steps that need hierarchical approval (行政层级审批). */
public enum ApprovalKind {
  NON_ACCEPTANCE, EXTENSION, DECISION, CLOSING
}
