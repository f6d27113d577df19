package cn.ggzy.server.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.ggzy.server.domain.model.inspection.DrawRefusedException;
import cn.ggzy.server.domain.model.inspection.Verification;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every refusal of random inspections reads in Chinese and English. */
class InspectionMessagesTest {
  private static final Pattern CODE = Pattern.compile(
      "(?:InspectionException|StateConflictException|AccessDeniedException)\\(\"(inspection\\.[A-Za-z.]+)\", ");

  @Test
  void everyCodeThrownHasBothTexts() throws IOException {
    Set<String> codes = new TreeSet<>();
    try (Stream<Path> files = Files.walk(Path.of("src/main/java/cn/ggzy/server"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        Matcher m = CODE.matcher(Files.readString(file));
        while (m.find()) {
          codes.add(m.group(1));
        }
      }
    }
    for (String state : new String[] {"draft", "committed", "drawn"}) {
      codes.add("inspection.plan.status." + state);
    }
    for (DrawRefusedException.Reason reason : DrawRefusedException.Reason.values()) {
      codes.add(reason.code());
      if (reason != DrawRefusedException.Reason.NO_OBJECTS) {
        codes.add(reason.code() + ".detail");
      }
    }
    Verification.CHECKS.forEach(check -> codes.add("inspection.verify.check." + check));
    assertTrue(codes.size() > 40, "the scan found the codes: " + codes);
    codes.remove("inspection.task.notMember");
    for (String code : codes) {
      assertNotEquals(code, Messages.chinese(code), code + " has no Chinese text");
      assertNotEquals(code, Messages.english(code), code + " has no English text");
    }
    assertEquals("您不是该检查组成员", Messages.chinese("inspection.task.notMember"));
  }

  @Test
  void bothBundlesHaveTheSameKeys() throws IOException {
    assertEquals(keys("inspection-messages.properties"), keys("inspection-messages_en.properties"));
  }

  private static Set<String> keys(String name) throws IOException {
    Properties p = new Properties();
    try (InputStream in = InspectionMessagesTest.class.getResourceAsStream("/cn/ggzy/server/" + name)) {
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return new TreeSet<>(p.stringPropertyNames());
  }
}
