package cn.ggzy.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * No test reads the wall clock: every test of every module (Java, and the browser journeys'
 * scripts) takes its time from a fixed, injected clock (the server's TestClock, the test server's
 * {@code platform.clock.start}), so the suite passes on any date. Source-level, because the tests
 * of the other modules are not on this module's class path.
 */
class TestsReadNoWallClockTest {
  private static final Path ROOT = SourceFiles.ROOT;
  private static final List<String> TEST_SOURCES = List.of("tenants/src/test", "server/src/test",
      "mobile-api/src/test", "web-ui/src/test", "liberty-config/src/test");
  /** now() or now(ZoneId…) of a java.time type (now(clock) is fine), Clock.system…(). */
  static final Pattern JAVA = Pattern.compile("\\b(Instant|LocalDate|LocalDateTime|LocalTime|ZonedDateTime"
      + "|OffsetDateTime|OffsetTime|Year|YearMonth|MonthDay)\\.now\\((?![^)]*[cC]lock)|\\bClock\\.system");
  /** Date.now() or a Date of the current moment in a browser journey. */
  static final Pattern SCRIPT = Pattern.compile("\\bDate\\.now\\(|new Date\\(\\s*\\)");

  @Test
  void theRuleSeesWallClockReadsAndLetsInjectedClocksPass() {
    assertTrue(JAVA.matcher("LocalDate today = LocalDate.now(ZoneId.of(\"Asia/Shanghai\"));").find());
    assertTrue(JAVA.matcher("Instant before = Instant.now();").find());
    assertTrue(JAVA.matcher("new Registration(s, r, java.time.Clock.systemUTC(), 10)").find());
    assertTrue(!JAVA.matcher("LocalDate.now(clock.withZone(ZONE))").find());
    assertTrue(!JAVA.matcher("Instant at = TestClock.now();").find());
    assertTrue(SCRIPT.matcher("const started = Date.now();").find());
    assertTrue(!SCRIPT.matcher("new Date('2026-12-14T10:00:00+08:00')").find());
  }

  @Test
  void noTestOfAnyModuleReadsTheWallClock() {
    List<String> found = new ArrayList<>();
    SourceFiles.under(TEST_SOURCES, getClass().getSimpleName() + ".java").forEach(f -> scan(f, found));
    assertEquals(List.of(), found, "tests must take their time from a fixed, injected clock");
  }

  private static void scan(Path file, List<String> found) {
    String name = file.getFileName().toString();
    Pattern rule = name.endsWith(".java") ? JAVA : name.endsWith(".mjs") || name.endsWith(".js") ? SCRIPT : null;
    if (rule == null) {
      return;
    }
    try {
      List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
      for (int i = 0; i < lines.size(); i++) {
        if (rule.matcher(lines.get(i)).find()) {
          found.add(ROOT.relativize(file) + ":" + (i + 1) + ": " + lines.get(i).strip());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
