package cn.ggzy.server.domain.model.expert;

/** Where an expert stands in the pool (入库 and dynamic management). */
public enum ExpertState {
  /** Applied, waiting for the office's review (候选). */
  CANDIDATE,
  /** In the pool and drawable (在库). */
  ACTIVE,
  /** Not drawable until a date (暂停). */
  SUSPENDED,
  /** Left the pool (出库): by request, age, expired qualification, or the office's decision. */
  EXITED,
  /** The application was not approved (未通过). */
  REJECTED
}
