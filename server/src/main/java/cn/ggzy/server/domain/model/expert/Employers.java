package cn.ggzy.server.domain.model.expert;

import java.text.Normalizer;
import java.util.Locale;

/** Names of employers (units) compared as people type them: full-width forms, spaces and case do not matter. */
public final class Employers {
  private Employers() {}

  /** The form in which two names of one unit are equal: NFKC, no whitespace, lower case. */
  public static String normal(String name) {
    if (name == null) {
      return "";
    }
    return Normalizer.normalize(name, Normalizer.Form.NFKC).replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
  }

  public static boolean same(String a, String b) {
    String x = normal(a);
    return !x.isEmpty() && x.equals(normal(b));
  }
}
