package cn.ggzy.server.domain.model.credit;

import java.util.Locale;

/**
 * 统一社会信用代码 (GB 32100-2015): 18 characters from 0-9 and A-Z without I, O, Z, S, V; the last is
 * a check character over the first 17 (weights 1, 3, 9, 27 … 28; check = 31 − (Σ mod 31), 31 → 0).
 */
public record CreditCode(String value) {
  static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
  private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

  public CreditCode {
    if (!valid(value)) {
      throw new CreditException("credit.code.invalid", "creditCode");
    }
  }

  /** Reads a code as typed (spaces around it and lower case are forgiven); refuses a wrong check character. */
  public static CreditCode parse(String typed, String field) {
    String normal = typed == null ? "" : typed.strip().toUpperCase(Locale.ROOT);
    if (!valid(normal)) {
      throw new CreditException("credit.code.invalid", field);
    }
    return new CreditCode(normal);
  }

  public static boolean valid(String code) {
    if (code == null || code.length() != 18) {
      return false;
    }
    for (int i = 0; i < 18; i++) {
      if (ALPHABET.indexOf(code.charAt(i)) < 0) {
        return false;
      }
    }
    return checkCharacter(code.substring(0, 17)) == code.charAt(17);
  }

  /** The check character of the first 17 characters. */
  static char checkCharacter(String first17) {
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += ALPHABET.indexOf(first17.charAt(i)) * WEIGHTS[i];
    }
    int check = 31 - sum % 31;
    return ALPHABET.charAt(check == 31 ? 0 : check);
  }

  @Override
  public String toString() {
    return value;
  }
}
