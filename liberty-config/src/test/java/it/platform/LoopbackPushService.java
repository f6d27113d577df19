package it.platform;

import com.sun.net.httpserver.HttpServer;
import java.math.BigInteger;
import java.net.InetSocketAddress;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A browser push service on loopback for the journeys: it hands out one subscription (its address
 * here, and a real P-256 key and auth secret, so the server can encrypt for it) and records each
 * push the platform sends: its headers and size. (Decryption is checked in the server's tests.)
 */
final class LoopbackPushService implements AutoCloseable {
  /** One push as received: the VAPID authorisation, the content encoding, the body's size. */
  record Push(String authorization, String encoding, int bytes) {}

  private final HttpServer server;
  final List<Push> received = new CopyOnWriteArrayList<>();
  final String endpoint;
  final String p256dh;
  final String auth;

  LoopbackPushService() throws Exception {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/push/", exchange -> {
      byte[] body = exchange.getRequestBody().readAllBytes();
      received.add(new Push(exchange.getRequestHeaders().getFirst("Authorization"),
          exchange.getRequestHeaders().getFirst("Content-Encoding"), body.length));
      exchange.sendResponseHeaders(201, -1);
      exchange.close();
    });
    server.start();
    endpoint = "http://127.0.0.1:" + server.getAddress().getPort() + "/push/journey";
    KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
    generator.initialize(new ECGenParameterSpec("secp256r1"));
    ECPublicKey key = (ECPublicKey) generator.generateKeyPair().getPublic();
    byte[] point = new byte[65];
    point[0] = 4;
    copy(key.getW().getAffineX(), point, 1);
    copy(key.getW().getAffineY(), point, 33);
    byte[] secret = new byte[16];
    new SecureRandom().nextBytes(secret);
    Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
    p256dh = b64.encodeToString(point);
    auth = b64.encodeToString(secret);
  }

  private static void copy(BigInteger coordinate, byte[] into, int at) {
    byte[] raw = coordinate.toByteArray();
    int n = Math.min(raw.length, 32);
    System.arraycopy(raw, raw.length - n, into, at + 32 - n, n);
  }

  /** The pushes received, once the first came (waiting up to {@code seconds}) and a little longer. */
  List<Push> awaitPushes(int seconds) throws InterruptedException {
    for (long until = System.nanoTime() + seconds * 1_000_000_000L; System.nanoTime() < until; ) {
      if (!received.isEmpty()) {
        Thread.sleep(3000);
        break;
      }
      Thread.sleep(300);
    }
    return List.copyOf(received);
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
