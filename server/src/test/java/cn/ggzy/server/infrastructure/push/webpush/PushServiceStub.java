package cn.ggzy.server.infrastructure.push.webpush;

import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.util.Arrays;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.crypto.Cipher;
import javax.crypto.KeyAgreement;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.generators.HKDFBytesGenerator;
import org.bouncycastle.crypto.params.HKDFParameters;

/**
 * A loopback browser push service. It holds the browser's side of each subscription (its P-256
 * key pair and auth secret), checks every request's VAPID authorisation (an ES256 JWT for this
 * origin, verified with the key the request names) and decrypts the aes128gcm body the way a
 * browser does (written here independently of the sender, with Bouncy Castle's HKDF).
 */
public final class PushServiceStub implements AutoCloseable {
  public record Subscription(String endpoint, String p256dh, String auth, KeyPair keys, byte[] secret) {}

  public record Received(String subscription, String vapidKey, String plaintext) {}

  private final HttpServer server;
  private final Map<String, Subscription> subscriptions = new ConcurrentHashMap<>();
  final Set<String> gone = ConcurrentHashMap.newKeySet();
  public final List<Received> received = new CopyOnWriteArrayList<>();
  public final List<String> refused = new CopyOnWriteArrayList<>();

  public PushServiceStub() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/push/", this::handle);
    server.start();
  }

  String origin() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  public Subscription subscribe(String id) throws Exception {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
    generator.initialize(new ECGenParameterSpec("secp256r1"));
    KeyPair keys = generator.generateKeyPair();
    byte[] secret = new byte[16];
    new SecureRandom().nextBytes(secret);
    Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
    Subscription s = new Subscription(origin() + "/push/" + id, b64.encodeToString(P256.raw((ECPublicKey) keys.getPublic())),
        b64.encodeToString(secret), keys, secret);
    subscriptions.put(id, s);
    return s;
  }

  private void handle(HttpExchange exchange) throws IOException {
    String id = exchange.getRequestURI().getPath().substring("/push/".length());
    byte[] body = exchange.getRequestBody().readAllBytes();
    int status;
    try {
      String vapidKey = checkVapid(exchange.getRequestHeaders().getFirst("Authorization"));
      if (!"aes128gcm".equals(exchange.getRequestHeaders().getFirst("Content-Encoding"))
          || exchange.getRequestHeaders().getFirst("TTL") == null) {
        throw new IllegalStateException("headers");
      }
      if (gone.contains(id)) {
        status = 410;
      } else {
        received.add(new Received(id, vapidKey, decrypt(subscriptions.get(id), body)));
        status = 201;
      }
    } catch (Exception e) {
      refused.add(id + ": " + e);
      status = 403;
    }
    exchange.sendResponseHeaders(status, -1);
    exchange.close();
  }

  /** Checks "vapid t=<jwt>, k=<key>": ES256 signature by k, audience this origin, not expired. */
  private String checkVapid(String authorization) throws Exception {
    if (authorization == null || !authorization.startsWith("vapid ")) {
      throw new IllegalStateException("no VAPID authorisation");
    }
    String t = null;
    String k = null;
    for (String part : authorization.substring(6).split(",")) {
      String[] kv = part.strip().split("=", 2);
      if (kv[0].equals("t")) {
        t = kv[1];
      } else if (kv[0].equals("k")) {
        k = kv[1];
      }
    }
    SignedJWT jwt = SignedJWT.parse(t);
    ECPublicKey key = P256.publicKey(Base64.getUrlDecoder().decode(k));
    if (!jwt.verify(new ECDSAVerifier(key)) || !"ES256".equals(jwt.getHeader().getAlgorithm().getName())) {
      throw new IllegalStateException("bad signature");
    }
    if (!jwt.getJWTClaimsSet().getAudience().equals(List.of(origin()))
        || !jwt.getJWTClaimsSet().getExpirationTime().after(new Date())
        || !jwt.getJWTClaimsSet().getSubject().startsWith("mailto:")) {
      throw new IllegalStateException("bad claims " + jwt.getJWTClaimsSet());
    }
    return k;
  }

  /** RFC 8291 on the receiving side: the browser's private key and secret open the record. */
  private static String decrypt(Subscription s, byte[] body) throws Exception {
    ByteBuffer in = ByteBuffer.wrap(body);
    byte[] salt = new byte[16];
    in.get(salt);
    int recordSize = in.getInt();
    byte[] senderKey = new byte[in.get() & 0xff];
    in.get(senderKey);
    byte[] ciphertext = new byte[in.remaining()];
    in.get(ciphertext);
    if (recordSize < 18 || ciphertext.length > recordSize) {
      throw new IllegalStateException("record size");
    }
    KeyAgreement ecdh = KeyAgreement.getInstance("ECDH");
    ecdh.init(s.keys().getPrivate());
    ecdh.doPhase(P256.publicKey(senderKey), true);
    byte[] shared = ecdh.generateSecret();
    byte[] receiverKey = P256.raw((ECPublicKey) s.keys().getPublic());
    byte[] ikm = hkdf(s.secret(), shared, concat("WebPush: info\0".getBytes(StandardCharsets.US_ASCII), receiverKey,
        senderKey), 32);
    byte[] cek = hkdf(salt, ikm, "Content-Encoding: aes128gcm\0".getBytes(StandardCharsets.US_ASCII), 16);
    byte[] nonce = hkdf(salt, ikm, "Content-Encoding: nonce\0".getBytes(StandardCharsets.US_ASCII), 12);
    Cipher aes = Cipher.getInstance("AES/GCM/NoPadding");
    aes.init(Cipher.DECRYPT_MODE, new SecretKeySpec(cek, "AES"), new GCMParameterSpec(128, nonce));
    byte[] padded = aes.doFinal(ciphertext);
    int end = padded.length - 1;
    while (end >= 0 && padded[end] == 0) {
      end--;
    }
    if (end < 0 || padded[end] != 2) {
      throw new IllegalStateException("not the last record");
    }
    return new String(Arrays.copyOf(padded, end), StandardCharsets.UTF_8);
  }

  private static byte[] hkdf(byte[] salt, byte[] ikm, byte[] info, int length) {
    HKDFBytesGenerator hkdf = new HKDFBytesGenerator(new SHA256Digest());
    hkdf.init(new HKDFParameters(ikm, salt, info));
    byte[] out = new byte[length];
    hkdf.generateBytes(out, 0, length);
    return out;
  }

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] p : parts) {
      out.writeBytes(p);
    }
    return out.toByteArray();
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
