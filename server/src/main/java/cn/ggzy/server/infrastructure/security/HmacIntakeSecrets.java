package cn.ggzy.server.infrastructure.security;

import cn.ggzy.server.domain.service.IntakeSecrets;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** HMAC-SHA-256 under per-purpose keys derived from {@link IdentityKey}. */
@ApplicationScoped
public class HmacIntakeSecrets implements IntakeSecrets {
  private IdentityKey key;
  private final Map<String, SecretKeySpec> keys = new ConcurrentHashMap<>();

  protected HmacIntakeSecrets() {}

  @Inject
  public HmacIntakeSecrets(IdentityKey key) {
    this.key = key;
  }

  @Override
  public byte[] mac(String purpose, String data) {
    SecretKeySpec spec = keys.computeIfAbsent(purpose,
        p -> new SecretKeySpec(key.derive("mac/" + p), "HmacSHA256"));
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(spec);
      return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
