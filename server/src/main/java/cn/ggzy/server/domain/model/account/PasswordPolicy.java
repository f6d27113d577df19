package cn.ggzy.server.domain.model.account;

import java.time.Duration;

/** Lock-out after repeated failures, and what makes a password acceptable. */
public record PasswordPolicy(int maxFailures, Duration lockDuration, int minLength) {
  public static final PasswordPolicy DEFAULT = new PasswordPolicy(5, Duration.ofMinutes(15), 10);

  public void check(String password) {
    if (password == null || password.length() < minLength) {
      throw new AccountException("account.password.tooShort", "password");
    }
    boolean letter = password.chars().anyMatch(Character::isLetter);
    boolean digit = password.chars().anyMatch(Character::isDigit);
    if (!letter || !digit) {
      throw new AccountException("account.password.weak", "password");
    }
  }
}
