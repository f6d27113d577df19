package cn.ggzy.server.domain.model.credit;

/** Who can be on a credit list. */
public enum SubjectKind {
  /** 市场主体（投标人、招标人等企业）, keyed by its 统一社会信用代码. */
  ENTERPRISE,
  /** 招标代理机构, keyed by its 统一社会信用代码. */
  AGENCY,
  /** 评标专家 (a natural person), keyed by the resident ID number, which is never public. */
  EXPERT;

  public boolean naturalPerson() {
    return this == EXPERT;
  }
}
