package cn.ggzy.server.infrastructure.push.webpush;

import cn.ggzy.server.application.DevicePush;
import cn.ggzy.server.domain.model.notification.Device;
import cn.ggzy.server.domain.model.notification.DeviceChannel;
import cn.ggzy.server.infrastructure.time.SystemTime;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Web Push to browsers' push services: one POST per subscription, the message encrypted for it
 * (aes128gcm) and signed for the service with the platform's VAPID key. 404/410 mean the
 * subscription is gone; 429 and 5xx are tried again later. The payload is JSON:
 * {@code {"title", "body", "data": {...}}}, which the service worker ({@code offline-sw.js}) shows.
 */
@ApplicationScoped
public class WebPushDevicePush implements DevicePush {
  private static final Logger LOG = Logger.getLogger(WebPushDevicePush.class.getName());

  private VapidKeys keys;
  private String subject;
  private Clock clock;
  private HttpClient http;

  protected WebPushDevicePush() {}

  @Inject
  public WebPushDevicePush(VapidKeys keys,
      @ConfigProperty(name = "platform.push.webpush.subject", defaultValue = "mailto:supervision@localhost")
      String subject, @SystemTime Clock clock) {
    this.keys = keys;
    this.subject = subject;
    this.clock = clock;
    this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  }

  @Override
  public DeviceChannel channel() {
    return DeviceChannel.WEB_PUSH;
  }

  @Override
  public boolean enabled() {
    return true;
  }

  @Override
  public Optional<String> applicationServerKey() {
    return Optional.of(keys.applicationServerKey());
  }

  @Override
  public List<Outcome> send(Message message, List<Device> devices) {
    byte[] payload = payload(message);
    List<Outcome> outcomes = new ArrayList<>();
    for (Device device : devices) {
      outcomes.add(sendOne(payload, device));
    }
    return outcomes;
  }

  private Outcome sendOne(byte[] payload, Device device) {
    try {
      URI endpoint = URI.create(device.address());
      byte[] body = PushEncryption.encrypt(payload, VapidKeys.decode(device.p256dh()), VapidKeys.decode(device.auth()));
      HttpRequest request = HttpRequest.newBuilder(endpoint)
          .timeout(Duration.ofSeconds(20))
          .header("TTL", "86400")
          .header("Urgency", "high")
          .header("Content-Encoding", "aes128gcm")
          .header("Content-Type", "application/octet-stream")
          .header("Authorization", "vapid t=" + vapidToken(endpoint) + ", k=" + keys.applicationServerKey())
          .POST(HttpRequest.BodyPublishers.ofByteArray(body))
          .build();
      int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
      if (status >= 200 && status < 300) {
        return Outcome.SENT;
      }
      if (status == 404 || status == 410) {
        return Outcome.GONE;
      }
      LOG.warning(() -> "Web Push service answered " + status + "; trying again later");
      return Outcome.RETRY;
    } catch (IllegalArgumentException e) {
      LOG.log(Level.WARNING, "unusable Web Push subscription; removing it", e);
      return Outcome.GONE;
    } catch (IOException e) {
      return Outcome.RETRY;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Outcome.RETRY;
    }
  }

  /** The VAPID JWT (ES256) for the push service at {@code endpoint}'s origin, valid 12 hours. */
  String vapidToken(URI endpoint) {
    String audience = endpoint.getScheme() + "://" + endpoint.getHost()
        + (endpoint.getPort() == -1 ? "" : ":" + endpoint.getPort());
    JWTClaimsSet claims = new JWTClaimsSet.Builder().audience(audience).subject(subject)
        .expirationTime(Date.from(clock.instant().plus(Duration.ofHours(12)))).build();
    SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.ES256).type(JOSEObjectType.JWT).build(), claims);
    try {
      jwt.sign(new ECDSASigner(keys.privateKey()));
    } catch (JOSEException e) {
      throw new IllegalStateException(e);
    }
    return jwt.serialize();
  }

  private static byte[] payload(Message message) {
    JsonObjectBuilder data = Json.createObjectBuilder();
    message.data().forEach(data::add);
    return Json.createObjectBuilder().add("title", message.title()).add("body", message.body()).add("data", data)
        .build().toString().getBytes(StandardCharsets.UTF_8);
  }
}
