package cn.ggzy.server.infrastructure.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.logging.Logger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The platform's secret for filers' identities: {@code platform.identity.key} (base64 of 32
 * bytes). Without it, on the embedded database only, one is generated once and kept in
 * {@code <platform.data.dir>/keys/identity.key} (back it up with the data: without it the
 * identities cannot be read). With a configured MongoDB the key must be configured, so that every
 * node uses the same one. The key itself is never logged.
 */
@ApplicationScoped
public class IdentityKey {
  private static final Logger LOG = Logger.getLogger(IdentityKey.class.getName());

  private Optional<String> configured;
  private Optional<String> mongoUri;
  private Path dataDir;
  private byte[] key;

  protected IdentityKey() {}

  @Inject
  public IdentityKey(@ConfigProperty(name = "platform.identity.key") Optional<String> configured,
      @ConfigProperty(name = "mongodb.uri") Optional<String> mongoUri,
      @ConfigProperty(name = "platform.data.dir") String dataDir) {
    this.configured = configured;
    this.mongoUri = mongoUri;
    this.dataDir = Path.of(dataDir);
  }

  /** The 256-bit key for AES-GCM. */
  public synchronized byte[] encryptionKey() {
    if (key == null) {
      key = load();
    }
    return key.clone();
  }

  /** A key for one purpose, derived from the platform key (HMAC-SHA-256 of the purpose's label). */
  public byte[] derive(String label) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(encryptionKey(), "HmacSHA256"));
      return mac.doFinal(("ggzy/intake/" + label).getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private byte[] load() {
    if (configured.isPresent() && !configured.get().isBlank()) {
      return decode(configured.get().strip(), "platform.identity.key");
    }
    if (mongoUri.isPresent() && !mongoUri.get().isBlank()) {
      throw new IllegalStateException("platform.identity.key (env PLATFORM_IDENTITY_KEY) must be configured "
          + "when mongodb.uri is set: base64 of 32 random bytes, the same on every node");
    }
    Path file = dataDir.resolve("keys").resolve("identity.key");
    try {
      if (!Files.exists(file)) {
        generate(file);
      }
      return decode(Files.readString(file, StandardCharsets.US_ASCII).strip(), file.toString());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read or create " + file, e);
    }
  }

  private static void generate(Path file) throws IOException {
    byte[] fresh = new byte[32];
    new SecureRandom().nextBytes(fresh);
    Files.createDirectories(file.getParent());
    Path tmp = file.resolveSibling("identity.key.tmp");
    Files.deleteIfExists(tmp);
    try {
      Files.createFile(tmp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
    } catch (UnsupportedOperationException e) {
      Files.createFile(tmp);
    }
    Files.writeString(tmp, Base64.getEncoder().encodeToString(fresh) + "\n", StandardCharsets.US_ASCII);
    try (var channel = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
      channel.force(true);
    }
    try {
      Files.createLink(file, tmp);
      LOG.warning(() -> "No platform.identity.key configured: generated a new identity encryption key in " + file
          + " (keep it with the database backups; without it filers' identities cannot be read)");
    } catch (FileAlreadyExistsException e) {
      // another start won the race: use its key
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  private static byte[] decode(String base64, String where) {
    byte[] bytes;
    try {
      bytes = Base64.getDecoder().decode(base64);
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException(where + " is not base64");
    }
    if (bytes.length != 32) {
      throw new IllegalStateException(where + " must be 32 bytes (256 bits), base64-encoded");
    }
    return bytes;
  }
}
