package cn.ggzy.server.infrastructure.security;

import cn.ggzy.server.infrastructure.persistence.mongo.PlatformKeyStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The RSA key pair that signs mobile API tokens. Generated on first start when not configured and
 * kept in the database (so that every node of a cluster signs with the same key; the first node
 * to insert it wins). Each node writes the public key where MicroProfile JWT reads it
 * ({@code mp.jwt.verify.publickey.location}).
 */
@ApplicationScoped
public class SigningKeys {
  private static final String KEY_ID = "jwt-signing";

  private PlatformKeyStore keys;
  private Path publicKeyFile;
  private RSAPrivateKey privateKey;
  private RSAPublicKey publicKey;

  protected SigningKeys() {}

  @Inject
  public SigningKeys(PlatformKeyStore keys,
      @ConfigProperty(name = "platform.jwt.publickey.file") String publicKeyFile) {
    this.keys = keys;
    this.publicKeyFile = Path.of(publicKeyFile);
  }

  /** Loads (or generates) the key pair and publishes the public key file. Idempotent. */
  public synchronized void ensure() {
    if (privateKey != null) {
      return;
    }
    PlatformKeyStore.StoredPair stored = keys.pair(KEY_ID, () -> {
      KeyPair generated = generate();
      return new PlatformKeyStore.StoredPair(b64(generated.getPublic().getEncoded()),
          b64(generated.getPrivate().getEncoded()));
    });
    try {
      KeyFactory rsa = KeyFactory.getInstance("RSA");
      privateKey = (RSAPrivateKey) rsa.generatePrivate(
          new PKCS8EncodedKeySpec(Base64.getDecoder().decode(stored.privatePart())));
      publicKey = (RSAPublicKey) rsa.generatePublic(
          new X509EncodedKeySpec(Base64.getDecoder().decode(stored.publicPart())));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("stored signing key is unreadable", e);
    }
    writePublicKey();
  }

  public RSAPrivateKey privateKey() {
    ensure();
    return privateKey;
  }

  public RSAPublicKey publicKey() {
    ensure();
    return publicKey;
  }

  public String keyId() {
    return KEY_ID;
  }

  private void writePublicKey() {
    String pem = "-----BEGIN PUBLIC KEY-----\n"
        + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(publicKey.getEncoded())
        + "\n-----END PUBLIC KEY-----\n";
    try {
      Files.createDirectories(publicKeyFile.getParent());
      Path tmp = publicKeyFile.resolveSibling(publicKeyFile.getFileName() + ".tmp");
      Files.writeString(tmp, pem, StandardCharsets.US_ASCII);
      Files.move(tmp, publicKeyFile, StandardCopyOption.REPLACE_EXISTING,
          StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + publicKeyFile, e);
    }
  }

  private static KeyPair generate() {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(2048);
      return generator.generateKeyPair();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String b64(byte[] bytes) {
    return Base64.getEncoder().encodeToString(bytes);
  }
}
