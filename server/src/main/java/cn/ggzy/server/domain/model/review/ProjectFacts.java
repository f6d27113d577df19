package cn.ggzy.server.domain.model.review;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the review knows of the project a document belongs to: the estimate (估算价 or 最高投标限价)
 * and the contract amount, both in yuan, when known. Checks against them are skipped without them.
 */
public record ProjectFacts(Optional<BigDecimal> estimate, Optional<BigDecimal> contractAmount) {
  private static final Pattern ESTIMATE = Pattern.compile(
      "(?:估算价|估算金额|概算|预算金额|采购预算|项目预算|最高投标限价|招标控制价|最高限价|控制价)");
  private static final Pattern CONTRACT = Pattern.compile("(?:合同金额|合同价款|合同价|合同总价|中标价|中标金额)");

  /** A review without project context (a clause alone, as the command line reads them). */
  public static ProjectFacts none() {
    return new ProjectFacts(Optional.empty(), Optional.empty());
  }

  /**
   * These facts completed from the clause itself where it states them ("本项目估算价为1000万元，投标
   * 保证金为50万元"): an amount written right after 估算价, 最高投标限价, 预算 … or 合同价 ….
   */
  public ProjectFacts completedFrom(String clause) {
    Optional<BigDecimal> e = estimate.isPresent() ? estimate : stated(ESTIMATE, clause);
    Optional<BigDecimal> c = contractAmount.isPresent() ? contractAmount : stated(CONTRACT, clause);
    return new ProjectFacts(e, c);
  }

  private static Optional<BigDecimal> stated(Pattern name, String clause) {
    Matcher m = name.matcher(clause);
    while (m.find()) {
      int to = Math.min(clause.length(), m.end() + 16);
      List<Quantity> q = Quantities.in(clause.substring(m.end(), to));
      if (!q.isEmpty() && q.get(0).kind() == Quantity.Kind.YUAN && q.get(0).start() <= 6) {
        return Optional.of(q.get(0).value());
      }
    }
    return Optional.empty();
  }

  /** The estimate and the contract amount (either may be null). */
  public static ProjectFacts of(BigDecimal estimate, BigDecimal contractAmount) {
    return new ProjectFacts(Optional.ofNullable(estimate), Optional.ofNullable(contractAmount));
  }
}
