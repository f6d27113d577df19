package cn.ggzy.server.application;

import static org.junit.jupiter.api.Assertions.assertTrue;

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

/** Every refusal and every check-in finding of 标后监管 reads in Chinese and English. */
class SiteMessagesTest {
  private static final Pattern CODE = Pattern.compile(
      "(?:Exception|RuleFinding)\\(\"(site\\.[A-Za-z.]*[A-Za-z])\"");

  private static Properties bundle(String name) throws IOException {
    Properties p = new Properties();
    for (String b : new String[] {"site-messages", "site-record-messages"}) {
      try (InputStream in = SiteMessagesTest.class.getResourceAsStream("/cn/ggzy/server/" + b + name)) {
        p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      }
    }
    return p;
  }

  @Test
  void everyCodeThrownOrFoundHasBothTexts() throws IOException {
    Set<String> codes = new TreeSet<>();
    try (Stream<Path> files = Files.walk(Path.of("src/main/java/cn/ggzy/server"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        Matcher m = CODE.matcher(Files.readString(file));
        while (m.find()) {
          codes.add(m.group(1));
        }
      }
    }
    for (String kind : new String[] {"video", "audio", "photo"}) {
      codes.add("site.record.tooLarge." + kind);
    }
    assertTrue(codes.size() > 40, "the scan found the codes: " + codes);
    Properties zh = bundle(".properties");
    Properties en = bundle("_en.properties");
    for (String code : codes) {
      assertTrue(zh.containsKey(code), "no Chinese text for " + code);
      assertTrue(en.containsKey(code), "no English text for " + code);
    }
    for (Object key : zh.keySet()) {
      assertTrue(en.containsKey(key), "no English text for " + key);
    }
  }
}
