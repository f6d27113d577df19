package cn.ggzy.server.domain.model.credit;

/** Where a red-list entry stands: proposed by the criteria, then confirmed or rejected by an officer. */
public enum RedListStatus {
  PROPOSED,
  CONFIRMED,
  REJECTED
}
