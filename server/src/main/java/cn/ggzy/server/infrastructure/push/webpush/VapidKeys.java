package cn.ggzy.server.infrastructure.push.webpush;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.util.Base64;
import java.util.Optional;
import java.util.logging.Logger;
import org.bson.Document;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The VAPID key pair (P-256) that identifies this platform to browsers' push services. Taken from
 * configuration ({@code platform.push.webpush.vapid.public-key} / {@code private-key}, base64url
 * raw keys as web-push tools print them), else generated on first start and kept in the database
 * like the token signing key, so every node signs with the same key and subscriptions survive
 * restarts.
 */
@ApplicationScoped
public class VapidKeys {
  private static final Logger LOG = Logger.getLogger(VapidKeys.class.getName());
  private static final String KEY_ID = "vapid";

  private MongoDatabase database;
  private Optional<String> configuredPublic = Optional.empty();
  private Optional<String> configuredPrivate = Optional.empty();
  private ECPublicKey publicKey;
  private ECPrivateKey privateKey;

  protected VapidKeys() {}

  @Inject
  public VapidKeys(MongoDatabase database,
      @ConfigProperty(name = "platform.push.webpush.vapid.public-key") Optional<String> configuredPublic,
      @ConfigProperty(name = "platform.push.webpush.vapid.private-key") Optional<String> configuredPrivate) {
    this.database = database;
    this.configuredPublic = configuredPublic.filter(k -> !k.isBlank());
    this.configuredPrivate = configuredPrivate.filter(k -> !k.isBlank());
  }

  public synchronized ECPublicKey publicKey() {
    ensure();
    return publicKey;
  }

  public synchronized ECPrivateKey privateKey() {
    ensure();
    return privateKey;
  }

  /** The public key as browsers take it ({@code applicationServerKey}): base64url of the raw point. */
  public String applicationServerKey() {
    return b64url(P256.raw(publicKey()));
  }

  private void ensure() {
    if (publicKey != null) {
      return;
    }
    if (configuredPublic.isPresent() && configuredPrivate.isPresent()) {
      publicKey = P256.publicKey(decode(configuredPublic.get()));
      privateKey = P256.privateKey(decode(configuredPrivate.get()));
      return;
    }
    MongoCollection<Document> keys = database.getCollection("platform_keys");
    Document stored = keys.find(Filters.eq("_id", KEY_ID)).first();
    if (stored == null) {
      KeyPair pair = generate();
      Document fresh = new Document("_id", KEY_ID)
          .append("public", b64url(P256.raw((ECPublicKey) pair.getPublic())))
          .append("private", b64url(P256.raw((ECPrivateKey) pair.getPrivate())));
      try {
        keys.insertOne(fresh);
        LOG.info("Generated the Web Push (VAPID) key pair");
        stored = fresh;
      } catch (MongoWriteException e) {
        if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
          throw e;
        }
        stored = keys.find(Filters.eq("_id", KEY_ID)).first();
      }
    }
    publicKey = P256.publicKey(decode(stored.getString("public")));
    privateKey = P256.privateKey(decode(stored.getString("private")));
  }

  private static KeyPair generate() {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
      generator.initialize(new ECGenParameterSpec("secp256r1"));
      return generator.generateKeyPair();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  static String b64url(byte[] bytes) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  static byte[] decode(String b64url) {
    return Base64.getUrlDecoder().decode(b64url.strip().replace('+', '-').replace('/', '_').replace("=", ""));
  }
}
