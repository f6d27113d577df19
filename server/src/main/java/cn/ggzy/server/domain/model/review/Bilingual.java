package cn.ggzy.server.domain.model.review;

/** A text of the rule book in Chinese and English, written {@code 中文 | English} in the file. */
public record Bilingual(String zh, String en) {

  static Bilingual parse(String written) {
    int bar = written.indexOf(" | ");
    if (bar < 0) {
      return new Bilingual(written.strip(), written.strip());
    }
    return new Bilingual(written.substring(0, bar).strip(), written.substring(bar + 3).strip());
  }

  /** The text in the reader's language: English for {@code en}, else Chinese. */
  public String in(String language) {
    return "en".equals(language) ? en : zh;
  }
}
