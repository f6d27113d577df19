package cn.ggzy.server.domain.model.credit;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;

/**
 * 居民身份证号码 (GB 11643-1999) of a natural person (an evaluation expert): 17 digits with a valid
 * birth date and a check character {@code "10X98765432"[Σ mod 11]}. Never shown in public except
 * {@link #masked()}.
 */
public record ResidentId(String value) {
  private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
  private static final String CHECK = "10X98765432";

  public ResidentId {
    if (!valid(value)) {
      throw new CreditException("credit.residentId.invalid", "residentId");
    }
  }

  public static ResidentId parse(String typed, String field) {
    String normal = typed == null ? "" : typed.strip().toUpperCase(Locale.ROOT);
    if (!valid(normal)) {
      throw new CreditException("credit.residentId.invalid", field);
    }
    return new ResidentId(normal);
  }

  public static boolean valid(String id) {
    if (id == null || !id.matches("\\d{17}[\\dX]")) {
      return false;
    }
    try {
      LocalDate.of(Integer.parseInt(id.substring(6, 10)), Integer.parseInt(id.substring(10, 12)),
          Integer.parseInt(id.substring(12, 14)));
    } catch (DateTimeException e) {
      return false;
    }
    return checkCharacter(id.substring(0, 17)) == id.charAt(17);
  }

  /** The check character of the first 17 digits: {@code "10X98765432"[Σ digit × weight mod 11]}. */
  public static char checkCharacter(String first17) {
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += (first17.charAt(i) - '0') * WEIGHTS[i];
    }
    return CHECK.charAt(sum % 11);
  }

  /** The birth date written in characters 7–14. */
  public LocalDate birthDate() {
    return LocalDate.of(Integer.parseInt(value.substring(6, 10)), Integer.parseInt(value.substring(10, 12)),
        Integer.parseInt(value.substring(12, 14)));
  }

  /** The public form: the first 4 and the last 2 characters, the rest (incl. the birth date) as *. */
  public String masked() {
    return mask(value);
  }

  /**
   * What reads as an ID number (15 or 18 characters, checked or not) in its public form; any other text
   * as it is.
   */
  public static String mask(String text) {
    String v = text.strip().toUpperCase(Locale.ROOT);
    return v.matches("\\d{15}|\\d{17}[\\dX]") ? v.substring(0, 4) + "*".repeat(v.length() - 6)
        + v.substring(v.length() - 2) : text;
  }

  @Override
  public String toString() {
    return masked();
  }
}
