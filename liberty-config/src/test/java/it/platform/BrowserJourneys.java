package it.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
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
    // read while it runs (a full pipe would stop the script), so a timeout can say where it was
    ByteArrayOutputStream read = new ByteArrayOutputStream();
    Thread reader = new Thread(() -> {
      try (var in = p.getInputStream()) {
        in.transferTo(read);
      } catch (IOException e) {
        // the process was destroyed: what was read is kept
      }
    }, "journey-output");
    reader.start();
    String output;
    try {
      boolean exited = p.waitFor(seconds, TimeUnit.SECONDS);
      if (!exited) {
        p.destroyForcibly();
      }
      reader.join(10_000);
      output = read.toString(StandardCharsets.UTF_8);
      assertTrue(exited, arguments[0] + " timed out after " + seconds + " s; its output:\n" + output);
    } finally {
      p.destroyForcibly();
    }
    System.out.println(output);
    assertEquals(0, p.exitValue(), arguments[0] + " failed:\n" + output);
    return output;
  }
}
