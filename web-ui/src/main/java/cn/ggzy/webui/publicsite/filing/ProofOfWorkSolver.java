package cn.ggzy.webui.publicsite.filing;

import cn.ggzy.server.application.IntakeViews.Challenge;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.function.SerializableConsumer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * Solves the backend's proof-of-work challenge in the browser (crypto.subtle SHA-256; no module,
 * no third-party service): the script {@code proof-of-work.js} is sent with {@code executeJs}.
 */
final class ProofOfWorkSolver {
  static final Duration TIME_LIMIT = Duration.ofSeconds(90);
  static final String SCRIPT = load();

  private ProofOfWorkSolver() {}

  /**
   * Calls {@code found} in the UI with the counter, or with null when none was found in time;
   * {@code failed} when the browser could not run the script.
   */
  static void solve(UI ui, Challenge challenge, SerializableConsumer<String> found,
      SerializableConsumer<String> failed) {
    ui.getPage().executeJs(SCRIPT, challenge.challenge() + ":", challenge.difficulty(), (int) TIME_LIMIT.toMillis())
        .then(String.class, found, failed);
  }

  private static String load() {
    try (InputStream in = ProofOfWorkSolver.class.getResourceAsStream("proof-of-work.js")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
