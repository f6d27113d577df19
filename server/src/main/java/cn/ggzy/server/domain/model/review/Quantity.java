package cn.ggzy.server.domain.model.review;

import java.math.BigDecimal;

/**
 * A number read from a clause with what it measures: an amount in yuan, a percentage, a number of
 * days or years, or a bare count. {@code start} and {@code end} are the span in the clause.
 */
public record Quantity(Kind kind, BigDecimal value, int start, int end) {

  /** What a quantity measures; amounts are always in yuan, whatever unit the text wrote. */
  public enum Kind {
    YUAN, PERCENT, DAYS, YEARS, COUNT
  }
}
