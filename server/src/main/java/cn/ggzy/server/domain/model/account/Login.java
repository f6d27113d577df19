package cn.ggzy.server.domain.model.account;

import java.util.Locale;
import java.util.regex.Pattern;

/** A login name: 3–32 lowercase letters, digits, dot, dash or underscore; unique on the platform. */
public record Login(String value) {
  private static final Pattern FORMAT = Pattern.compile("[a-z0-9][a-z0-9._-]{2,31}");

  public Login {
    if (value == null || !FORMAT.matcher(value).matches()) {
      throw new AccountException("account.login.invalid", "login");
    }
  }

  /** Normalises what a person typed (trims, lower-cases) before validating it. */
  public static Login parse(String typed) {
    return new Login(typed == null ? null : typed.trim().toLowerCase(Locale.ROOT));
  }

  @Override
  public String toString() {
    return value;
  }
}
