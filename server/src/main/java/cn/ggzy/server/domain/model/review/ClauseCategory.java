package cn.ggzy.server.domain.model.review;

import java.util.Locale;

/**
 * What kind of restriction a rule finds (the categories the office reports on, after 条例 art. 32 and
 * the 2019 专项整治 list); {@link #NONE} is a clause with no finding.
 */
public enum ClauseCategory {
  REGION, PERFORMANCE, AWARD, QUALIFICATION, SCALE, OWNERSHIP, BRAND, REGISTRATION, BOND, OTHER, NONE;

  /** The lower-case code used in files and in the command's output. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The category of a code; an unknown code is refused. */
  public static ClauseCategory of(String code) {
    return valueOf(code.strip().toUpperCase(Locale.ROOT));
  }
}
