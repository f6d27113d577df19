package cn.ggzy.server.domain.model.review;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * What the review knows of the project a document belongs to: the estimate (估算价 or 最高投标限价)
 * and the contract amount, both in yuan, when known. Checks against them are skipped without them.
 */
public record ProjectFacts(Optional<BigDecimal> estimate, Optional<BigDecimal> contractAmount) {

  /** A review without project context (a clause alone, as the command line reads them). */
  public static ProjectFacts none() {
    return new ProjectFacts(Optional.empty(), Optional.empty());
  }

  /** The estimate and the contract amount (either may be null). */
  public static ProjectFacts of(BigDecimal estimate, BigDecimal contractAmount) {
    return new ProjectFacts(Optional.ofNullable(estimate), Optional.ofNullable(contractAmount));
  }
}
