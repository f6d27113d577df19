package cn.ggzy.server.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every credit error code thrown anywhere in the server reads in Chinese and in English. */
class CreditMessagesTest {
  private static final Pattern THROWN = Pattern.compile(
      "(?:CreditException\\(|DomainException\\(|CreditTexts\\.required\\([^;]*?)\"(credit\\.[^\"]+)\"");

  @Test
  void everyCreditCodeHasAChineseAndAnEnglishText() throws IOException {
    Set<String> codes = new TreeSet<>();
    try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        Matcher m = THROWN.matcher(Files.readString(file));
        while (m.find()) {
          codes.add(m.group(1));
        }
      }
    }
    assertTrue(codes.size() > 50, "the scan found the credit codes: " + codes);
    for (String code : codes) {
      assertNotEquals(code, Messages.chinese(code), code + " has no Chinese text");
      assertNotEquals(code, Messages.english(code), code + " has no English text");
      assertNotEquals(Messages.chinese(code), Messages.english(code), code);
    }
    assertEquals("公示期短于该失信等级的最短期限（严重失信至少6个月，一般失信至少3个月）",
        Messages.chinese("credit.blacklist.period.tooShort"));
  }
}
