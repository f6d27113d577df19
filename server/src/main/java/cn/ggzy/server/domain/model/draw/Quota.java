package cn.ggzy.server.domain.model.draw;

import cn.ggzy.server.domain.model.DomainException;

/**
 * How many are drawn: a proportion in percent of those available (rounded up) or a fixed count (at
 * most all of them). Refuses a missing kind, a value below 1 or a proportion above 100
 * ({@code draw.quota.invalid}).
 */
public record Quota(Kind kind, int value) {
  /** Proportion or count. */
  public enum Kind { PROPORTION, COUNT }

  public Quota {
    if (kind == null || value < 1 || (kind == Kind.PROPORTION && value > 100)) {
      throw new DomainException("draw.quota.invalid", "quota");
    }
  }

  public static Quota count(int value) {
    return new Quota(Kind.COUNT, value);
  }

  public static Quota proportion(int percent) {
    return new Quota(Kind.PROPORTION, percent);
  }

  /** The number drawn out of {@code available}: min(value, available), or ⌈available × value / 100⌉. */
  public int of(int available) {
    if (kind == Kind.COUNT) {
      return Math.min(value, available);
    }
    return (int) ((available * (long) value + 99) / 100);
  }
}
