package cn.ggzy.server.domain.model.enforcement;

/** Checks of free text typed by officers. */
final class OfficerTexts {
  private OfficerTexts() {}

  static String required(String text, int max, String code, String field) {
    if (text == null || text.isBlank()) {
      throw new CaseException(code, field);
    }
    String trimmed = text.strip();
    if (trimmed.length() > max) {
      throw new CaseException("case.text.tooLong", field);
    }
    return trimmed;
  }

  static String optional(String text, int max, String field) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String trimmed = text.strip();
    if (trimmed.length() > max) {
      throw new CaseException("case.text.tooLong", field);
    }
    return trimmed;
  }
}
