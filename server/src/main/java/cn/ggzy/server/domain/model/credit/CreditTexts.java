package cn.ggzy.server.domain.model.credit;

/** Checks of free text typed by officers or applicants. */
final class CreditTexts {
  private CreditTexts() {}

  static String required(String text, int max, String code, String field) {
    if (text == null || text.isBlank()) {
      throw new CreditException(code, field);
    }
    return optional(text, max, field);
  }

  static String optional(String text, int max, String field) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String trimmed = text.strip();
    if (trimmed.length() > max) {
      throw new CreditException("credit.text.tooLong", field);
    }
    return trimmed;
  }
}
