package cn.ggzy.server.domain.model.inspection;

/** What is inspected (检查对象类别). */
public enum ObjectKind {
  /** 项目. */
  PROJECT,
  /** 企业 (投标人、施工单位等). */
  ENTERPRISE,
  /** 招标代理机构. */
  AGENCY
}
