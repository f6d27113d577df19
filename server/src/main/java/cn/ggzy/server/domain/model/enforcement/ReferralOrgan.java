package cn.ggzy.server.domain.model.enforcement;

/** Where a case is referred (移送). */
public enum ReferralOrgan {
  /** 公安机关: a crime is suspected. */
  PUBLIC_SECURITY,
  /** 纪检监察机关: a public official is suspected of a violation. */
  DISCIPLINE_INSPECTION
}
