package it.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;

/** A small real-HTTP client for the integration tests. */
final class Http {
  static final String BASE = "http://localhost:" + System.getProperty("it.http.port", "9180");
  /**
   * The test server's day in Shanghai: its clock starts at {@code it.clock.start} (the server's
   * {@code platform.clock.start}), so no test depends on the date it runs on.
   */
  static final LocalDate TODAY = OffsetDateTime.parse(
      System.getProperty("it.clock.start", "2026-12-14T10:00:00+08:00"))
      .atZoneSameInstant(ZoneId.of("Asia/Shanghai")).toLocalDate();
  private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  private Http() {}

  /**
   * A GET over the test server's HTTPS port (its self-signed certificate trusted, for this test
   * only), with Basic credentials when {@code user} is given; redirects are not followed.
   */
  static HttpResponse<String> getOverHttps(String path, String user, String password)
      throws IOException, InterruptedException {
    TrustManager trustAll = new X509TrustManager() {
      @Override
      public void checkClientTrusted(X509Certificate[] chain, String authType) {}

      @Override
      public void checkServerTrusted(X509Certificate[] chain, String authType) {}

      @Override
      public X509Certificate[] getAcceptedIssuers() {
        return new X509Certificate[0];
      }
    };
    SSLContext tls;
    try {
      tls = SSLContext.getInstance("TLS");
      tls.init(null, new TrustManager[] {trustAll}, null);
    } catch (GeneralSecurityException e) {
      throw new IOException(e);
    }
    HttpClient client = HttpClient.newBuilder().sslContext(tls).connectTimeout(Duration.ofSeconds(10)).build();
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(
        "https://localhost:" + System.getProperty("it.https.port", "9543") + path)).timeout(Duration.ofSeconds(30)).GET();
    if (user != null) {
      b.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
          (user + ":" + password).getBytes(StandardCharsets.UTF_8)));
    }
    return client.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  static HttpResponse<String> get(String path, String token) throws IOException, InterruptedException {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(BASE + path)).timeout(Duration.ofSeconds(30)).GET();
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    return CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  static HttpResponse<String> post(String path, String json, String token) throws IOException, InterruptedException {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(BASE + path)).timeout(Duration.ofSeconds(30))
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json));
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    return CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  static HttpResponse<String> send(String method, String path, String contentType, String body, String token)
      throws IOException, InterruptedException {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(BASE + path)).timeout(Duration.ofSeconds(30))
        .header("Content-Type", contentType).method(method, HttpRequest.BodyPublishers.ofString(body));
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    return CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  static JsonObject json(HttpResponse<String> response) {
    try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
      return reader.readObject();
    }
  }

  /** Passwords the tests changed (login → password): an initial password's token is refused by the API. */
  private static final Map<String, String> CHANGED = new ConcurrentHashMap<>();

  /** The password {@code login} has now: {@code initial} until {@link #token} had to change it. */
  static String password(String login, String initial) {
    return CHANGED.getOrDefault(login, initial);
  }

  /**
   * A token of {@code login}; an account that must still change its initial password changes it
   * first (the API refuses such an account's tokens), and later calls use the new password.
   */
  static String token(String login, String password) throws IOException, InterruptedException {
    String current = password(login, password);
    JsonObject issued = logIn(login, current);
    if (issued.getBoolean("mustChangePassword")) {
      String changed = "It-" + UUID.randomUUID().toString().substring(0, 12) + "-9q";
      HttpResponse<String> r = post("/api/v1/auth/password", Json.createObjectBuilder().add("login", login)
          .add("currentPassword", current).add("newPassword", changed).build().toString(), null);
      assertEquals(204, r.statusCode(), r.body());
      CHANGED.put(login, changed);
      issued = logIn(login, changed);
    }
    return issued.getString("accessToken");
  }

  private static JsonObject logIn(String login, String password) throws IOException, InterruptedException {
    HttpResponse<String> r = post("/api/v1/auth/token",
        Json.createObjectBuilder().add("login", login).add("password", password).build().toString(), null);
    if (r.statusCode() != 200) {
      throw new AssertionError("login of " + login + " failed: " + r.statusCode() + " " + r.body());
    }
    return json(r);
  }

  /** Creates an account with one role as the holder of {@code token}; answers its initial password. */
  static String newAccount(String token, String tenant, String login, String name, String role)
      throws IOException, InterruptedException {
    String json = Json.createObjectBuilder().add("tenantId", tenant).add("login", login).add("displayName", name)
        .add("roles", Json.createArrayBuilder().add(role)).build().toString();
    HttpResponse<String> r = post("/api/v1/accounts", json, token);
    assertEquals(201, r.statusCode(), r.body());
    return json(r).getString("initialPassword");
  }

  /** A request of the tests, which may throw. */
  interface Request {
    HttpResponse<String> send() throws IOException, InterruptedException;
  }

  /** Sends {@code request} where a lambda cannot throw (in {@code computeIfAbsent}). */
  static HttpResponse<String> unchecked(Request request) {
    try {
      return request.send();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
