package cn.ggzy.webui.publicsite.filing;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** File sizes as people read them: 20 MB, 1.5 MB, 300 KB, 12 B. */
public final class Sizes {
  private static final long KB = 1024;
  private static final long MB = 1024 * KB;

  private Sizes() {}

  public static String format(long bytes) {
    if (bytes >= MB) {
      return oneDecimal(bytes, MB) + " MB";
    }
    if (bytes >= KB) {
      return oneDecimal(bytes, KB) + " KB";
    }
    return bytes + " B";
  }

  private static String oneDecimal(long bytes, long unit) {
    return BigDecimal.valueOf(bytes).divide(BigDecimal.valueOf(unit), 1, RoundingMode.HALF_UP)
        .stripTrailingZeros().toPlainString();
  }
}
