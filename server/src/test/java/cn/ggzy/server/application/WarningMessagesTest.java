package cn.ggzy.server.application;

import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class WarningMessagesTest {
  @Test
  void everyImportAndWarningCodeReadsInChineseAndEnglish() throws IOException {
    Properties zh = new Properties();
    try (InputStream in = getClass().getResourceAsStream("/cn/ggzy/server/rigging-messages.properties")) {
      zh.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    int checked = 0;
    for (String code : zh.stringPropertyNames()) {
      if (code.startsWith("rigging.import.") || code.startsWith("rigging.warning.") || code.startsWith("rigging.evidence.")) {
        assertNotEquals(code, Messages.english(code), code + " has no English text");
        assertNotEquals(Messages.chinese(code), Messages.english(code), code);
        checked++;
      }
    }
    assertNotEquals(0, checked);
  }
}
