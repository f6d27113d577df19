package cn.ggzy.server.domain.model.inspection;

import java.util.regex.Pattern;

/** Checks of what officers type into rosters and plans. */
final class Inputs {
  /** Object codes and certificate numbers: ASCII only, so that their canonical order is plain byte order. */
  static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

  private Inputs() {}

  static String required(String text, int max, String field) {
    if (text == null || text.isBlank()) {
      throw new InspectionException("inspection.field.required", field);
    }
    String trimmed = text.strip();
    if (trimmed.length() > max) {
      throw new InspectionException("inspection.field.tooLong", field);
    }
    return trimmed;
  }

  static String optional(String text, int max, String field) {
    return text == null || text.isBlank() ? null : required(text, max, field);
  }

  static String code(String text, String field) {
    String value = required(text, 64, field);
    if (!CODE.matcher(value).matches()) {
      throw new InspectionException("inspection.code.invalid", field);
    }
    return value;
  }
}
