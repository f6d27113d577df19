package cn.ggzy.server.infrastructure.security;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.logging.Logger;
import org.bson.Document;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The RSA key pair that signs mobile API tokens. Generated on first start when not configured and
 * kept in the database (so that every node of a cluster signs with the same key; the first node
 * to insert it wins). Each node writes the public key where MicroProfile JWT reads it
 * ({@code mp.jwt.verify.publickey.location}).
 */
@ApplicationScoped
public class SigningKeys {
  private static final Logger LOG = Logger.getLogger(SigningKeys.class.getName());
  private static final String KEY_ID = "jwt-signing";

  private MongoDatabase database;
  private Path publicKeyFile;
  private RSAPrivateKey privateKey;
  private RSAPublicKey publicKey;

  protected SigningKeys() {}

  @Inject
  public SigningKeys(MongoDatabase database,
      @ConfigProperty(name = "platform.jwt.publickey.file") String publicKeyFile) {
    this.database = database;
    this.publicKeyFile = Path.of(publicKeyFile);
  }

  /** Loads (or generates) the key pair and publishes the public key file. Idempotent. */
  public synchronized void ensure() {
    if (privateKey != null) {
      return;
    }
    MongoCollection<Document> keys = database.getCollection("platform_keys");
    Document stored = keys.find(Filters.eq("_id", KEY_ID)).first();
    if (stored == null) {
      KeyPair generated = generate();
      Document fresh = new Document("_id", KEY_ID)
          .append("private", b64(generated.getPrivate().getEncoded()))
          .append("public", b64(generated.getPublic().getEncoded()));
      try {
        keys.insertOne(fresh);
        LOG.info("Generated the token signing key pair");
        stored = fresh;
      } catch (MongoWriteException e) {
        if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
          throw e;
        }
        stored = keys.find(Filters.eq("_id", KEY_ID)).first();
      }
    }
    try {
      KeyFactory rsa = KeyFactory.getInstance("RSA");
      privateKey = (RSAPrivateKey) rsa.generatePrivate(
          new PKCS8EncodedKeySpec(Base64.getDecoder().decode(stored.getString("private"))));
      publicKey = (RSAPublicKey) rsa.generatePublic(
          new X509EncodedKeySpec(Base64.getDecoder().decode(stored.getString("public"))));
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
      Files.move(tmp, publicKeyFile, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
          java.nio.file.StandardCopyOption.ATOMIC_MOVE);
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
