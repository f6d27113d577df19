package it.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The browser journeys (scripts of {@code it.browser.dir}) run with node from the ITs. */
final class BrowserJourneys {
  private BrowserJourneys() {}

  /** Runs {@code arguments} (the script first) with node; its output, once it exited 0 within the time. */
  static String run(int seconds, String... arguments) throws Exception {
    List<String> command = new ArrayList<>(List.of("node"));
    command.addAll(List.of(arguments));
    Process p = new ProcessBuilder(command).directory(new File(System.getProperty("it.browser.dir")))
        .redirectErrorStream(true).start();
    String output;
    try (var in = p.getInputStream()) {
      assertTrue(p.waitFor(seconds, TimeUnit.SECONDS), arguments[0] + " timed out");
      output = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } finally {
      p.destroyForcibly();
    }
    System.out.println(output);
    assertEquals(0, p.exitValue(), arguments[0] + " failed:\n" + output);
    return output;
  }
}
