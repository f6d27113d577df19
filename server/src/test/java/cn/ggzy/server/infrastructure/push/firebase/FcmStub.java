package cn.ggzy.server.infrastructure.push.firebase;

import com.google.api.client.http.javanet.NetHttpTransport;
import com.google.auth.oauth2.AccessToken;
import com.google.auth.oauth2.GoogleCredentials;
import com.google.firebase.FirebaseOptions;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.HttpURLConnection;
import java.net.InetSocketAddress;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A loopback stand-in for the FCM HTTP v1 endpoint. The real Firebase Admin SDK talks to it
 * through an HTTP transport whose connections go to 127.0.0.1 instead of fcm.googleapis.com; per
 * token, the test scripts the replies (default: success).
 */
final class FcmStub implements AutoCloseable {
  record Request(String path, String authorization, JsonObject body) {
    String token() {
      return body.getJsonObject("message").getString("token");
    }
  }

  record Reply(int status, String body) {}

  static final String PROJECT = "demo-supervision";

  private final HttpServer server;
  final List<Request> requests = new CopyOnWriteArrayList<>();
  private final Map<String, Queue<Reply>> scripted = new ConcurrentHashMap<>();

  FcmStub() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/", this::handle);
    server.start();
  }

  /** The next replies for {@code token}, in order; then success. */
  void script(String token, Reply... replies) {
    scripted.computeIfAbsent(token, t -> new ArrayDeque<>()).addAll(List.of(replies));
  }

  static Reply fcmError(int status, String grpcStatus, String errorCode) {
    String details = errorCode == null ? "" : ",\"details\":[{\"@type\":\"type.googleapis.com/google.firebase.fcm.v1.FcmError\",\"errorCode\":\"" + errorCode + "\"}]";
    return new Reply(status, "{\"error\":{\"code\":" + status + ",\"message\":\"stub\",\"status\":\"" + grpcStatus + "\"" + details + "}}");
  }

  long requestsFor(String token) {
    return requests.stream().filter(r -> r.token().equals(token)).count();
  }

  /** Options for a Firebase app that reaches this stub, with a fixed access token (no Google login). */
  FirebaseOptions options() {
    int port = server.getAddress().getPort();
    NetHttpTransport loopback = new NetHttpTransport.Builder()
        .setConnectionFactory(url -> (HttpURLConnection) new URL("http", "127.0.0.1", port, url.getFile()).openConnection())
        .build();
    return FirebaseOptions.builder()
        .setCredentials(GoogleCredentials.create(new AccessToken("test-access-token",
            new Date(System.currentTimeMillis() + 3_600_000))))
        .setProjectId(PROJECT)
        .setHttpTransport(loopback)
        .build();
  }

  private void handle(HttpExchange exchange) throws IOException {
    String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    Request request = new Request(exchange.getRequestURI().getPath(),
        exchange.getRequestHeaders().getFirst("Authorization"), Json.createReader(new StringReader(body)).readObject());
    requests.add(request);
    Queue<Reply> queue = scripted.get(request.token());
    Reply reply = queue == null || queue.isEmpty() ? null : queue.poll();
    if (reply == null) {
      reply = new Reply(200, "{\"name\":\"projects/" + PROJECT + "/messages/" + requests.size() + "\"}");
    }
    byte[] bytes = reply.body().getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", "application/json; charset=UTF-8");
    exchange.sendResponseHeaders(reply.status(), bytes.length);
    exchange.getResponseBody().write(bytes);
    exchange.close();
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
