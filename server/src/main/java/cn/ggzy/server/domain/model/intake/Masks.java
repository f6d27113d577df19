package cn.ggzy.server.domain.model.intake;

/** Masking of identity texts: asterisks for the hidden characters (by code point). */
final class Masks {
  private Masks() {}

  /** 张三 → 张*, 欧阳娜娜 → 欧***. */
  static String name(String value) {
    return keepStart(value, 1);
  }

  static String keepStart(String value, int start) {
    if (value == null) {
      return null;
    }
    int[] cps = value.codePoints().toArray();
    int keep = Math.min(start, Math.max(0, cps.length - 1));
    return new String(cps, 0, keep) + "*".repeat(cps.length - keep);
  }

  /** 13812345678 → 138****5678. */
  static String keepEnds(String value, int start, int end) {
    if (value == null) {
      return null;
    }
    int[] cps = value.codePoints().toArray();
    if (cps.length <= start + end) {
      return "*".repeat(cps.length);
    }
    return new String(cps, 0, start) + "*".repeat(cps.length - start - end)
        + new String(cps, cps.length - end, end);
  }
}
