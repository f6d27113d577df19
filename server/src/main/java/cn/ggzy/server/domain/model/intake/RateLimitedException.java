package cn.ggzy.server.domain.model.intake;

import cn.ggzy.server.domain.model.DomainException;

/** Too many attempts from one client address, device or on one receipt: try again later. */
public class RateLimitedException extends DomainException {
  private final long retryAfterSeconds;

  public RateLimitedException(String code, long retryAfterSeconds) {
    super(code, null);
    this.retryAfterSeconds = Math.max(1, retryAfterSeconds);
  }

  public long retryAfterSeconds() {
    return retryAfterSeconds;
  }
}
