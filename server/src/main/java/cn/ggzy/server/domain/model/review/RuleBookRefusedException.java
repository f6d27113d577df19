package cn.ggzy.server.domain.model.review;

import cn.ggzy.server.domain.model.DomainException;

/** An edited rule book was refused ({@code review.rules.invalid}); {@link #detail} says which rule and why. */
public class RuleBookRefusedException extends DomainException {
  private final String detail;

  public RuleBookRefusedException(String detail) {
    super("review.rules.invalid", "text");
    this.detail = detail;
  }

  public String detail() {
    return detail;
  }
}
