package cn.ggzy.server.infrastructure.messaging;

import cn.ggzy.server.domain.model.intake.FilerMessenger;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The stand-in for an SMS gateway until a region contracts one. It keeps the last messages in this
 * node's memory and, when {@code platform.sms.spool-dir} names a directory, also writes each one
 * there as a file of two lines (number, text), written whole and then renamed into place, for a
 * gateway's forwarder (or the tests) to pick up. It logs only that a message was sent.
 */
@ApplicationScoped
public class SpoolFilerMessenger implements FilerMessenger {
  private static final Logger LOG = Logger.getLogger(SpoolFilerMessenger.class.getName());

  /** One message as it would have been sent. */
  public record Sent(String phone, String text) {}

  private final KeptMessages<Sent> sent = new KeptMessages<>();
  private final AtomicLong sequence = new AtomicLong();
  private Optional<Path> spool = Optional.empty();

  public SpoolFilerMessenger() {}

  @Inject
  public SpoolFilerMessenger(@ConfigProperty(name = "platform.sms.spool-dir") Optional<String> spoolDir) {
    this.spool = spoolDir.filter(s -> !s.isBlank()).map(Path::of);
  }

  @Override
  public void send(String phone, String text) {
    sent.add(new Sent(phone, text));
    spool.ifPresent(dir -> write(dir, phone, text));
    LOG.fine("filer message sent (stand-in gateway)");
  }

  private void write(Path dir, String phone, String text) {
    try {
      Files.createDirectories(dir);
      String name = String.format("%013d-%06d", System.nanoTime() / 1000, sequence.incrementAndGet() % 1_000_000);
      Path partial = dir.resolve(name + ".part");
      Files.writeString(partial, phone + "\n" + text + "\n", StandardCharsets.UTF_8);
      Files.move(partial, dir.resolve(name + ".sms"), StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("the SMS spool cannot be written", e);
    }
  }

  /** The messages kept, oldest first. */
  public List<Sent> sent() {
    return sent.all();
  }
}
