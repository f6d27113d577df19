package cn.ggzy.server.domain.model.review;

import java.util.Locale;

/** How serious a finding is: HIGH is unlawful as written, MEDIUM needs the project's facts, LOW a doubt. */
public enum Severity {
  HIGH, MEDIUM, LOW;

  /** The severity of a code in the rule file ({@code high}, {@code medium}, {@code low}). */
  public static Severity of(String code) {
    return valueOf(code.strip().toUpperCase(Locale.ROOT));
  }
}
