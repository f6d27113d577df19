package cn.ggzy.server.infrastructure.push.webpush;

import cn.ggzy.server.infrastructure.persistence.mongo.PlatformKeyStore;
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
  private static final String KEY_ID = "vapid";

  private PlatformKeyStore keys;
  private Optional<String> configuredPublic = Optional.empty();
  private Optional<String> configuredPrivate = Optional.empty();
  private ECPublicKey publicKey;
  private ECPrivateKey privateKey;

  protected VapidKeys() {}

  @Inject
  public VapidKeys(PlatformKeyStore keys,
      @ConfigProperty(name = "platform.push.webpush.vapid.public-key") Optional<String> configuredPublic,
      @ConfigProperty(name = "platform.push.webpush.vapid.private-key") Optional<String> configuredPrivate) {
    this.keys = keys;
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
    PlatformKeyStore.StoredPair stored = keys.pair(KEY_ID, () -> {
      KeyPair pair = generate();
      return new PlatformKeyStore.StoredPair(b64url(P256.raw((ECPublicKey) pair.getPublic())),
          b64url(P256.raw((ECPrivateKey) pair.getPrivate())));
    });
    publicKey = P256.publicKey(decode(stored.publicPart()));
    privateKey = P256.privateKey(decode(stored.privatePart()));
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
