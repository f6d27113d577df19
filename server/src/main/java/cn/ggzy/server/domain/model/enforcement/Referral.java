package cn.ggzy.server.domain.model.enforcement;

import java.time.Instant;
import java.util.List;

/** 移送: to which organ, why, and the documents sent with it. */
public record Referral(ReferralOrgan organ, String organName, Instant at, String by, String reason,
    List<String> documents) {
  public Referral {
    documents = List.copyOf(documents);
  }
}
