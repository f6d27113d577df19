package cn.ggzy.server.domain.model.intake;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The identifiers a filer types, checked as the national standards define them: resident ID
 * (GB 11643-1999), unified social credit code (GB 32100-2015), mainland mobile number. Each check
 * answers the problem's message code, or empty when the value is valid.
 */
public final class Identifiers {
  private static final int[] ID_WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
  private static final String ID_CHECK = "10X98765432";
  private static final Pattern ID_SHAPE = Pattern.compile("\\d{17}[\\dX]");
  private static final String CREDIT_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY";
  private static final int[] CREDIT_WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
  private static final Pattern MOBILE = Pattern.compile("1[3-9]\\d{9}");

  private Identifiers() {}

  /** The resident ID as stored: trimmed, {@code x} upper-cased. */
  public static String normaliseResidentId(String value) {
    return value == null ? null : value.strip().toUpperCase(Locale.ROOT);
  }

  public static String normaliseCreditCode(String value) {
    return value == null ? null : value.strip().toUpperCase(Locale.ROOT);
  }

  /** Mobile numbers may be typed with spaces or hyphens, or with +86 in front. */
  public static String normaliseMobile(String value) {
    if (value == null) {
      return null;
    }
    String digits = value.replaceAll("[\\s-]", "");
    if (digits.startsWith("+86")) {
      digits = digits.substring(3);
    }
    return digits;
  }

  /** {@code intake.idNumber.format}, {@code .birthDate} or {@code .checksum}; empty when valid. */
  public static Optional<String> residentIdProblem(String normalised, LocalDate today) {
    if (normalised == null || !ID_SHAPE.matcher(normalised).matches()) {
      return Optional.of("intake.idNumber.format");
    }
    try {
      LocalDate born = LocalDate.of(Integer.parseInt(normalised.substring(6, 10)),
          Integer.parseInt(normalised.substring(10, 12)), Integer.parseInt(normalised.substring(12, 14)));
      if (born.getYear() < 1900 || born.isAfter(today)) {
        return Optional.of("intake.idNumber.birthDate");
      }
    } catch (DateTimeException e) {
      return Optional.of("intake.idNumber.birthDate");
    }
    return residentIdCheck(normalised.substring(0, 17)) == normalised.charAt(17) ? Optional.empty()
        : Optional.of("intake.idNumber.checksum");
  }

  /** The check character of the first 17 digits of a resident ID. */
  public static char residentIdCheck(String first17) {
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += (first17.charAt(i) - '0') * ID_WEIGHTS[i];
    }
    return ID_CHECK.charAt(sum % 11);
  }

  /** {@code intake.creditCode.format} or {@code .checksum}; empty when valid. */
  public static Optional<String> creditCodeProblem(String normalised) {
    if (normalised == null || normalised.length() != 18) {
      return Optional.of("intake.creditCode.format");
    }
    for (int i = 0; i < 18; i++) {
      if (CREDIT_CHARS.indexOf(normalised.charAt(i)) < 0) {
        return Optional.of("intake.creditCode.format");
      }
    }
    return creditCodeCheck(normalised.substring(0, 17)) == normalised.charAt(17) ? Optional.empty()
        : Optional.of("intake.creditCode.checksum");
  }

  /** The check character of the first 17 characters of a unified social credit code. */
  public static char creditCodeCheck(String first17) {
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += CREDIT_CHARS.indexOf(first17.charAt(i)) * CREDIT_WEIGHTS[i];
    }
    int check = 31 - sum % 31;
    return CREDIT_CHARS.charAt(check == 31 ? 0 : check);
  }

  public static boolean isMobile(String normalised) {
    return normalised != null && MOBILE.matcher(normalised).matches();
  }
}
