package cn.ggzy.server.domain.model.inspection;

/** Where a plan stands: drafted, committed (commitment public), drawn (everything public). */
public enum PlanStatus {
  /** 草稿: may still change; not public. */
  DRAFT,
  /** 已公布承诺值: rosters and plan frozen, commitment and seed hash public, waiting for the draw. */
  COMMITTED,
  /** 已抽取: seed, witness value and teams public; tasks created. */
  DRAWN
}
