package cn.ggzy.server.domain.model.enforcement;

import java.time.Instant;

/** 暂停招标投标活动 while investigating: ordered when and why, lifted when. */
public record TenderSuspension(Instant orderedAt, String orderedBy, String reason, Instant liftedAt,
    String liftedBy) {
  public boolean inForce() {
    return liftedAt == null;
  }
}
