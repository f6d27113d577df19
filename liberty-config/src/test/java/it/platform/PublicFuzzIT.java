package it.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URLEncoder;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Fuzzing of every public operation (issue 16): the operations come from the served OpenAPI
 * document (every path under {@code /api/v1/public/}, and every other operation that declares no
 * security requirement and answers an anonymous probe with neither 401 nor 403), the requests from
 * a seeded generator that reads their parameters and body schemas. A fifth of the requests are
 * valid-shaped (schema values, the names' known formats and the example bodies of
 * {@code fuzz/corpus.json}); the others carry one to three mutations (see {@link Kinds}): missing
 * and null fields, wrong types, empty, 100 KB and hostile Unicode strings (direction overrides,
 * emoji, combining marks, NUL, lone surrogates escaped in JSON), numbers at and past their limits,
 * 2,000 and 10,000 levels of nesting, duplicate keys, malformed JSON and invalid UTF-8, wrong
 * content types, huge and repeated headers, path parameters with %2F, ../ and 60,000 characters,
 * odd methods and framing, and for the multipart upload its file and field names, part headers
 * and structure. Every answer must be below 500; a 5xx fails the test with the request printed,
 * and each such request is appended to {@code target/fuzz-failures.jsonl} in the format of
 * {@code src/test/resources/fuzz/regressions.jsonl}, which {@link #theRecordedHostileRequestsStillAnswerBelow500}
 * replays first.
 *
 * <p>The requests are sent over plain sockets (so malformed requests go out as built), from
 * loopback addresses other than 127.0.0.1: the public channel's production limits stay as they
 * are (the test server runs them: 16-bit proof of work, 20 submissions, 60 challenges and 60
 * tracking reads a minute per client address), but the fuzzer comes as many clients — a new
 * address every 16 requests — so that its requests reach the validation instead of the rate
 * limit, and the limits of 127.0.0.1 that the other test classes use are left untouched. A 429 is
 * a valid answer. Proofs of work are solved for a share of the submissions (at most
 * {@code fuzz.solves}, each consumed by one stored submission), so that valid and
 * invalid-after-the-proof submissions are stored or refused past the proof.
 *
 * <p>System properties: {@code fuzz.requests} (3,000), {@code fuzz.seed} (16), {@code fuzz.threads}
 * (4), {@code fuzz.solves} (requests / 500, at least 6), {@code fuzz.op} (a regular expression
 * choosing operations by "METHOD /path"). {@code bench/fuzz.sh} runs 100,000.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PublicFuzzIT {
  static final int REQUESTS = Integer.getInteger("fuzz.requests", 3000);
  static final long SEED = Long.getLong("fuzz.seed", 16L);
  static final int THREADS = Integer.getInteger("fuzz.threads", 4);
  static final int SOLVES = Integer.getInteger("fuzz.solves", Math.max(6, REQUESTS / 500));
  static final Pattern OP_FILTER = Pattern.compile(System.getProperty("fuzz.op", ".*"));
  static final Path FAILURES = Path.of(System.getProperty("fuzz.failures", "target/fuzz-failures.jsonl"));
  static final Path SUMMARY = Path.of(System.getProperty("fuzz.summary", "target/fuzz-summary.txt"));
  static final String SERVER_LOG = "target/liberty/wlp/usr/servers/"
      + System.getProperty("it.server.name", "it") + "/logs/messages.log";
  static final int PORT = Integer.parseInt(System.getProperty("it.http.port", "9180"));
  /** Requests of one client address in a row. */
  static final int PER_ADDRESS = 16;

  @Deployment(testable = false)
  static WebArchive application() {
    return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("it.war")));
  }

  /**
   * The hostile requests recorded in {@code fuzz/regressions.jsonl} (the historic ones and every
   * 5xx a run found) answer below 500, and with the status a line names when it names one.
   */
  @Test
  @Order(1)
  void theRecordedHostileRequestsStillAnswerBelow500() throws Exception {
    List<Req> cases = Req.readLines(resource("/fuzz/regressions.jsonl"));
    assertTrue(cases.size() >= 6, "the regressions file holds the historic cases: " + cases.size());
    List<String> wrong = new ArrayList<>();
    try (Wire wire = new Wire("127.0.9.1")) {
      for (Req c : cases) {
        Answer a = wire.send(c);
        System.out.println("regression " + a.label() + " " + cut(c.note(), 120) + " --> " + cut(a.text(), 160));
        if (a.status() >= 500 || (c.expect() != null && a.status() != c.expect())) {
          wrong.add("\n" + c.note() + ": " + a.label() + (c.expect() == null ? "" : " (expected " + c.expect() + ")")
              + "\n" + c.describe(1500) + "\n--> " + a.head(600));
        }
      }
    }
    assertEquals(List.of(), wrong, "recorded hostile requests (src/test/resources/fuzz/regressions.jsonl; server "
        + "log: " + SERVER_LOG + ")");
  }

  /** The generated campaign: every public operation, {@code fuzz.requests} requests, none answered 5xx. */
  @Test
  @Order(2)
  void everyPublicOperationAnswersGeneratedAndMutatedRequestsBelow500() throws Exception {
    Files.deleteIfExists(FAILURES);
    long logStart = Files.exists(Path.of(SERVER_LOG)) ? Files.size(Path.of(SERVER_LOG)) : 0;
    Campaign campaign = new Campaign();
    campaign.discover();
    assertTrue(campaign.ops.size() >= (OP_FILTER.pattern().equals(".*") ? 20 : 1),
        "the public operations of the document: " + campaign.ops.size());
    campaign.warmUp();
    long start = System.nanoTime();
    campaign.run(REQUESTS);
    double seconds = (System.nanoTime() - start) / 1e9;
    String summary = campaign.stats.summary(campaign, seconds) + serverExceptions(logStart);
    System.out.println(summary);
    Files.createDirectories(SUMMARY.toAbsolutePath().getParent());
    Files.writeString(SUMMARY, summary, StandardCharsets.UTF_8);
    Stats s = campaign.stats;
    assertEquals(List.of(), s.harnessErrors, "the generator itself failed");
    assertEquals(0, s.failureCount.get(), () -> s.failureMessage());
    long total = s.requests.sum();
    assertEquals(REQUESTS, total, "every generated request was sent");
    long reached = total - s.count(429) - s.count(0) - s.count(-1);
    assertTrue(reached * 2 > total, "most requests reach the application rather than the rate limits: "
        + reached + " of " + total);
    if (OP_FILTER.pattern().equals(".*")) {
      List<String> ids = campaign.ops.stream().map(Op::id).toList();
      List<String> stale = campaign.corpus.keySet().stream().filter(k -> !k.startsWith("_") && !ids.contains(k))
          .toList();
      assertEquals(List.of(), stale, "fuzz/corpus.json has examples of operations the document no longer has");
    }
    if (OP_FILTER.pattern().equals(".*") && REQUESTS >= 20 * campaign.ops.size()) {
      List<String> untouched = campaign.ops.stream().map(Op::id).filter(id -> !s.perOp.containsKey(id)).toList();
      assertEquals(List.of(), untouched, "operations the campaign never asked");
    }
  }

  /**
   * The exceptions the server logged behind its 500s since {@code from} (the catch-all mapper's
   * "Unexpected error in the mobile API" and the line after it), counted.
   */
  static String serverExceptions(long from) throws IOException {
    Path log = Path.of(SERVER_LOG);
    if (!Files.exists(log)) {
      return "";
    }
    byte[] all = Files.readAllBytes(log);
    int start = from <= all.length ? (int) from : 0;
    String[] lines = new String(all, start, all.length - start, StandardCharsets.UTF_8).split("\n");
    Map<String, Integer> counted = new TreeMap<>();
    for (int i = 0; i + 1 < lines.length; i++) {
      if (lines[i].contains("Unexpected error in the mobile API")) {
        String cause = lines[i + 1].replaceAll("\\d+", "N");
        counted.merge(cut(cause.strip(), 160), 1, Integer::sum);
      }
    }
    if (counted.isEmpty()) {
      return "server log: no unexpected error of the mobile API\n";
    }
    StringBuilder b = new StringBuilder("server log (" + SERVER_LOG + "), exceptions behind the 500s:\n");
    counted.forEach((cause, n) -> b.append("  ").append(n).append("x ").append(cause).append('\n'));
    return b.toString();
  }

  static String resource(String name) throws IOException {
    try (InputStream in = PublicFuzzIT.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IOException("missing test resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  static JsonObject parse(String json) {
    try (JsonReader reader = Json.createReader(new StringReader(json))) {
      return reader.readObject();
    }
  }

  /** A client address of the loopback network for the n-th group of requests (never 127.0.0.1). */
  static String address(long n) {
    return "127." + (20 + n / 62_500) + "." + (n / 250 % 250 + 1) + "." + (n % 250 + 1);
  }

  // ---------------------------------------------------------------------------------------------
  // requests, answers and the wire

  /**
   * One request as sent: method, request target (raw, as on the request line), headers in order
   * (repeats allowed), body bytes; {@code op} and {@code kind} say what generated it. A header
   * "Content-Length" or "Transfer-Encoding" among the headers replaces the computed length.
   */
  record Req(String op, String kind, String method, String target, List<String[]> headers, byte[] body,
      Integer expect, String note) {
    /** A request that may leave the connection in an unknown state: a fresh connection follows it. */
    boolean closeAfter() {
      return kind.contains("framing") || kind.contains("header") || kind.contains("method")
          || kind.equals("regression");
    }

    boolean hasHeader(String name) {
      return headers.stream().anyMatch(h -> h[0].equalsIgnoreCase(name));
    }

    String header(String name) {
      return headers.stream().filter(h -> h[0].equalsIgnoreCase(name)).map(h -> h[1]).findFirst().orElse(null);
    }

    /** One line of regressions.jsonl. */
    String toJsonLine(String found) {
      JsonObjectBuilder b = Json.createObjectBuilder().add("note", note == null ? op + " " + kind : note)
          .add("method", method).add("path", target);
      var hs = Json.createArrayBuilder();
      for (String[] h : headers) {
        hs.add(Json.createArrayBuilder().add(h[0]).add(h[1]));
      }
      b.add("headers", hs);
      String text = exactText(body);
      if (body != null && text != null) {
        b.add("body", text);
      } else if (body != null) {
        b.add("bodyBase64", Base64.getEncoder().encodeToString(body));
      }
      if (found != null) {
        b.add("found", found);
      }
      return b.build().toString();
    }

    static Req fromJson(JsonObject o) {
      List<String[]> headers = new ArrayList<>();
      for (JsonValue v : o.getJsonArray("headers")) {
        JsonArray pair = v.asJsonArray();
        headers.add(new String[] {pair.getString(0), pair.getString(1)});
      }
      byte[] body = o.containsKey("body") ? utf8(o.getString("body"))
          : o.containsKey("bodyBase64") ? Base64.getDecoder().decode(o.getString("bodyBase64")) : null;
      Integer expect = o.containsKey("status") ? o.getInt("status") : null;
      return new Req("regression", "regression", o.getString("method"), o.getString("path"), headers, body, expect,
          o.getString("note", "regression"));
    }

    /** The lines of a JSONL text; blank lines and lines starting with # are left out. */
    static List<Req> readLines(String text) {
      List<Req> out = new ArrayList<>();
      for (String line : text.split("\n")) {
        if (!line.isBlank() && !line.startsWith("#")) {
          out.add(fromJson(parse(line)));
        }
      }
      return out;
    }

    /** The request as text, long values cut. */
    String describe(int max) {
      StringBuilder b = new StringBuilder(method).append(' ').append(cut(target, 300)).append(" HTTP/1.1");
      for (String[] h : headers) {
        b.append("\n").append(h[0]).append(": ").append(cut(h[1], 200));
      }
      if (body != null) {
        String text = exactText(body);
        b.append("\n\n").append(text != null ? cut(text, max) : "(base64) "
            + cut(Base64.getEncoder().encodeToString(body), max));
      }
      return b.toString();
    }
  }

  /** The body as text when it is exactly UTF-8 (it round-trips), else null. */
  static String exactText(byte[] body) {
    if (body == null) {
      return null;
    }
    try {
      return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body)).toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  static String cut(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max) + "…(" + s.length() + " chars)";
  }

  /** An answer: status (0: the connection closed without one, -1: none within 60 s), headers, body. */
  record Answer(int status, Map<String, List<String>> headers, byte[] body, boolean close, boolean nothing) {
    String header(String name) {
      List<String> v = headers.get(name.toLowerCase(Locale.ROOT));
      return v == null || v.isEmpty() ? null : v.get(0);
    }

    String text() {
      return new String(body, StandardCharsets.UTF_8);
    }

    String label() {
      return status == 0 ? "closed" : status == -1 ? "timeout" : Integer.toString(status);
    }

    String head(int max) {
      return label() + " " + cut(text(), max);
    }

    JsonObject json() {
      try {
        return parse(text());
      } catch (RuntimeException e) {
        return null;
      }
    }
  }

  /** HTTP/1.1 over a plain socket from one loopback address, kept alive between requests. */
  static final class Wire implements Closeable {
    private final InetAddress source;
    private Socket socket;
    private InputStream in;
    private OutputStream out;

    Wire(String source) throws IOException {
      this.source = InetAddress.getByName(source);
    }

    Answer send(Req r) throws IOException {
      for (int attempt = 0; ; attempt++) {
        boolean reused = socket != null;
        if (socket == null) {
          open();
        }
        Answer a = exchange(r);
        if (a.status() == 0 && a.nothing() && reused && attempt == 0) {
          close(); // a kept-alive connection the server had closed meanwhile
          continue;
        }
        if (a.status() <= 0 || a.close() || r.closeAfter()) {
          close();
        }
        return a;
      }
    }

    private void open() throws IOException {
      socket = new Socket();
      socket.setTcpNoDelay(true);
      socket.setSoLinger(true, 0);
      socket.bind(new InetSocketAddress(source, 0));
      socket.connect(new InetSocketAddress("127.0.0.1", PORT), 10_000);
      socket.setSoTimeout(60_000);
      in = new BufferedInputStream(socket.getInputStream(), 65_536);
      out = socket.getOutputStream();
    }

    private Answer exchange(Req r) {
      ByteArrayOutputStream head = new ByteArrayOutputStream();
      head.writeBytes(utf8(r.method() + " " + r.target() + " HTTP/1.1\r\n"));
      if (!r.hasHeader("Host")) {
        head.writeBytes(utf8("Host: localhost:" + PORT + "\r\n"));
      }
      for (String[] h : r.headers()) {
        head.writeBytes(utf8(h[0] + ": " + h[1] + "\r\n"));
      }
      if (!r.hasHeader("Content-Length") && !r.hasHeader("Transfer-Encoding")
          && (r.body() != null || r.method().equals("POST") || r.method().equals("PUT"))) {
        head.writeBytes(utf8("Content-Length: " + (r.body() == null ? 0 : r.body().length) + "\r\n"));
      }
      head.writeBytes(utf8("\r\n"));
      try {
        out.write(head.toByteArray());
        if (r.body() != null) {
          out.write(r.body());
        }
        out.flush();
        if (r.kind().contains("framing") || r.kind().equals("regression") && r.hasHeader("Transfer-Encoding")) {
          // a length the body does not fill (or none) must not leave the server waiting for more
          socket.shutdownOutput();
        }
      } catch (IOException e) {
        // the server may have answered and closed early (a refused head): read what it said
      }
      try {
        return read(r.method());
      } catch (SocketTimeoutException e) {
        return new Answer(-1, Map.of(), new byte[0], true, false);
      } catch (IOException e) {
        return new Answer(0, Map.of(), utf8(String.valueOf(e.getMessage())), true, false);
      }
    }

    private Answer read(String method) throws IOException {
      while (true) {
        String status = line(true);
        if (status == null) {
          return new Answer(0, Map.of(), new byte[0], true, true);
        }
        String[] parts = status.split(" ", 3);
        int code;
        try {
          code = Integer.parseInt(parts[1]);
        } catch (RuntimeException e) {
          throw new IOException("not an HTTP status line: " + cut(status, 100));
        }
        Map<String, List<String>> headers = new TreeMap<>();
        for (String h = line(false); !h.isEmpty(); h = line(false)) {
          int colon = h.indexOf(':');
          if (colon > 0) {
            headers.computeIfAbsent(h.substring(0, colon).trim().toLowerCase(Locale.ROOT), k -> new ArrayList<>())
                .add(h.substring(colon + 1).trim());
          }
        }
        if (code >= 100 && code < 200) {
          continue;
        }
        boolean close = headers.getOrDefault("connection", List.of()).stream()
            .anyMatch(v -> v.equalsIgnoreCase("close"));
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        List<String> te = headers.getOrDefault("transfer-encoding", List.of());
        List<String> cl = headers.getOrDefault("content-length", List.of());
        if (method.equals("HEAD") || code == 204 || code == 304) {
          // no body
        } else if (te.stream().anyMatch(v -> v.toLowerCase(Locale.ROOT).contains("chunked"))) {
          while (true) {
            String size = line(false);
            int semi = size.indexOf(';');
            long n = Long.parseLong((semi < 0 ? size : size.substring(0, semi)).trim(), 16);
            if (n == 0) {
              for (String t = line(false); !t.isEmpty(); t = line(false)) {
                // trailers
              }
              break;
            }
            copy(n, body);
            line(false);
          }
        } else if (!cl.isEmpty()) {
          copy(Long.parseLong(cl.get(0).trim()), body);
        } else {
          copy(Long.MAX_VALUE, body);
          close = true;
        }
        return new Answer(code, headers, body.toByteArray(), close, false);
      }
    }

    /** Copies up to n bytes (to the end of the stream at most); keeps the first 8 MB. */
    private void copy(long n, ByteArrayOutputStream to) throws IOException {
      byte[] buf = new byte[16_384];
      long left = n;
      while (left > 0) {
        int got = in.read(buf, 0, (int) Math.min(buf.length, left));
        if (got < 0) {
          if (n == Long.MAX_VALUE) {
            return;
          }
          throw new IOException("answer ended early");
        }
        if (to.size() < 8 << 20) {
          to.write(buf, 0, got);
        }
        left -= got;
      }
    }

    /** A line without its CRLF; null at a clean end of stream when {@code eofOk}. */
    private String line(boolean eofOk) throws IOException {
      ByteArrayOutputStream b = new ByteArrayOutputStream();
      while (true) {
        int c = in.read();
        if (c < 0) {
          if (eofOk && b.size() == 0) {
            return null;
          }
          throw new IOException("connection closed in a line");
        }
        if (c == '\n') {
          byte[] bytes = b.toByteArray();
          int end = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
          return new String(bytes, 0, end, StandardCharsets.ISO_8859_1);
        }
        if (b.size() > 1 << 20) {
          throw new IOException("line too long");
        }
        b.write(c);
      }
    }

    @Override
    public void close() {
      if (socket != null) {
        try {
          socket.close();
        } catch (IOException e) {
          // gone anyway
        }
      }
      socket = null;
    }
  }

  // ---------------------------------------------------------------------------------------------
  // the OpenAPI document

  record Param(String name, String in, boolean required, JsonObject schema, String example) {}

  /** An operation of the document; {@code media} the request body's first media type (null: none). */
  record Op(String method, String path, List<Param> params, String media, JsonObject body) {
    String id() {
      return method + " " + path;
    }

    boolean json() {
      return media != null && media.contains("json");
    }

    boolean multipart() {
      return media != null && media.startsWith("multipart/");
    }

    boolean binary() {
      return media != null && !json() && !multipart();
    }

    List<Param> in(String where) {
      return params.stream().filter(p -> p.in().equals(where)).toList();
    }
  }

  // ---------------------------------------------------------------------------------------------
  // the campaign

  /** Values harvested before the campaign (frozen while it runs, so a seed gives the same requests). */
  static final class Pools {
    final Map<String, List<String>> values = new ConcurrentHashMap<>();
    /** Stored submissions of the warm-up: receipt, access code, key, operation, body. */
    final List<Filed> filed = new ArrayList<>();

    record Filed(String receipt, String code, String key, Op op, byte[] body) {}

    void add(String name, String value) {
      if (value == null || value.isBlank() || value.length() > 200) {
        return;
      }
      List<String> list = values.computeIfAbsent(name, k -> new ArrayList<>());
      synchronized (list) {
        if (list.size() < 40 && !list.contains(value)) {
          list.add(value);
        }
      }
    }

    List<String> get(String name) {
      return values.getOrDefault(name, List.of());
    }

    /** Every string field of an answer whose name names an id (or a path parameter) goes to its pool. */
    void harvest(JsonValue v, String name) {
      if (v == null) {
        return;
      }
      switch (v.getValueType()) {
        case OBJECT -> v.asJsonObject().forEach((k, x) -> harvest(x, k));
        case ARRAY -> v.asJsonArray().forEach(x -> harvest(x, name));
        case STRING -> {
          if (name != null && (name.equals("id") || name.endsWith("Id") || name.equals("receiptNumber")
              || name.equals("token") || name.equals("code") || name.equals("region"))) {
            add(name, ((JsonString) v).getString());
          }
        }
        default -> { }
      }
    }
  }

  /** Solved proofs of work, shared; each is used until a stored submission consumes it. */
  static final class Proofs {
    record Solved(String challenge, String counter, long at) {}

    private final ArrayDeque<Solved> pool = new ArrayDeque<>();
    private int solves;
    final AtomicInteger solved = new AtomicInteger();
    final AtomicInteger consumed = new AtomicInteger();
    final AtomicLong solveNanos = new AtomicLong();

    /** A solved proof (from the pool, else solved now through {@code wire}), or null past the budget. */
    Solved take(Wire wire, Campaign c) throws IOException {
      synchronized (this) {
        while (!pool.isEmpty()) {
          Solved s = pool.poll();
          if (System.nanoTime() - s.at() < 540e9) {
            return s;
          }
        }
        if (solves >= SOLVES) {
          return null;
        }
        solves++;
      }
      long start = System.nanoTime();
      Req ask = new Req("support", "challenge", "POST", "/api/v1/public/intake/challenges", List.of(), null,
          null, null);
      Answer a = wire.send(ask);
      c.stats.support(ask, a);
      JsonObject o = a.status() == 201 ? a.json() : null;
      if (o == null) {
        return null;
      }
      String challenge = o.getString("challenge");
      String counter = solve(challenge, o.getInt("difficulty"));
      solved.incrementAndGet();
      solveNanos.addAndGet(System.nanoTime() - start);
      return new Solved(challenge, counter, start);
    }

    synchronized void giveBack(Solved s) {
      pool.add(s);
    }

    static String solve(String challenge, int difficulty) {
      try {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        for (long n = 0; ; n++) {
          byte[] h = sha.digest(utf8(challenge + ":" + n));
          int bits = 0;
          for (byte x : h) {
            if (x == 0) {
              bits += 8;
              continue;
            }
            bits += Integer.numberOfLeadingZeros(x & 0xFF) - 24;
            break;
          }
          if (bits >= difficulty) {
            return Long.toString(n);
          }
        }
      } catch (NoSuchAlgorithmException e) {
        throw new IllegalStateException(e);
      }
    }
  }

  static final class Campaign {
    JsonObject doc;
    JsonObject schemas;
    final List<Op> ops = new ArrayList<>();
    final List<String> probed = new ArrayList<>();
    JsonObject corpus;
    final Pools pools = new Pools();
    final Proofs proofs = new Proofs();
    final Stats stats = new Stats();

    /** Reads the served document and keeps the public operations. */
    void discover() throws Exception {
      corpus = parse(resource("/fuzz/corpus.json"));
      try (Wire wire = new Wire("127.0.9.2")) {
        Answer a = wire.send(new Req("support", "openapi", "GET", "/openapi?format=JSON", List.of(), null, null,
            null));
        assertEquals(200, a.status(), a.head(300));
        doc = a.json();
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target", "fuzz-openapi.json"), a.body());
        schemas = doc.containsKey("components") && doc.getJsonObject("components").containsKey("schemas")
            ? doc.getJsonObject("components").getJsonObject("schemas") : JsonValue.EMPTY_JSON_OBJECT;
        boolean rootSecured = doc.containsKey("security") && !doc.getJsonArray("security").isEmpty();
        for (var path : doc.getJsonObject("paths").entrySet()) {
          JsonObject item = path.getValue().asJsonObject();
          for (String method : List.of("get", "post", "put", "delete", "patch")) {
            if (!item.containsKey(method)) {
              continue;
            }
            JsonObject operation = item.getJsonObject(method);
            Op op = op(method.toUpperCase(Locale.ROOT), path.getKey(), item, operation);
            if (!OP_FILTER.matcher(op.id()).find()) {
              continue;
            }
            if (path.getKey().startsWith("/api/v1/public/")) {
              ops.add(op);
              continue;
            }
            JsonArray security = operation.containsKey("security") ? operation.getJsonArray("security") : null;
            if ((security != null && !security.isEmpty()) || (security == null && rootSecured)) {
              continue;
            }
            // no security in the document: public only if an anonymous request is not refused as such
            Req probe = new Req(op.id(), "probe", op.method(), path.getKey().replaceAll("\\{[^}]+}", "fuzz-probe"),
                op.media() == null ? List.of() : List.<String[]>of(new String[] {"Content-Type", op.media()}),
                op.media() == null ? null : utf8(op.json() ? "{}" : ""), null, null);
            Answer r = wire.send(probe);
            stats.support(probe, r);
            probed.add(op.id() + " " + r.label());
            if (r.status() != 401 && r.status() != 403) {
              ops.add(op);
            }
          }
        }
      }
    }

    private Op op(String method, String path, JsonObject item, JsonObject operation) {
      List<Param> params = new ArrayList<>();
      List<JsonValue> declared = new ArrayList<>();
      if (item.containsKey("parameters")) {
        declared.addAll(item.getJsonArray("parameters"));
      }
      if (operation.containsKey("parameters")) {
        declared.addAll(operation.getJsonArray("parameters"));
      }
      for (JsonValue v : declared) {
        JsonObject p = resolve(v.asJsonObject());
        JsonObject schema = p.containsKey("schema") ? resolve(p.getJsonObject("schema")) : JsonValue.EMPTY_JSON_OBJECT;
        String example = p.containsKey("example") ? text(p.get("example")) : schema.containsKey("example")
            ? text(schema.get("example")) : null;
        params.add(new Param(p.getString("name"), p.getString("in"), p.getBoolean("required", false), schema,
            example));
      }
      String media = null;
      JsonObject body = null;
      if (operation.containsKey("requestBody")) {
        JsonObject content = resolve(operation.getJsonObject("requestBody")).getJsonObject("content");
        if (content != null && !content.isEmpty()) {
          var first = content.entrySet().iterator().next();
          media = first.getKey();
          JsonObject m = first.getValue().asJsonObject();
          body = m.containsKey("schema") ? m.getJsonObject("schema") : JsonValue.EMPTY_JSON_OBJECT;
        }
      }
      return new Op(method, path, params, media, body);
    }

    static String text(JsonValue v) {
      return v instanceof JsonString s ? s.getString() : v.toString();
    }

    /** A schema or parameter with its $ref followed (and allOf merged). */
    JsonObject resolve(JsonObject s) {
      for (int i = 0; s != null && s.containsKey("$ref") && i < 20; i++) {
        String ref = s.getString("$ref");
        String name = ref.substring(ref.lastIndexOf('/') + 1);
        if (ref.startsWith("#/components/schemas/")) {
          s = schemas.getJsonObject(name);
        } else if (ref.startsWith("#/components/")) {
          String[] parts = ref.substring(2).split("/");
          s = doc.getJsonObject(parts[0]).getJsonObject(parts[1]).getJsonObject(parts[2]);
        } else {
          return JsonValue.EMPTY_JSON_OBJECT;
        }
      }
      if (s == null) {
        return JsonValue.EMPTY_JSON_OBJECT;
      }
      if (s.containsKey("allOf")) {
        JsonObjectBuilder merged = Json.createObjectBuilder(s);
        JsonObjectBuilder props = Json.createObjectBuilder();
        for (JsonValue part : s.getJsonArray("allOf")) {
          JsonObject r = resolve(part.asJsonObject());
          if (r.containsKey("properties")) {
            r.getJsonObject("properties").forEach(props::add);
          }
          if (r.containsKey("type")) {
            merged.add("type", r.get("type"));
          }
        }
        merged.add("properties", props).remove("allOf");
        return merged.build();
      }
      return s;
    }

    /** Harvests ids, files a few submissions, uploads a few files: the pools of the campaign. */
    void warmUp() throws Exception {
      pools.add("region", "421181");
      try (Wire wire = new Wire("127.0.9.3")) {
        for (Op op : ops) {
          if (!op.method().equals("GET") || op.path().contains("{") && !op.path().matches(".*/\\{region}/[a-z]+$")) {
            continue;
          }
          Gen g = new Gen(new Random(SEED), this, op, wire, true);
          Req r = g.build();
          Answer a = send(wire, r);
          JsonObject o = null;
          if (a.status() == 200) {
            String t = a.text().trim();
            if (t.startsWith("{")) {
              o = a.json();
            } else if (t.startsWith("[")) {
              try (JsonReader reader = Json.createReader(new StringReader(t))) {
                pools.harvest(reader.readArray(), null);
              }
            }
          }
          pools.harvest(o, null);
        }
        // evidence files and a resumable upload
        for (Op op : ops) {
          if (op.multipart() || op.id().equals("POST /api/v1/public/uploads/sessions")) {
            for (int i = 0; i < 2; i++) {
              Answer a = send(wire, new Gen(new Random(SEED + i), this, op, wire, true).build());
              JsonObject o = a.status() == 201 ? a.json() : null;
              if (o != null && o.containsKey("uploadId")) {
                pools.add(op.multipart() ? "uploadId" : "session", o.getString("uploadId"));
                pools.add("uploadId", o.getString("uploadId"));
              }
            }
          }
        }
        // submissions with hostile but valid text, filed for real (a solved proof each)
        for (Op op : ops) {
          if (!op.json() || !hasProperty(op, "proof")) {
            continue;
          }
          for (int i = 0; i < 2; i++) {
            Gen g = new Gen(new Random(SEED + 100 + i), this, op, wire, true);
            g.forceSolved = true;
            Req r = g.build();
            Answer a = send(wire, r);
            JsonObject o = a.status() == 201 ? a.json() : null;
            if (o != null && o.containsKey("accessCode")) {
              pools.filed.add(new Pools.Filed(o.getString("receiptNumber"), o.getString("accessCode"), g.key, op,
                  r.body()));
              pools.add("receiptNumber", o.getString("receiptNumber"));
              proofs.consumed.incrementAndGet();
            } else {
              System.out.println("warm-up submission not stored: " + a.head(400));
              if (g.solved != null) {
                proofs.giveBack(g.solved);
              }
            }
          }
        }
        // what a filer reads
        for (Pools.Filed f : pools.filed) {
          for (String suffix : List.of("", "/receipt")) {
            send(wire, new Req("support", "warm-up", "GET", "/api/v1/public/tracking/" + f.receipt() + suffix,
                List.<String[]>of(new String[] {"X-Access-Code", f.code()}), null, null, null));
          }
        }
      }
      System.out.println("fuzz pools: " + pools.values.entrySet().stream()
          .map(e -> e.getKey() + "=" + e.getValue().size()).sorted().collect(Collectors.joining(", "))
          + ", filed=" + pools.filed.size());
    }

    boolean hasProperty(Op op, String name) {
      JsonObject s = op.body() == null ? null : resolve(op.body());
      return s != null && s.containsKey("properties") && s.getJsonObject("properties").containsKey(name);
    }

    private Answer send(Wire wire, Req r) throws IOException {
      Answer a = wire.send(r);
      stats.support(r, a);
      return a;
    }

    /** The campaign proper: request i is generated from the seed and i alone (and the frozen pools). */
    void run(int n) throws Exception {
      List<Op> weighted = new ArrayList<>();
      for (Op op : ops) {
        int w = op.multipart() ? 4 : op.body() != null ? 2 : 1;
        for (int i = 0; i < w; i++) {
          weighted.add(op);
        }
      }
      AtomicInteger next = new AtomicInteger();
      ExecutorService pool = Executors.newFixedThreadPool(THREADS);
      List<Future<?>> workers = new ArrayList<>();
      AtomicLong lastReport = new AtomicLong(System.nanoTime());
      for (int t = 0; t < THREADS; t++) {
        workers.add(pool.submit(() -> {
          while (true) {
            int first = next.getAndAdd(PER_ADDRESS);
            if (first >= n) {
              return null;
            }
            try (Wire wire = new Wire(address(first / PER_ADDRESS))) {
              for (int i = first; i < Math.min(n, first + PER_ADDRESS); i++) {
                Random rnd = new Random(SEED * 0x9E3779B97F4A7C15L + i);
                Op op = weighted.get(rnd.nextInt(weighted.size()));
                Gen g = new Gen(rnd, this, op, wire, false);
                Req r;
                try {
                  r = g.build();
                } catch (RuntimeException e) {
                  stats.harnessError(op.id() + " request " + i, e);
                  continue;
                }
                long sent = System.nanoTime();
                Answer a = wire.send(r);
                stats.record(r, a, i, System.nanoTime() - sent);
                g.after(a);
              }
            }
            long now = System.nanoTime();
            long last = lastReport.get();
            if (now - last > 30e9 && lastReport.compareAndSet(last, now)) {
              System.out.println("fuzz: " + stats.requests.sum() + " of " + n + " requests, " + stats.histogram()
                  + ", 5xx " + stats.failureCount.get());
            }
          }
        }));
      }
      pool.shutdown();
      for (Future<?> w : workers) {
        w.get();
      }
      pool.awaitTermination(1, TimeUnit.MINUTES);
    }
  }

  // ---------------------------------------------------------------------------------------------
  // the JSON model: objects keep duplicate keys, numbers and odd tokens stay raw text

  static final class JObj {
    final List<Object[]> entries = new ArrayList<>();

    JObj put(String k, Object v) {
      entries.add(new Object[] {k, v});
      return this;
    }

    Object get(String k) {
      for (Object[] e : entries) {
        if (e[0].equals(k)) {
          return e[1];
        }
      }
      return null;
    }

    void set(String k, Object v) {
      for (Object[] e : entries) {
        if (e[0].equals(k)) {
          e[1] = v;
          return;
        }
      }
      put(k, v);
    }
  }

  /** JSON text written as is (numbers, literals, invalid tokens, deep nesting). */
  record Raw(String text) {}

  /** Where the live proof goes. */
  static final Object PROOF = new Object();

  static Object model(JsonValue v) {
    return switch (v.getValueType()) {
      case OBJECT -> {
        JObj o = new JObj();
        v.asJsonObject().forEach((k, x) -> o.put(k, model(x)));
        yield o;
      }
      case ARRAY -> {
        List<Object> l = new ArrayList<>();
        v.asJsonArray().forEach(x -> l.add(model(x)));
        yield l;
      }
      case STRING -> ((JsonString) v).getString();
      case NUMBER -> new Raw(v.toString());
      case TRUE -> Boolean.TRUE;
      case FALSE -> Boolean.FALSE;
      default -> null;
    };
  }

  static String write(Object v) {
    StringBuilder b = new StringBuilder();
    write(v, b);
    return b.toString();
  }

  @SuppressWarnings("unchecked")
  static void write(Object v, StringBuilder b) {
    if (v == null) {
      b.append("null");
    } else if (v instanceof Raw r) {
      b.append(r.text());
    } else if (v instanceof Boolean || v instanceof Number) {
      b.append(v);
    } else if (v instanceof String s) {
      quote(s, b);
    } else if (v instanceof JObj o) {
      b.append('{');
      for (int i = 0; i < o.entries.size(); i++) {
        if (i > 0) {
          b.append(',');
        }
        quote((String) o.entries.get(i)[0], b);
        b.append(':');
        write(o.entries.get(i)[1], b);
      }
      b.append('}');
    } else if (v instanceof List<?> l) {
      b.append('[');
      for (int i = 0; i < l.size(); i++) {
        if (i > 0) {
          b.append(',');
        }
        write(l.get(i), b);
      }
      b.append(']');
    } else {
      b.append("null");
    }
  }

  /** A JSON string; control characters and lone surrogates as \\u escapes. */
  static void quote(String s, StringBuilder b) {
    b.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean pair = Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
      if (c == '"' || c == '\\') {
        b.append('\\').append(c);
      } else if (c < 0x20 || (Character.isSurrogate(c) && !pair
          && !(Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(s.charAt(i - 1))))) {
        b.append(String.format("\\u%04x", (int) c));
      } else {
        b.append(c);
      }
    }
    b.append('"');
  }

  static Object copy(Object v) {
    if (v instanceof JObj o) {
      JObj c = new JObj();
      o.entries.forEach(e -> c.put((String) e[0], copy(e[1])));
      return c;
    }
    if (v instanceof List<?> l) {
      List<Object> c = new ArrayList<>();
      l.forEach(x -> c.add(copy(x)));
      return c;
    }
    return v;
  }

  /** A place in a JSON tree: an object's entry or an array's item, with the schema known for it. */
  static final class Slot {
    final Object container;
    final int index;
    final String name;
    final JsonObject schema;
    final boolean required;

    Slot(Object container, int index, String name, JsonObject schema, boolean required) {
      this.container = container;
      this.index = index;
      this.name = name;
      this.schema = schema;
      this.required = required;
    }

    @SuppressWarnings("unchecked")
    Object get() {
      return container instanceof JObj o ? o.entries.get(index)[1] : ((List<Object>) container).get(index);
    }

    @SuppressWarnings("unchecked")
    void set(Object v) {
      if (container instanceof JObj o) {
        o.entries.get(index)[1] = v;
      } else {
        ((List<Object>) container).set(index, v);
      }
    }

    boolean entry() {
      return container instanceof JObj;
    }

    void remove() {
      ((JObj) container).entries.remove(index);
    }

    String type() {
      return schema == null ? "" : schema.getString("type", "");
    }
  }

  // ---------------------------------------------------------------------------------------------
  // the generator

  /** The mutation kinds, by what a request has. */
  static final class Kinds {
    static final String[][] ANY = {{"huge-header", "5"}, {"header-unicode", "3"}, {"many-headers", "1"},
        {"duplicate-header", "2"}, {"accept-header", "2"}, {"auth-header", "2"}, {"wrong-method", "3"},
        {"framing", "1"}, {"path-odd", "3"}, {"query-extra", "2"}};
    static final String[][] PATH = {{"path-param", "12"}};
    static final String[][] QUERY = {{"query-param", "12"}};
    static final String[][] JSON = {{"missing-field", "8"}, {"missing-required", "4"}, {"null-field", "6"},
        {"wrong-type", "9"}, {"empty-string", "5"}, {"long-string", "5"}, {"unicode", "12"},
        {"number-limit", "7"}, {"deep-nesting", "3"}, {"duplicate-key", "4"}, {"malformed-json", "7"},
        {"wrong-content-type", "5"}, {"extra-fields", "3"}, {"mongo-operator", "3"}, {"json-in-string", "2"},
        {"nested-json", "4"}, {"big-array", "2"}, {"invalid-utf8", "2"}};
    static final String[][] MULTIPART = {{"multipart-filename", "14"}, {"multipart-fieldname", "7"},
        {"multipart-headers", "8"}, {"multipart-structure", "8"}, {"multipart-content", "5"},
        {"wrong-content-type", "3"}};
    static final String[][] BINARY = {{"binary-body", "8"}, {"wrong-content-type", "3"}};
    static final String[][] IDEMPOTENT = {{"replay", "5"}};
  }

  static final String[] HOSTILE = {
    "\u202Egnp.exe", "abc\u202Edef\u202C", "\u200F\u202Bمرحبا\u202C", "\u2066\u2067\u2068\u2069", "😀",
    "👨‍👩‍👧‍👦", "🏳️‍🌈", "Z" + "\u0351\u0352\u0353\u0354\u0355\u0356\u0357\u0358\u0359\u035A".repeat(30),
    "e\u0301\u0302\u0303", "\u0000", "a\u0000b", "\uD800", "\uDFFF", "x\uDBFFy", "\uDC00\uD800", "\uFEFF",
    "\uFFFE\uFFFF", "\u2028\u2029", "１２３４５６", "٤٢١١٨١", "𝟒𝟐𝟏𝟏𝟖𝟏", "Ⅻ", "İı", "ß", "ﬁ", "\t\r\n",
    "\u001b[31mred", "'; DROP TABLE x;--", "{\"$gt\":\"\"}", "${jndi:ldap://127.0.0.1/a}", "%s%n%x%d",
    "../../../../etc/passwd", "<script>alert(1)</script>", "\\", "\"", "null", "NaN", "-0", "1e309",
    "Infinity", "0x1F", "       ", "\u3000\u3000", "𠜎𠜱𠝹", "\u00A0", "\u0085", "\u200B\u200C\u200D",
    "麻城市某道路改造工程" + "\u202E" + "程工", "\uDBFF\uDFFF", "%00", "%ZZ", "+", "*", "?", "#", "&=",
  };

  static final String[] NUMBERS = {"0", "-1", "1", "2147483647", "2147483648", "-2147483649",
    "9223372036854775807", "9223372036854775808", "-9223372036854775809", "1e309", "-1e309", "1e-400", "0.5",
    "-0.0", "1E+2", "123456789012345678901234567890", "NaN", "Infinity", "-Infinity", "0x10", "01", "+1", ".5",
    "1.", "1e", "--1", "1e2147483648", "4.9e-324", "1.7976931348623157e308", "-0"};

  // the request line stays HTTP: whitespace only encoded (a raw space makes Liberty answer 505 itself)
  static final String[] QUERY_VALUES = {"", "%20", "+", "-1", "0", "2147483648", "-2147483649", "9999999999999999999999",
    "1e309", "NaN", "Infinity", "0x10", "１２", "%00", "%ZZ", "%", "%E4%B8", "%C0%AF", "..%2F..%2F", "%2F",
    "a%20b", "+", "null", "true", "[]", "{}", "'", "%22", "%F0%9F%98%80", "%E2%80%AE", "%ED%A0%80"};

  static final String[] PATH_VALUES = {"%2F", "a%2Fb", "..%2F..%2Fauth%2Ftoken", "%252F", "..", ".", "../",
    "..%2f", "%2e%2e", "%2E%2E%2F", "%00", "a%00b", "%", "%ZZ", "%E4%B8", "%C0%AE%C0%AE", "%ED%A0%80",
    "%F0%9F%98%80", "%E2%80%AE", ";jsessionid=x", "a;b=c", "%3B", "%3F", "%23", "~", "%7E", "*", "%20",
    "%09", "\\", "%5C", "a%5C..%5Cb", "null", "undefined", "0", "-1", "%2e", "CON", "%u0041", "a.json",
    "%C3%A9", "%EF%BC%8F", "..;", "%0d%0aX-Injected:1"};

  static final String[] CONTENT_TYPES = {"text/plain", "application/xml", "application/x-www-form-urlencoded",
    "multipart/form-data", "multipart/form-data; boundary=x", "application/json; charset=ISO-8859-1",
    "application/json; charset=UTF-16", "application/json; charset=bogus-charset", "application/json; charset=",
    "application/octet-stream", "*/*", "application/json, text/plain", "", "APPLICATION/JSON", "application/json+fuzz",
    "image/png", "application/json;" + "a=b;".repeat(500), "text/html; charset=utf-8", "application/ json",
    "application/json; charset=\"utf-8\"", "application/json; boundary=--x", "json", "/", ";", "application/*"};

  static final byte[] PNG = Base64.getDecoder().decode(
      "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");
  static final byte[] PDF = utf8("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages"
      + "/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n");

  /** One request of one operation from one random stream. */
  static final class Gen {
    final Random rnd;
    final Campaign c;
    final Op op;
    final Wire wire;
    final boolean warmUp;
    final List<String> kinds = new ArrayList<>();
    boolean forceSolved;
    Proofs.Solved solved;
    /** The request's idempotency key (header and body alike). */
    String key;
    /** The stored submission whose receipt the path names (tracking), if any. */
    Pools.Filed tracked;
    /** The stored submission sent again (plan "replay"), if any. */
    Pools.Filed replay;

    Gen(Random rnd, Campaign c, Op op, Wire wire, boolean warmUp) {
      this.rnd = rnd;
      this.c = c;
      this.op = op;
      this.wire = wire;
      this.warmUp = warmUp;
    }

    boolean chance(double p) {
      return rnd.nextDouble() < p;
    }

    <T> T pick(T[] values) {
      return values[rnd.nextInt(values.length)];
    }

    <T> T pick(List<T> values) {
      return values.get(rnd.nextInt(values.size()));
    }

    String word(int min, int max, String alphabet) {
      int n = min + rnd.nextInt(max - min + 1);
      StringBuilder b = new StringBuilder(n);
      for (int i = 0; i < n; i++) {
        b.append(alphabet.charAt(rnd.nextInt(alphabet.length())));
      }
      return b.toString();
    }

    static final String ID_CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-";
    static final String TEXT_CHARS = "abcdefghijklmnopqrstuvwxyz 0123456789麻城市建设工程招标投标评审公司项目一二三，。";

    List<String> plan() {
      if (warmUp) {
        return List.of();
      }
      if (chance(0.2)) {
        return List.of();
      }
      List<String[]> menu = new ArrayList<>(List.of(Kinds.ANY));
      if (!op.in("path").isEmpty()) {
        menu.addAll(List.of(Kinds.PATH));
      }
      if (!op.in("query").isEmpty()) {
        menu.addAll(List.of(Kinds.QUERY));
      }
      if (op.json()) {
        menu.addAll(List.of(Kinds.JSON));
        if (c.hasProperty(op, "proof") && !c.pools.filed.isEmpty()) {
          menu.addAll(List.of(Kinds.IDEMPOTENT));
        }
      } else if (op.multipart()) {
        menu.addAll(List.of(Kinds.MULTIPART));
      } else if (op.binary()) {
        menu.addAll(List.of(Kinds.BINARY));
      }
      int total = menu.stream().mapToInt(k -> Integer.parseInt(k[1])).sum();
      int count = chance(0.6) ? 1 : chance(0.75) ? 2 : 3;
      List<String> chosen = new ArrayList<>();
      for (int i = 0; i < count * 3 && chosen.size() < count; i++) {
        int x = rnd.nextInt(total);
        for (String[] k : menu) {
          x -= Integer.parseInt(k[1]);
          if (x < 0) {
            if (!chosen.contains(k[0])) {
              chosen.add(k[0]);
            }
            break;
          }
        }
      }
      return chosen;
    }

    Req build() throws IOException {
      List<String> plan = new ArrayList<>(plan());
      if (plan.contains("replay")) {
        List<Pools.Filed> mine = c.pools.filed.stream().filter(f -> f.op().id().equals(op.id())).toList();
        if (mine.isEmpty()) {
          plan.remove("replay");
        } else {
          replay = pick(mine);
        }
      }
      key = replay != null ? replay.key() : word(16, 64, ID_CHARS);
      kinds.addAll(plan);
      String method = op.method();
      List<String[]> headers = new ArrayList<>();
      // path
      String path = op.path();
      String receipt = null;
      for (Param p : op.in("path")) {
        String value = pathValue(p);
        if (p.name().equals("receiptNumber")) {
          receipt = value;
        }
        if (plan.contains("path-param") && chance(0.7)) {
          value = mutatePath(value);
        } else {
          value = encode(value, true);
        }
        path = path.replace("{" + p.name() + "}", value);
      }
      if (plan.contains("path-odd")) {
        path = oddPath(path);
      }
      // query
      StringBuilder query = new StringBuilder();
      for (Param p : op.in("query")) {
        if (!p.required() && !warmUp && chance(0.2)) {
          continue;
        }
        String v = encode(value(p.schema(), p.name(), p.example()), false);
        if (plan.contains("query-param") && chance(0.6)) {
          v = chance(0.5) ? pick(QUERY_VALUES) : encode(hostileText(), false);
        }
        query.append(query.length() == 0 ? "?" : "&").append(p.name()).append('=').append(v);
        if (plan.contains("query-param") && chance(0.2)) {
          query.append('&').append(p.name()).append('=').append(pick(QUERY_VALUES));
        }
      }
      if (plan.contains("query-extra") || (plan.contains("query-param") && chance(0.3))) {
        query.append(query.length() == 0 ? "?" : "&").append(switch (rnd.nextInt(5)) {
          case 0 -> "x=" + "a".repeat(8000);
          case 1 -> "&&&==&";
          case 2 -> "a[b][c]=1&a[b]=2";
          case 3 -> "%ZZ=%ZZ";
          default -> manyParams(300);
        });
      }
      // headers the operation documents
      for (Param p : op.in("header")) {
        String v = headerValue(p, receipt);
        if (v != null) {
          headers.add(new String[] {p.name(), v});
        }
      }
      if (chance(0.3)) {
        headers.add(new String[] {"X-Device-Id", word(8, 40, ID_CHARS)});
      }
      // body
      byte[] body = null;
      String type = op.media();
      if (op.json()) {
        body = jsonBody(plan);
      } else if (op.multipart()) {
        Multipart m = multipart(plan);
        body = m.bytes();
        type = m.contentType;
      } else if (op.binary()) {
        body = binaryBody(plan);
      }
      if (type != null) {
        if (plan.contains("wrong-content-type") && chance(0.85)) {
          String t = pick(CONTENT_TYPES);
          if (!t.isEmpty() || chance(0.5)) {
            headers.add(new String[] {"Content-Type", t});
          }
        } else {
          headers.add(new String[] {"Content-Type", type});
        }
      }
      headers.addAll(headerMutations(plan));
      if (plan.contains("wrong-method")) {
        String[] methods = {"GET", "POST", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS", "TRACE", "get", "PROPFIND"};
        String m = pick(methods);
        method = m.equals(method) ? "PATCH" : m;
      }
      Req r = new Req(op.id(), plan.isEmpty() ? "valid" : String.join("+", plan), method, path + query, headers, body,
          null, null);
      if (plan.contains("framing")) {
        r = framing(r);
      }
      return r;
    }

    /** After the answer: a solved proof goes back to the pool unless a stored submission used it up. */
    void after(Answer a) {
      if (solved == null) {
        return;
      }
      JsonObject o = a.status() == 201 ? a.json() : null;
      boolean stored = o != null && !o.getBoolean("replayed", true);
      boolean used = a.status() == 400 && a.text().contains("intake.proof.used");
      if (stored) {
        c.proofs.consumed.incrementAndGet();
      } else if (!used) {
        c.proofs.giveBack(solved);
      }
    }

    // --- values

    String pathValue(Param p) {
      String name = p.name();
      if (name.equals("receiptNumber") && !c.pools.filed.isEmpty() && chance(0.7)) {
        tracked = pick(c.pools.filed);
        return tracked.receipt();
      }
      if (name.equals("region")) {
        return warmUp || chance(0.9) ? "421181" : pick(new String[] {"420000", "000000", "42118", "4211810"});
      }
      if (name.equals("kind")) {
        return pick(new String[] {"ACCEPTANCE", "NON_ACCEPTANCE", "SUPPLEMENT_REQUEST", "DECISION", "acceptance"});
      }
      List<String> pool = c.pools.get(name.equals("uploadId") && op.binary() ? "session" : name);
      if (pool.isEmpty() && name.endsWith("Id")) {
        pool = c.pools.get("id");
      }
      if (!pool.isEmpty() && chance(0.7)) {
        return pick(pool);
      }
      return value(p.schema(), name, p.example());
    }

    String headerValue(Param p, String receipt) {
      String name = p.name().toLowerCase(Locale.ROOT);
      if (name.equals("x-access-code")) {
        if (tracked != null && tracked.receipt().equals(receipt) && chance(0.7)) {
          return tracked.code();
        }
        return chance(0.5) ? word(8, 24, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789-") : null;
      }
      if (name.equals("idempotency-key")) {
        return replay != null || chance(0.6) ? key : null;
      }
      return value(p.schema(), p.name(), p.example());
    }

    String value(JsonObject schema, String name, String example) {
      Object v = valid(schema, name, 0);
      if (v instanceof String s) {
        return s;
      }
      return v instanceof Raw r ? r.text() : v == null ? "" : write(v);
    }

    /** A valid-shaped value of a schema: enums, known formats, names with known forms, examples. */
    Object valid(JsonObject schema0, String name, int depth) {
      JsonObject schema = schema0 == null ? JsonValue.EMPTY_JSON_OBJECT : c.resolve(schema0);
      if (schema.containsKey("enum")) {
        JsonArray values = schema.getJsonArray("enum");
        if (!values.isEmpty()) {
          return model(values.get(rnd.nextInt(values.size())));
        }
      }
      String type = schema.getString("type", schema.containsKey("properties") ? "object" : "");
      String format = schema.getString("format", "");
      String lower = name == null ? "" : name.toLowerCase(Locale.ROOT);
      switch (type) {
        case "object": {
          JObj o = new JObj();
          if (depth > 6) {
            return o;
          }
          JsonObject props = schema.containsKey("properties") ? schema.getJsonObject("properties")
              : JsonValue.EMPTY_JSON_OBJECT;
          List<String> required = schema.containsKey("required")
              ? schema.getJsonArray("required").getValuesAs(JsonString.class).stream().map(JsonString::getString).toList()
              : List.of();
          for (var e : props.entrySet()) {
            if (required.contains(e.getKey()) || warmUp || chance(0.85)) {
              o.put(e.getKey(), valid(e.getValue().asJsonObject(), e.getKey(), depth + 1));
            }
          }
          if (schema.containsKey("additionalProperties") && schema.get("additionalProperties") instanceof JsonObject ap
              && chance(0.5)) {
            o.put(word(3, 10, "abcdefghij"), valid(ap, null, depth + 1));
          }
          return o;
        }
        case "array": {
          List<Object> l = new ArrayList<>();
          if (lower.equals("specialties") && !c.pools.get("code").isEmpty()) {
            l.add(pick(c.pools.get("code")));
            return l;
          }
          int n = depth > 6 ? 0 : rnd.nextInt(3);
          for (int i = 0; i < n; i++) {
            l.add(valid(schema.containsKey("items") ? schema.getJsonObject("items") : null, name, depth + 1));
          }
          return l;
        }
        case "integer":
          return new Raw(Integer.toString(lower.contains("limit") ? 1 + rnd.nextInt(50) : rnd.nextInt(100)));
        case "number":
          return new Raw(Double.toString(Math.round(rnd.nextDouble() * 10_000) / 100.0));
        case "boolean":
          return rnd.nextBoolean();
        default:
          break;
      }
      String known = known(lower, format);
      if (known != null) {
        return known;
      }
      if (schema.containsKey("example") && chance(0.6)) {
        Object ex = model(schema.get("example"));
        if (ex instanceof String) {
          return ex;
        }
      }
      return word(1, 20, TEXT_CHARS);
    }

    /** The formats the server checks, by field name. */
    String known(String lower, String format) {
      LocalDate today = Http.TODAY;
      if (format.equals("date") || List.of("learnedon", "objectionraisedon", "committedon", "periodfrom", "periodto",
          "validuntil", "until").contains(lower)) {
        return lower.equals("validuntil") ? today.plusYears(2).toString() : today.minusDays(rnd.nextInt(6)).toString();
      }
      if (format.equals("date-time") || lower.equals("start")) {
        return today.atTime(9 + rnd.nextInt(8), 0) + ":00+08:00";
      }
      return switch (lower) {
        case "region" -> "421181";
        case "residentid", "idnumber" -> chance(0.7) ? "421181198001017779" : "11010519491231002X";
        case "phone", "contactphone" -> "138" + word(8, 8, "0123456789");
        case "creditcode", "identifier" -> "91350100M000100Y43";
        case "uploadid" -> !c.pools.get("uploadId").isEmpty() && chance(0.5) ? pick(c.pools.get("uploadId"))
            : word(16, 40, ID_CHARS);
        case "idempotencykey" -> key;
        case "sha256", "commitment", "seedhash" -> word(64, 64, "0123456789abcdef");
        case "seed" -> word(64, 64, "0123456789abcdef");
        case "workingdays" -> Integer.toString(1 + rnd.nextInt(40));
        case "login" -> "fuzz-" + word(3, 12, "abcdefghijklmnopqrstuvwxyz");
        case "password", "currentpassword", "newpassword" -> word(8, 24, ID_CHARS);
        case "kind" -> pick(new String[] {"ENTERPRISE", "AGENCY", "EXPERT", "NATURAL", "LEGAL"});
        case "class" -> pick(new String[] {"SERIOUS", "GENERAL"});
        case "department" -> pick(new String[] {"421181-zjj", "421181-jtj", "421181-jgb"});
        case "challenge" -> "v1." + word(16, 16, ID_CHARS) + "." + (System.currentTimeMillis() / 1000 + 600) + ".16."
            + word(22, 22, ID_CHARS);
        case "counter" -> Integer.toString(rnd.nextInt(1_000_000));
        case "size" -> Integer.toString(1 + rnd.nextInt(4096));
        case "filename" -> pick(new String[] {"现场照片.png", "evidence.pdf", "合同.docx", "录音.m4a"});
        default -> null;
      };
    }

    // --- JSON bodies

    byte[] jsonBody(List<String> plan) throws IOException {
      if (replay != null) {
        if (chance(0.5)) {
          return replay.body(); // the same submission again: the same receipt (replayed)
        }
        List<Object> holder = new ArrayList<>(List.of(model(parse(new String(replay.body(), StandardCharsets.UTF_8)))));
        mutateTree(holder, c.resolve(op.body()), pick(new String[] {"unicode", "wrong-type", "missing-field",
            "long-string", "empty-string"}));
        return utf8(write(holder.get(0)));
      }
      Object tree;
      JsonArray examples = c.corpus.containsKey(op.id()) ? c.corpus.getJsonArray(op.id()) : null;
      if (examples != null && (warmUp || chance(0.6))) {
        tree = template(model(examples.get(warmUp ? rnd.nextInt(examples.size()) : rnd.nextInt(examples.size()))));
      } else {
        tree = valid(op.body(), null, 0);
        if (tree instanceof JObj o && o.get("proof") != null) {
          o.set("proof", PROOF);
        }
      }
      if (op.path().startsWith("/api/v1/auth/") && tree instanceof JObj o) {
        guardLogin(o);
      }
      proof(tree);
      List<Object> holder = new ArrayList<>(List.of(tree));
      for (String kind : plan) {
        mutateTree(holder, c.resolve(op.body()), kind);
      }
      if (op.path().startsWith("/api/v1/auth/") && holder.get(0) instanceof JObj o) {
        guardLogin(o);
      }
      String text = write(holder.get(0));
      byte[] bytes = utf8(text);
      if (plan.contains("malformed-json")) {
        bytes = malformed(text);
      }
      if (plan.contains("invalid-utf8")) {
        bytes = invalidUtf8(bytes);
      }
      return bytes;
    }

    /** Never a real login: the throttle of a real login (50 failures from everywhere) must stay untouched. */
    void guardLogin(JObj o) {
      Object login = o.get("login");
      if (login instanceof String s && !s.strip().toLowerCase(Locale.ROOT).startsWith("fuzz")) {
        o.set("login", "fuzz-" + s);
      }
    }

    /** The corpus's placeholders: ${key}, ${uploadId}, ${upload}, ${today-N}, ${proof}, ${hostile}. */
    Object template(Object v) {
      if (v instanceof String s && s.startsWith("${")) {
        if (s.equals("${key}")) {
          return key;
        }
        if (s.equals("${uploadId}")) {
          return word(16, 40, ID_CHARS);
        }
        if (s.equals("${upload}")) {
          List<String> uploads = c.pools.get("uploadId");
          return uploads.isEmpty() ? word(16, 40, ID_CHARS) : uploads.get(0);
        }
        if (s.equals("${proof}")) {
          return PROOF;
        }
        if (s.equals("${hostile}")) {
          return "事实与理由" + pick(HOSTILE).replaceAll("[\\x00-\\x08\\uD800-\\uDFFF]", "") + "😀\u202E反向";
        }
        if (s.startsWith("${today-")) {
          return Http.TODAY.minusDays(Integer.parseInt(s.substring(8, s.length() - 1))).toString();
        }
        return s;
      }
      if (v instanceof JObj o) {
        o.entries.forEach(e -> e[1] = template(e[1]));
      } else if (v instanceof List<?> l) {
        @SuppressWarnings("unchecked")
        List<Object> list = (List<Object>) l;
        list.replaceAll(this::template);
      }
      return v;
    }

    /** Puts a solved proof (a share of the requests) or a made-up one where the body holds PROOF. */
    void proof(Object tree) throws IOException {
      if (!(tree instanceof JObj o) || o.get("proof") != PROOF) {
        return;
      }
      if (forceSolved || chance(0.35)) {
        solved = c.proofs.take(wire, c);
      }
      if (solved != null) {
        o.set("proof", new JObj().put("challenge", solved.challenge()).put("counter", solved.counter()));
      } else {
        o.set("proof", valid(c.schemas.getJsonObject("ProofRequest"), "proof", 1));
      }
    }

    List<Slot> slots(List<Object> holder, JsonObject schema) {
      List<Slot> out = new ArrayList<>();
      out.add(new Slot(holder, 0, "$", schema, true));
      collect(holder.get(0), schema, out, 0);
      return out;
    }

    void collect(Object node, JsonObject schema0, List<Slot> out, int depth) {
      if (depth > 30) {
        return;
      }
      JsonObject schema = schema0 == null ? null : c.resolve(schema0);
      if (node instanceof JObj o) {
        JsonObject props = schema != null && schema.containsKey("properties") ? schema.getJsonObject("properties") : null;
        List<String> required = schema != null && schema.containsKey("required")
            ? schema.getJsonArray("required").getValuesAs(JsonString.class).stream().map(JsonString::getString).toList()
            : List.of();
        for (int i = 0; i < o.entries.size(); i++) {
          String k = (String) o.entries.get(i)[0];
          JsonObject s = props != null && props.containsKey(k) ? c.resolve(props.getJsonObject(k)) : null;
          out.add(new Slot(o, i, k, s, required.contains(k)));
          collect(o.entries.get(i)[1], s, out, depth + 1);
        }
      } else if (node instanceof List<?> l) {
        JsonObject items = schema != null && schema.containsKey("items") ? c.resolve(schema.getJsonObject("items"))
            : null;
        for (int i = 0; i < l.size(); i++) {
          out.add(new Slot(l, i, "[]", items, false));
          collect(l.get(i), items, out, depth + 1);
        }
      }
    }

    Slot anySlot(List<Slot> slots, boolean entriesOnly, boolean notRoot) {
      List<Slot> s = slots.stream().filter(x -> (!entriesOnly || x.entry()) && (!notRoot || x.container != slots
          .get(0).container || x.index != 0 || x.entry())).toList();
      if (notRoot) {
        s = s.stream().filter(x -> !x.name.equals("$")).toList();
      }
      return s.isEmpty() ? slots.get(0) : pick(s);
    }

    Slot stringSlot(List<Slot> slots) {
      List<Slot> s = slots.stream().filter(x -> x.get() instanceof String || x.type().equals("string")).toList();
      return s.isEmpty() ? anySlot(slots, false, true) : pick(s);
    }

    void mutateTree(List<Object> holder, JsonObject schema, String kind) {
      List<Slot> slots = slots(holder, schema);
      switch (kind) {
        case "missing-field" -> {
          Slot s = anySlot(slots, true, true);
          if (s.entry()) {
            s.remove();
          }
        }
        case "missing-required" -> {
          List<Slot> req = slots.stream().filter(x -> x.entry() && x.required).toList();
          Slot s = req.isEmpty() ? anySlot(slots, true, true) : pick(req);
          if (s.entry()) {
            s.remove();
          }
        }
        case "null-field" -> anySlot(slots, false, chance(0.9)).set(null);
        case "wrong-type" -> {
          Slot s = anySlot(slots, false, chance(0.9));
          Object old = s.get();
          Object[] others = {new Raw("123"), new Raw("-1.5"), Boolean.TRUE, "text", new ArrayList<>(),
              new JObj(), new ArrayList<>(List.of(new Raw("1"), "2")), new JObj().put("x", new Raw("1")), null,
              new ArrayList<>(List.of(new JObj()))};
          Object v = pick(others);
          if (v != null && old != null && v.getClass() == old.getClass()) {
            v = old instanceof String ? new Raw("42") : "42";
          }
          s.set(v);
        }
        case "empty-string" -> stringSlot(slots).set(pick(new String[] {"", " ", "\t\n", "\u3000"}));
        case "long-string" -> stringSlot(slots).set(longString());
        case "unicode" -> {
          Slot s = stringSlot(slots);
          String base = s.get() instanceof String str ? str : "";
          String h = hostileText();
          s.set(switch (rnd.nextInt(4)) {
            case 0 -> h;
            case 1 -> base + h;
            case 2 -> h + base;
            default -> base.isEmpty() ? h : base.substring(0, base.length() / 2) + h + base.substring(base.length() / 2);
          });
        }
        case "number-limit" -> {
          List<Slot> nums = slots.stream().filter(x -> x.get() instanceof Raw || x.type().equals("integer")
              || x.type().equals("number") || x.get() instanceof Boolean).toList();
          Slot s = nums.isEmpty() ? anySlot(slots, false, true) : pick(nums);
          String n = pick(NUMBERS);
          s.set(chance(0.8) ? new Raw(n) : n);
        }
        case "deep-nesting" -> {
          int depth = chance(0.7) ? 2000 : 10_000;
          String open = chance(0.5) ? "[" : "{\"a\":";
          String close = open.equals("[") ? "]" : "}";
          anySlot(slots, false, false).set(new Raw(open.repeat(depth) + "1" + close.repeat(depth)));
        }
        case "duplicate-key" -> {
          List<Slot> entries = slots.stream().filter(Slot::entry).toList();
          if (!entries.isEmpty()) {
            Slot s = pick(entries);
            JObj o = (JObj) s.container;
            Object hostile = pick(new Object[] {null, new Raw("1e309"), hostileText(), new JObj(), Boolean.FALSE,
                copy(s.get())});
            o.entries.add(chance(0.5) ? s.index : s.index + 1, new Object[] {s.name, hostile});
          }
        }
        case "extra-fields" -> {
          JObj o = holder.get(0) instanceof JObj x ? x : new JObj();
          int n = chance(0.7) ? 1 + rnd.nextInt(5) : 2000;
          for (int i = 0; i < n; i++) {
            o.put(pick(new String[] {"__proto__", "constructor", "$where", "a.b", "", "\u0000", "x" + i,
                "class", "@type", "id"}) + (n > 10 ? i : ""), pick(new Object[] {new Raw("1"), "x", null,
                new JObj().put("$ne", null)}));
          }
          holder.set(0, o);
        }
        case "mongo-operator" -> anySlot(slots, false, true).set(pick(new Object[] {new JObj().put("$gt", ""),
            new JObj().put("$ne", null), new JObj().put("$regex", ".*").put("$options", "s"),
            new JObj().put("$where", "sleep(1000)"), "{\"$gt\":\"\"}", new ArrayList<>(List.of(new JObj().put("$in",
                new ArrayList<>())))}));
        case "json-in-string" -> stringSlot(slots).set(pick(new String[] {"{", "[".repeat(5000),
            "{\"a\":".repeat(3000) + "1" + "}".repeat(3000), "{\"format\":\"ggzy-random-inspection/1\"}",
            "{\"teams\":[{\"object\":null,\"inspectors\":[null]}]}", "[]", "null", "{\"a\":1,\"a\":2}",
            "\"" + "\\u0000".repeat(100) + "\"", "{\"x\":1e309}"}));
        case "nested-json" -> nestedJson(slots);
        case "big-array" -> {
          List<Slot> arrays = slots.stream().filter(x -> x.get() instanceof List<?> || x.type().equals("array"))
              .toList();
          Slot s = arrays.isEmpty() ? anySlot(slots, false, true) : pick(arrays);
          int n = chance(0.5) ? 100 : 5000;
          List<Object> l = new ArrayList<>();
          Object item = s.get() instanceof List<?> old && !old.isEmpty() ? old.get(0) : word(16, 20, ID_CHARS);
          for (int i = 0; i < n; i++) {
            l.add(chance(0.5) ? copy(item) : word(16, 20, ID_CHARS));
          }
          s.set(l);
        }
        default -> { }
      }
    }

    /** A string holding JSON (a draw document, a result) mutated inside. */
    void nestedJson(List<Slot> slots) {
      List<Slot> inner = slots.stream().filter(x -> x.get() instanceof String s && (s.startsWith("{")
          || s.startsWith("["))).toList();
      if (inner.isEmpty()) {
        stringSlot(slots).set(write(valid(null, null, 0)));
        return;
      }
      Slot s = pick(inner);
      Object tree;
      try {
        tree = model(Json.createReader(new StringReader((String) s.get())).readValue());
      } catch (RuntimeException e) {
        return; // not JSON after all, or deeper than the parser goes
      }
      List<Object> holder = new ArrayList<>(List.of(tree));
      int n = 1 + rnd.nextInt(2);
      for (int i = 0; i < n; i++) {
        String kind = pick(new String[] {"duplicate-element", "missing-field", "null-field", "wrong-type",
            "number-limit", "unicode", "empty-array", "big-array"});
        if (kind.equals("duplicate-element") || kind.equals("empty-array")) {
          List<Slot> arrays = slots(holder, null).stream().filter(x -> x.get() instanceof List<?> l && !l.isEmpty())
              .toList();
          if (!arrays.isEmpty()) {
            @SuppressWarnings("unchecked")
            List<Object> l = (List<Object>) pick(arrays).get();
            if (kind.equals("empty-array")) {
              l.clear();
            } else {
              l.add(copy(l.get(rnd.nextInt(l.size()))));
            }
          }
        } else {
          mutateTree(holder, null, kind);
        }
      }
      s.set(write(holder.get(0)));
    }

    String longString() {
      int[] sizes = {1024, 8192, 8193, 65_536, 100_000};
      int n = sizes[rnd.nextInt(sizes.length)];
      return switch (rnd.nextInt(3)) {
        case 0 -> "a".repeat(n);
        case 1 -> "麻".repeat(n / 3);
        default -> word(n / 2, n / 2, TEXT_CHARS);
      };
    }

    String hostileText() {
      String h = pick(HOSTILE);
      return chance(0.2) ? h.repeat(1 + rnd.nextInt(200)) : h;
    }

    byte[] malformed(String text) {
      return switch (rnd.nextInt(14)) {
        case 0 -> utf8(text.substring(0, rnd.nextInt(Math.max(1, text.length()))));
        case 1 -> utf8(text + "}");
        case 2 -> utf8(text.replace('"', '\''));
        case 3 -> utf8(text.replaceFirst(",", ",,"));
        case 4 -> utf8("/* c */" + text);
        case 5 -> new byte[0];
        case 6 -> utf8(pick(new String[] {"null", "[]", "\"x\"", "123", "true", "{}", "[{}]", "NaN", "{\"a\"}", "{,}"}));
        case 7 -> utf8("\uFEFF" + text);
        case 8 -> utf8(" ".repeat(100_000) + text);
        case 9 -> utf8(text.replaceFirst(":", ":NaN,\"_\":"));
        case 10 -> utf8(text.replaceFirst("\\{", "{\"a\":Infinity,"));
        case 11 -> utf8(text + "\u0000");
        case 12 -> utf8(text.replace("\"", ""));
        default -> utf8(text + text);
      };
    }

    byte[] invalidUtf8(byte[] bytes) {
      byte[][] bad = {{(byte) 0xFF}, {(byte) 0xC3, (byte) 0x28}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
        {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, {(byte) 0xC0, (byte) 0xAF}, {(byte) 0xE4, (byte) 0xB8}};
      byte[] b = pick(bad);
      // inside a string value where one is (after a quote), else anywhere
      int quote = -1;
      for (int i = bytes.length - 2; i > 0; i--) {
        if (bytes[i] == '"' && bytes[i - 1] == ':' || bytes[i] == '"' && bytes[i - 1] == ' ') {
          quote = i + 1;
          break;
        }
      }
      int at = quote > 0 && chance(0.8) ? quote : rnd.nextInt(bytes.length + 1);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      out.write(bytes, 0, at);
      out.writeBytes(b);
      out.write(bytes, at, bytes.length - at);
      return out.toByteArray();
    }

    // --- multipart

    final class Multipart {
      String boundary = "----fuzz" + word(16, 16, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789");
      String contentType;
      final List<List<byte[]>> heads = new ArrayList<>();
      final List<byte[]> contents = new ArrayList<>();
      String eol = "\r\n";
      byte[] preamble = new byte[0];
      byte[] epilogue = new byte[0];
      boolean closed = true;
      int truncate = -1;

      void part(byte[] content, String... headerLines) {
        List<byte[]> h = new ArrayList<>();
        for (String line : headerLines) {
          h.add(utf8(line));
        }
        heads.add(h);
        contents.add(content);
      }

      byte[] bytes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(preamble);
        byte[] nl = utf8(eol);
        for (int i = 0; i < heads.size(); i++) {
          out.writeBytes(utf8("--" + boundary));
          out.writeBytes(nl);
          for (byte[] h : heads.get(i)) {
            out.writeBytes(h);
            out.writeBytes(nl);
          }
          out.writeBytes(nl);
          out.writeBytes(contents.get(i));
          out.writeBytes(nl);
        }
        if (closed) {
          out.writeBytes(utf8("--" + boundary + "--"));
          out.writeBytes(nl);
        }
        out.writeBytes(epilogue);
        byte[] all = out.toByteArray();
        return truncate >= 0 && truncate < all.length ? Arrays.copyOf(all, truncate) : all;
      }
    }

    Multipart multipart(List<String> plan) {
      Multipart m = new Multipart();
      m.contentType = "multipart/form-data; boundary=" + m.boundary;
      boolean withId = chance(0.5);
      if (withId) {
        m.part(utf8(word(16, 40, ID_CHARS)), "Content-Disposition: form-data; name=\"uploadId\"");
      }
      boolean pdf = chance(0.3);
      String fileName = pdf ? "举报材料.pdf" : pick(new String[] {"现场照片.png", "photo.png", "IMG_0001.PNG"});
      byte[] content = pdf ? PDF : PNG;
      String disposition = "Content-Disposition: form-data; name=\"file\"; filename=\"" + fileName + "\"";
      String type = "Content-Type: " + (pdf ? "application/pdf" : "image/png");
      m.part(content, disposition, type);
      int file = m.heads.size() - 1;
      if (plan.contains("multipart-filename")) {
        m.heads.get(file).set(0, fileNameMutation(fileName));
      }
      if (plan.contains("multipart-fieldname")) {
        fieldNameMutation(m, file);
      }
      if (plan.contains("multipart-headers")) {
        partHeaderMutation(m, file);
      }
      if (plan.contains("multipart-content") && file < m.contents.size()) {
        m.contents.set(file, switch (rnd.nextInt(7)) {
          case 0 -> new byte[0];
          case 1 -> randomBytes(rnd.nextInt(65_536));
          case 2 -> randomBytes(300_000);
          case 3 -> utf8("not really a png\n".repeat(100));
          case 4 -> utf8("GIF89a" + "x".repeat(100));
          case 5 -> new byte[] {0x50, 0x4B, 0x03, 0x04, 0, 0, 0, 0};
          default -> utf8("\r\n--" + m.boundary + "\r\nContent-Disposition: form-data; name=\"file\"\r\n\r\nx");
        });
      }
      if (plan.contains("multipart-structure")) {
        structureMutation(m);
      }
      return m;
    }

    byte[] randomBytes(int n) {
      byte[] b = new byte[n];
      rnd.nextBytes(b);
      return b;
    }

    byte[] fileNameMutation(String fileName) {
      String prefix = "Content-Disposition: form-data; name=\"file\"; ";
      return switch (rnd.nextInt(18)) {
        case 0 -> utf8(prefix + "filename=\"" + "a".repeat(pick(new Integer[] {1000, 3000, 8000, 8150})) + ".png\"");
        case 1 -> utf8(prefix + "filename=\"" + "a".repeat(9000) + ".png\"");
        case 2 -> utf8(prefix + "filename=\"" + "照".repeat(pick(new Integer[] {1000, 2700, 3000})) + ".png\"");
        case 3 -> utf8(prefix + "filename=\"" + hostileText().replace("\"", "").replaceAll("[\\r\\n]", "")
            .replaceAll("[\\uD800-\\uDFFF]", "") + ".png\"");
        case 4 -> utf8(prefix + "filename=\"" + pick(new String[] {"../../../../etc/passwd", "C:\\\\Windows\\\\win.ini",
            "", " ", ".", "..", "/", "\\\\server\\\\share", "a\\\"b.png", "CON.png", ".png", "a.png.exe", "a/b/c.png"}) + "\"");
        case 5 -> utf8(prefix + "filename=\"" + "\\\"".repeat(1500) + ".png\"");
        case 6 -> utf8(prefix + "filename=\"" + "\\".repeat(3001) + "\"");
        case 7 -> utf8(prefix + "filename*=UTF-8''" + pick(new String[] {"%E7%85%A7.png", "%ZZ.png", "abc%", "%E4%B8",
            "%00.png", "a+b%2B.png", "%".repeat(100), "%41".repeat(3000), "%C0%AF.png", "%ED%A0%80.png",
            "%FF%FE.png", "%%32%35.png", "%u0041.png"}));
        case 8 -> utf8(prefix + "filename=\"a.png\"; filename*=UTF-8''" + pick(new String[] {"%E7%85%A7.png", "%zz"}));
        case 9 -> utf8(prefix + "filename=" + pick(new String[] {"unquoted.png", "a b.png", "\"unterminated.png",
            "", "\"\"\""}));
        case 10 -> bytes(utf8(prefix + "filename=\"bad"), new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80,
            (byte) 0xFF}, utf8(".png\""));
        case 11 -> utf8(prefix + "filename*=ISO-8859-1''%E9t%E9.png");
        case 12 -> utf8(prefix + "filename=\"" + "\u202Egnp.exe" + "\"");
        case 13 -> utf8(prefix + "FILENAME=\"" + fileName + "\"; FileName=\"second.png\"");
        case 14 -> utf8(prefix + "filename=\"a\u0000b.png\"");
        case 15 -> utf8("Content-Disposition: form-data; filename=\"" + fileName + "\"; name=\"file\"");
        case 16 -> utf8(prefix + "filename=\"" + fileName + "\"" + "; x=y".repeat(1500));
        default -> utf8(prefix + "filename=\"" + "a".repeat(3000) + "\";name=\"" + "b".repeat(3000) + "\"");
      };
    }

    void fieldNameMutation(Multipart m, int file) {
      switch (rnd.nextInt(8)) {
        case 0 -> m.heads.get(file).set(0, utf8("Content-Disposition: form-data; name=\""
            + "f".repeat(pick(new Integer[] {3000, 8000, 9000})) + "\"; filename=\"a.png\""));
        case 1 -> m.heads.get(file).set(0, utf8("Content-Disposition: form-data; name=\"" + hostileText()
            .replace("\"", "").replaceAll("[\\r\\n\\uD800-\\uDFFF]", "") + "\"; filename=\"a.png\""));
        case 2 -> m.heads.get(file).set(0, utf8("Content-Disposition: form-data; filename=\"a.png\""));
        case 3 -> m.heads.get(file).set(0, utf8("Content-Disposition: form-data; name=\"\"; filename=\"a.png\""));
        case 4 -> {
          m.part(PNG, "Content-Disposition: form-data; name=\"file\"; filename=\"second.png\"", "Content-Type: image/png");
        }
        case 5 -> m.part(utf8(pick(new String[] {"short", "a".repeat(65), "bad id!", "x".repeat(100_000), "\u202E"
            + "x".repeat(20), "../../x".repeat(4), ""})), "Content-Disposition: form-data; name=\"uploadId\"");
        case 6 -> m.heads.add(0, new ArrayList<>(List.of(utf8("Content-Disposition: form-data; name=\""
            + "n".repeat(3000) + "\""))));
        default -> m.heads.get(file).set(0, utf8("Content-Disposition: form-data; name=\"file\\\"x\"; filename=\"a.png\""));
      }
      if (m.heads.size() != m.contents.size()) {
        m.contents.add(0, utf8("value"));
      }
    }

    void partHeaderMutation(Multipart m, int file) {
      List<byte[]> h = m.heads.get(file);
      switch (rnd.nextInt(9)) {
        case 0 -> {
          for (int i = 0; i < 25; i++) {
            h.add(utf8("X-Extra-" + i + ": " + i));
          }
        }
        case 1 -> h.add(utf8("X-Pad: " + "p".repeat(pick(new Integer[] {8185, 8192, 9000, 100_000}))));
        case 2 -> h.add(utf8("no colon in this header line"));
        case 3 -> h.set(h.size() - 1, utf8("Content-Type: " + "image/png;".repeat(900)));
        case 4 -> h.add(0, utf8("Content-Disposition: form-data; name=\"other\""));
        case 5 -> h.add(utf8("X-Nul: a\u0000b"));
        case 6 -> h.add(utf8(" folded continuation line"));
        case 7 -> h.add(utf8(": empty name"));
        default -> h.clear();
      }
    }

    void structureMutation(Multipart m) {
      switch (rnd.nextInt(12)) {
        case 0 -> m.closed = false;
        case 1 -> m.truncate = rnd.nextInt(200);
        case 2 -> m.contentType = "multipart/form-data";
        case 3 -> m.contentType = "multipart/form-data; boundary=other-boundary";
        case 4 -> m.contentType = "multipart/form-data; boundary=\"" + m.boundary + "\"";
        case 5 -> {
          m.boundary = "b".repeat(pick(new Integer[] {71, 200, 5000}));
          m.contentType = "multipart/form-data; boundary=" + m.boundary;
        }
        case 6 -> m.eol = "\n";
        case 7 -> m.preamble = utf8("preamble line\r\n".repeat(150));
        case 8 -> m.epilogue = randomBytes(1000);
        case 9 -> {
          m.heads.clear();
          m.contents.clear();
        }
        case 10 -> m.contentType = "multipart/form-data; boundary=";
        default -> m.contentType = "multipart/mixed; boundary=" + m.boundary + "; boundary=second";
      }
    }

    byte[] binaryBody(List<String> plan) {
      if (!plan.contains("binary-body")) {
        return randomBytes(chance(0.5) ? 1024 : rnd.nextInt(2048));
      }
      return switch (rnd.nextInt(5)) {
        case 0 -> new byte[0];
        case 1 -> randomBytes(600_000);
        case 2 -> PNG;
        case 3 -> randomBytes(rnd.nextInt(100_000));
        default -> utf8("{\"json\":true}");
      };
    }

    // --- headers, paths, framing

    List<String[]> headerMutations(List<String> plan) {
      List<String[]> out = new ArrayList<>();
      String[] names = {"Idempotency-Key", "X-Access-Code", "X-Device-Id", "X-Forwarded-For", "Cookie", "Referer",
        "User-Agent", "X-Fuzz"};
      if (plan.contains("huge-header")) {
        int n = pick(new Integer[] {1024, 4096, 8192, 16_000, 32_000, 40_000, 100_000});
        String v = chance(0.7) ? "k".repeat(n) : "键".repeat(n / 3);
        out.add(new String[] {pick(names), v});
      }
      if (plan.contains("header-unicode")) {
        String v = pick(HOSTILE).replaceAll("[\\r\\n\\uD800-\\uDFFF]", "");
        out.add(new String[] {pick(names), chance(0.5) ? v : "abc" + v + "def"});
      }
      if (plan.contains("many-headers")) {
        int n = pick(new Integer[] {100, 499, 600});
        for (int i = 0; i < n; i++) {
          out.add(new String[] {"X-H" + i, "v"});
        }
      }
      if (plan.contains("duplicate-header")) {
        String n = pick(new String[] {"Idempotency-Key", "X-Access-Code", "Content-Type", "Host", "X-Device-Id"});
        out.add(new String[] {n, n.equals("Content-Type") ? "text/plain" : word(16, 20, ID_CHARS)});
        out.add(new String[] {n, n.equals("Content-Type") ? "application/json" : word(16, 20, ID_CHARS)});
      }
      if (plan.contains("accept-header")) {
        String[] values = {"application/xml", "text/html", "*/*;q=abc", "application/json;q=2", "", "a/b/c",
          "application/pdf", ";;;", "*/*;" + "q=0.1;".repeat(1000), "text/*, application/json;q=0"};
        out.add(new String[] {chance(0.7) ? "Accept" : "Accept-Language", chance(0.7) ? pick(values)
            : pick(new String[] {"zz", "en-US;q=abc", "*", "en,".repeat(2000), "\u00ff", "zh-Hans-CN-x-private-use"})});
      }
      if (plan.contains("auth-header")) {
        out.add(new String[] {"Authorization", pick(new String[] {"Bearer x", "Bearer " + "a".repeat(8000),
            "Basic !!!", "Bearer eyJhbGciOiJub25lIn0.eyJzdWIiOiJhZG1pbiIsImdyb3VwcyI6WyJTWVNURU1fQURNSU4iXX0.",
            "Bearer a.b.c", "Negotiate YII=", "Basic " + Base64.getEncoder().encodeToString(utf8("admin:x")), ""})});
      }
      return out;
    }

    String mutatePath(String valid) {
      return switch (rnd.nextInt(6)) {
        case 0, 1 -> pick(PATH_VALUES);
        case 2 -> encode(valid, true) + pick(PATH_VALUES);
        case 3 -> pick(new String[] {"a", "1", "%E9%BA%BB", "Z"}).repeat(pick(new Integer[] {2000, 8000, 20_000, 60_000}));
        case 4 -> encode(hostileText().replaceAll("[\\uD800-\\uDFFF]", ""), true);
        default -> pick(new String[] {"麻城", "😀", "a%20b", "a%09b", "a\"b", "a<b>", "a{b}", "a|b", "a^b", "a`b"});
      };
    }

    String oddPath(String path) {
      return switch (rnd.nextInt(10)) {
        case 0 -> path + "/";
        case 1 -> path.replace("/api/v1/", "/api//v1/");
        case 2 -> path + "/../" + path.substring(path.lastIndexOf('/') + 1);
        case 3 -> path.replace("/api/v1/public/", "/api/v1/public/../public/");
        case 4 -> path + ";jsessionid=" + word(10, 30, ID_CHARS);
        case 5 -> path + "%2F";
        case 6 -> path.toUpperCase(Locale.ROOT);
        case 7 -> path.replace("/api/", "/api/%2e/");
        case 8 -> path + "/" + "x".repeat(5000);
        default -> path.replace("/v1/", "/v1/./");
      };
    }

    Req framing(Req r) {
      List<String[]> h = new ArrayList<>(r.headers());
      byte[] body = r.body() == null ? utf8("{}") : r.body();
      switch (rnd.nextInt(6)) {
        case 0 -> {
          h.add(new String[] {"Transfer-Encoding", "chunked"});
          h.add(new String[] {"Content-Length", Integer.toString(body.length)});
          body = chunked(body);
        }
        case 1 -> {
          h.add(new String[] {"Transfer-Encoding", "chunked"});
          body = bytes(utf8("zz\r\n"), body, utf8("\r\n0\r\n\r\n"));
        }
        case 2 -> h.add(new String[] {"Content-Length", pick(new String[] {"-1", "abc", "1e3", "00", " 5",
            "99999999999999999999"})});
        case 3 -> {
          h.add(new String[] {"Content-Length", Integer.toString(body.length)});
          h.add(new String[] {"Content-Length", Integer.toString(body.length + 1)});
        }
        case 4 -> {
          h.add(new String[] {"Transfer-Encoding", "chunked"});
          body = chunked(body);
        }
        default -> {
          h.add(new String[] {"Content-Length", Integer.toString(Math.max(0, body.length / 2))});
        }
      }
      return new Req(r.op(), r.kind(), r.method(), r.target(), h, body, null, null);
    }

    static byte[] chunked(byte[] body) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      for (int i = 0; i < body.length; i += 1000) {
        int n = Math.min(1000, body.length - i);
        out.writeBytes(utf8(Integer.toHexString(n) + "\r\n"));
        out.write(body, i, n);
        out.writeBytes(utf8("\r\n"));
      }
      out.writeBytes(utf8("0\r\n\r\n"));
      return out.toByteArray();
    }
  }

  static byte[] bytes(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] p : parts) {
      out.writeBytes(p);
    }
    return out.toByteArray();
  }

  /** Percent-encoding of a path segment (pathSegment) or a query value. */
  static String encode(String value, boolean pathSegment) {
    if (!pathSegment) {
      return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
    StringBuilder b = new StringBuilder();
    for (byte x : utf8(value)) {
      int c = x & 0xFF;
      if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '.' || c == '_'
          || c == '~') {
        b.append((char) c);
      } else {
        b.append('%').append(String.format("%02X", c));
      }
    }
    return b.toString();
  }

  /** Many query parameters, some repeated. */
  static String manyParams(int n) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < n; i++) {
      b.append(i == 0 ? "" : "&").append('p').append(i % 7).append('=').append(i);
    }
    return b.toString();
  }

  // ---------------------------------------------------------------------------------------------
  // the figures

  static final class Stats {
    final LongAdder requests = new LongAdder();
    final LongAdder supportRequests = new LongAdder();
    final Map<Integer, LongAdder> status = new ConcurrentHashMap<>();
    final Map<String, Map<Integer, LongAdder>> perOp = new ConcurrentHashMap<>();
    final Map<String, Map<Integer, LongAdder>> perKind = new ConcurrentHashMap<>();
    final AtomicInteger failureCount = new AtomicInteger();
    final List<String> failures = new ArrayList<>();
    final Map<String, AtomicInteger> signatures = new ConcurrentHashMap<>();
    final LongAdder bytesSent = new LongAdder();
    final List<String> harnessErrors = new ArrayList<>();
    final List<String> timeouts = new ArrayList<>();

    /** The generator failed (a bug of this test, not of the server): counted, the campaign goes on. */
    void harnessError(String where, RuntimeException e) {
      synchronized (harnessErrors) {
        if (harnessErrors.size() < 20) {
          StringWriter trace = new StringWriter();
          e.printStackTrace(new PrintWriter(trace));
          harnessErrors.add(where + ": " + cut(trace.toString(), 2000));
        }
      }
    }
    final Map<String, LongAdder> nanosPerKind = new ConcurrentHashMap<>();
    final Map<String, AtomicLong> maxNanosPerKind = new ConcurrentHashMap<>();

    void record(Req r, Answer a, int index, long nanos) {
      requests.increment();
      if (a.status() == -1) {
        synchronized (timeouts) {
          if (timeouts.size() < 5) {
            timeouts.add(r.op() + " [" + r.kind() + "] request " + index + "\n" + r.describe(300));
          }
        }
      }
      for (String k : r.kind().split("\\+")) {
        nanosPerKind.computeIfAbsent(k, x -> new LongAdder()).add(nanos);
        maxNanosPerKind.computeIfAbsent(k, x -> new AtomicLong()).accumulateAndGet(nanos, Math::max);
      }
      bytesSent.add(r.body() == null ? 0 : r.body().length);
      status.computeIfAbsent(a.status(), k -> new LongAdder()).increment();
      perOp.computeIfAbsent(r.op(), k -> new ConcurrentHashMap<>()).computeIfAbsent(a.status(), k -> new LongAdder())
          .increment();
      for (String k : r.kind().split("\\+")) {
        perKind.computeIfAbsent(k, x -> new ConcurrentHashMap<>()).computeIfAbsent(a.status(), x -> new LongAdder())
            .increment();
      }
      check(r, a, "seed " + SEED + ", request " + index);
    }

    void support(Req r, Answer a) {
      supportRequests.increment();
      check(r, a, "set-up " + r.kind());
    }

    private void check(Req r, Answer a, String where) {
      if (a.status() < 500) {
        return;
      }
      failureCount.incrementAndGet();
      String signature = r.op() + "|" + r.kind() + "|" + a.status();
      if (signatures.computeIfAbsent(signature, k -> new AtomicInteger()).incrementAndGet() > 3) {
        return;
      }
      String found = a.status() + " " + cut(a.text(), 300) + " (" + where + ")";
      String line = new Req(r.op(), r.kind(), r.method(), r.target(), r.headers(), r.body(), null,
          "fuzz " + r.op() + " [" + r.kind() + "] " + where).toJsonLine(found);
      synchronized (failures) {
        if (failures.size() < 200) {
          failures.add(r.op() + " [" + r.kind() + "] " + where + "\n" + r.describe(2000) + "\n--> " + a.head(800));
          try {
            Files.createDirectories(FAILURES.toAbsolutePath().getParent());
            Files.writeString(FAILURES, line + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                StandardOpenOption.APPEND);
          } catch (IOException e) {
            failures.add("could not write " + FAILURES + ": " + e);
          }
        }
      }
    }

    long count(int s) {
      LongAdder a = status.get(s);
      return a == null ? 0 : a.sum();
    }

    String failureMessage() {
      synchronized (failures) {
        return failureCount.get() + " answers of 5xx (" + signatures.size() + " kinds). Each request is in "
            + FAILURES.toAbsolutePath() + ": copy its lines into liberty-config/src/test/resources/fuzz/"
            + "regressions.jsonl so that it stays covered (the server's stack traces are in " + SERVER_LOG
            + "). The first ones:\n\n" + failures.stream().limit(5).collect(Collectors.joining("\n\n"));
      }
    }

    static String histogram(Map<Integer, LongAdder> m) {
      return new TreeMap<>(m).entrySet().stream().map(e -> (e.getKey() == 0 ? "closed" : e.getKey() == -1 ? "timeout"
          : e.getKey().toString()) + "=" + e.getValue().sum()).collect(Collectors.joining(" "));
    }

    String histogram() {
      return histogram(status);
    }

    String summary(Campaign c, double seconds) {
      long total = requests.sum();
      long reached = total - count(429) - count(0) - count(-1);
      StringBuilder b = new StringBuilder();
      b.append(String.format(Locale.ROOT, "PUBLIC FUZZ: %,d requests (seed %d, %d threads, %d operations) in %.1f s "
              + "= %.0f requests/s, %,d bytes of bodies; answers >= 500: %d%n", total, SEED, THREADS, c.ops.size(),
          seconds, total / seconds, bytesSent.sum(), failureCount.get()));
      b.append("status codes: ").append(histogram()).append('\n');
      if (!timeouts.isEmpty()) {
        b.append("no answer within 60 s (the first ones):\n").append(String.join("\n", timeouts)).append('\n');
      }
      if (!harnessErrors.isEmpty()) {
        b.append("errors of the generator itself: ").append(String.join("\n", harnessErrors)).append('\n');
      }
      b.append(String.format(Locale.ROOT, "reached the application (answered, not 429): %.1f %%; set-up requests "
              + "%d; proofs solved %d (%.1f s), consumed by stored submissions %d%n", 100.0 * reached / Math.max(1, total),
          supportRequests.sum(), c.proofs.solved.get(), c.proofs.solveNanos.get() / 1e9, c.proofs.consumed.get()));
      b.append("operations (public by path, or found public by an anonymous probe):\n");
      for (Op op : c.ops) {
        Map<Integer, LongAdder> m = perOp.get(op.id());
        b.append("  ").append(op.id()).append(": ").append(m == null ? "-" : histogram(m)).append('\n');
      }
      b.append("mutation kinds:\n");
      new TreeMap<>(perKind).forEach((k, m) -> {
        long n = m.values().stream().mapToLong(LongAdder::sum).sum();
        b.append(String.format(Locale.ROOT, "  %s: %s (mean %.0f ms, max %.0f ms)%n", k, histogram(m),
            nanosPerKind.get(k).sum() / 1e6 / Math.max(1, n), maxNanosPerKind.get(k).get() / 1e6));
      });
      b.append("probed (no security in the document): ").append(c.probed.size()).append(" operations, public: ")
          .append(c.ops.stream().filter(o -> !o.path().startsWith("/api/v1/public/")).map(Op::id).toList())
          .append('\n');
      return b.toString();
    }
  }
}
