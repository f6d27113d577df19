import com.sun.management.OperatingSystemMXBean;
import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;

/**
 * Load, crash and verification client for the public channel (run with {@code java IntakeLoad.java},
 * JDK 17, no dependencies). Modes:
 *
 * <ul>
 *   <li>{@code bench BASE THREADS SECONDS}: the trivial endpoint GET /health/live, then anonymous reports
 *       without attachment (challenge + proof of work + POST /reports), then with a 1 MB photo
 *       (multipart upload + challenge + POST /reports); throughput and p50/p99 of each.
 *   <li>{@code burst BASE THREADS SECONDS ACKS}: reports with a 200 KB photo until the time is up or the
 *       server is gone; each acknowledged one (201) is appended to ACKS (key, receipt, code, upload id,
 *       SHA-256 of the photo as sent) before the next is sent; keys sent but not acknowledged go to
 *       ACKS.sent.
 *   <li>{@code verify BASE ACKS ADMIN_PASSWORD}: every acknowledged receipt is found with its code, its
 *       file listed with the SHA-256 sent; then the file is downloaded by an office leader from the
 *       case and hashed again; unacknowledged keys are retried (same key, same content) and must give
 *       one receipt each.
 * </ul>
 */
public class IntakeLoad {
  static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(5)).build();

  public static void main(String[] args) throws Exception {
    switch (args[0]) {
      case "bench" -> bench(args[1], Integer.parseInt(args[2]), Integer.parseInt(args[3]));
      case "reports" -> System.out.println(measure("POST /reports (no attachment)", Integer.parseInt(args[2]),
          Integer.parseInt(args[3]), plain(args[1], Long.toHexString(System.currentTimeMillis()))));
      case "burst" -> burst(args[1], Integer.parseInt(args[2]), Integer.parseInt(args[3]), Path.of(args[4]));
      case "verify" -> System.exit(verify(args[1], Path.of(args[2]), args[3]) ? 0 : 1);
      default -> throw new IllegalArgumentException(args[0]);
    }
  }

  // ---- one operation of each kind ------------------------------------------------------------

  record Result(int status, String body) {}

  static Result send(HttpRequest.Builder b) throws IOException, InterruptedException {
    HttpResponse<String> r = HTTP.send(b.timeout(Duration.ofSeconds(60)).build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    return new Result(r.statusCode(), r.body());
  }

  static String field(String json, String name) {
    Matcher m = Pattern.compile("\"" + name + "\":\"([^\"]*)\"").matcher(json);
    return m.find() ? m.group(1) : null;
  }

  static String solve(String challenge, int difficulty) throws Exception {
    MessageDigest sha = MessageDigest.getInstance("SHA-256");
    for (long n = 0; ; n++) {
      byte[] h = sha.digest((challenge + ":" + n).getBytes(StandardCharsets.UTF_8));
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
  }

  static String proof(String base, String device) throws Exception {
    Result c = send(HttpRequest.newBuilder(URI.create(base + "/api/v1/public/intake/challenges"))
        .header("X-Device-Id", device).POST(HttpRequest.BodyPublishers.noBody()));
    if (c.status() != 201) {
      throw new IllegalStateException("challenge " + c.status() + " " + c.body());
    }
    String challenge = field(c.body(), "challenge");
    Matcher d = Pattern.compile("\"difficulty\":(\\d+)").matcher(c.body());
    d.find();
    return "{\"challenge\":\"" + challenge + "\",\"counter\":\"" + solve(challenge, Integer.parseInt(d.group(1)))
        + "\"}";
  }

  /** A JPEG head and bytes derived from the key: a retry sends exactly the same file. */
  static byte[] photo(String key, int size) {
    byte[] bytes = new byte[size];
    new Random(key.hashCode()).nextBytes(bytes);
    bytes[0] = (byte) 0xFF;
    bytes[1] = (byte) 0xD8;
    bytes[2] = (byte) 0xFF;
    bytes[3] = (byte) 0xE0;
    return bytes;
  }

  static String upload(String base, String device, String uploadId, byte[] file) throws Exception {
    String boundary = "----intake" + Long.toHexString(System.nanoTime());
    ByteArrayOutputStream body = new ByteArrayOutputStream(file.length + 512);
    body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"uploadId\"\r\n\r\n" + uploadId
        + "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"photo.jpg\"\r\n"
        + "Content-Type: image/jpeg\r\n\r\n").getBytes(StandardCharsets.UTF_8));
    body.write(file);
    body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    Result r = send(HttpRequest.newBuilder(URI.create(base + "/api/v1/public/uploads"))
        .header("Content-Type", "multipart/form-data; boundary=" + boundary).header("X-Device-Id", device)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    if (r.status() != 201) {
      throw new IllegalStateException("upload " + r.status() + " " + r.body());
    }
    return field(r.body(), "sha256");
  }

  static Result report(String base, String device, String key, String proof, String uploadId) throws Exception {
    String json = "{\"region\":\"421181\",\"proof\":" + proof + ",\"anonymous\":true,\"matter\":\"BID_RIGGING\","
        + "\"industry\":\"HOUSING_CONSTRUCTION\",\"projectName\":\"麻城市某道路工程\",\"facts\":\"压测：投标文件雷同 "
        + key + "\",\"evidenceUploadIds\":[" + (uploadId == null ? "" : "\"" + uploadId + "\"") + "]}";
    return send(HttpRequest.newBuilder(URI.create(base + "/api/v1/public/reports"))
        .header("Content-Type", "application/json").header("Idempotency-Key", key).header("X-Device-Id", device)
        .POST(HttpRequest.BodyPublishers.ofString(json)));
  }

  // ---- bench --------------------------------------------------------------------------------

  interface Op {
    /** Runs once; answers the nanoseconds of the part that is measured (or -1 if it failed). */
    long run(int thread, long n) throws Exception;
  }

  record Figures(String name, long ops, long errors, double seconds, long p50, long p99, long max,
      double serverCpuMs, double clientCpuMs) {
    @Override
    public String toString() {
      return String.format("%-44s %7d ok %5d err %8.1f /s   p50 %6.1f ms   p99 %6.1f ms   max %7.1f ms"
          + "   CPU/op: server %5.2f ms, client %5.2f ms", name, ops, errors, ops / seconds, p50 / 1e6, p99 / 1e6,
          max / 1e6, serverCpuMs / Math.max(1, ops), clientCpuMs / Math.max(1, ops));
    }
  }

  /** CPU milliseconds used so far by the server JVM (-Dserver.pid), from /proc; 0 when unknown. */
  static double serverCpuMs() {
    String pid = System.getProperty("server.pid");
    if (pid == null) {
      return 0;
    }
    try {
      String stat = Files.readString(Path.of("/proc", pid, "stat"));
      String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      return (Long.parseLong(f[11]) + Long.parseLong(f[12])) * 10.0;
    } catch (IOException | RuntimeException e) {
      return 0;
    }
  }

  static double clientCpuMs() {
    return ((OperatingSystemMXBean) ManagementFactory
        .getOperatingSystemMXBean()).getProcessCpuTime() / 1e6;
  }

  static Figures measure(String name, int threads, int seconds, Op op) throws Exception {
    ConcurrentLinkedQueue<long[]> samples = new ConcurrentLinkedQueue<>();
    AtomicLong errors = new AtomicLong();
    AtomicBoolean stop = new AtomicBoolean();
    CountDownLatch done = new CountDownLatch(threads);
    double serverBefore = serverCpuMs();
    double clientBefore = clientCpuMs();
    long start = System.nanoTime();
    for (int t = 0; t < threads; t++) {
      int thread = t;
      Thread worker = new Thread(() -> {
        long[] mine = new long[1 << 20];
        int count = 0;
        long n = 0;
        while (!stop.get()) {
          try {
            long ns = op.run(thread, n++);
            if (ns < 0) {
              errors.incrementAndGet();
            } else if (count < mine.length) {
              mine[count++] = ns;
            }
          } catch (Exception e) {
            if (errors.incrementAndGet() < 5) {
              System.err.println(name + ": " + e);
            }
          }
        }
        samples.add(Arrays.copyOf(mine, count));
        done.countDown();
      });
      worker.start();
    }
    Thread.sleep(seconds * 1000L);
    stop.set(true);
    done.await();
    double elapsed = (System.nanoTime() - start) / 1e9;
    double server = serverCpuMs() - serverBefore;
    double client = clientCpuMs() - clientBefore;
    long[] all = samples.stream().flatMapToLong(Arrays::stream).sorted().toArray();
    if (all.length == 0) {
      return new Figures(name, 0, errors.get(), elapsed, 0, 0, 0, server, client);
    }
    return new Figures(name, all.length, errors.get(), elapsed, all[all.length / 2],
        all[(int) Math.min(all.length - 1, Math.ceil(all.length * 0.99) - 1)], all[all.length - 1], server, client);
  }

  static void bench(String base, int threads, int seconds) throws Exception {
    String run = Long.toHexString(System.currentTimeMillis());
    byte[] megabyte = photo(run, 1 << 20);
    Op health = (t, n) -> {
      long t0 = System.nanoTime();
      Result r = send(HttpRequest.newBuilder(URI.create(base + "/health/live")).GET());
      return r.status() == 200 ? System.nanoTime() - t0 : -1;
    };
    Op plain = plain(base, run);
    Op plainWhole = (t, n) -> {
      String device = "bench-" + t;
      long t0 = System.nanoTime();
      String proof = proof(base, device);
      Result r = report(base, device, run + "-w-" + t + "-" + n + "-0000000000", proof, null);
      return r.status() == 201 ? System.nanoTime() - t0 : fail(r);
    };
    Op attached = (t, n) -> {
      String device = "bench-" + t;
      String id = run + "-a-" + t + "-" + n + "-000000";
      long t0 = System.nanoTime();
      upload(base, device, id, megabyte);
      String proof = proof(base, device);
      Result r = report(base, device, id + "-key", proof, id);
      return r.status() == 201 ? System.nanoTime() - t0 : fail(r);
    };
    // the JIT compiler needs about 45 s of this load on two busy cores before its big compilations
    // stop (JFR jdk.Compilation); measured earlier, the first phase showed a third of the CPU compiling
    int warmUp = Integer.getInteger("warmup.seconds", 45);
    System.out.println("warm-up " + warmUp + " s …");
    measure("warm-up", threads, 3, attached);
    measure("warm-up", threads, warmUp, plain);
    List<Figures> figures = new ArrayList<>();
    figures.add(measure("GET /health/live", threads, seconds, health));
    figures.add(measure("POST /reports (no attachment)", threads, seconds, plain));
    figures.add(measure("challenge + POST /reports (no attachment)", threads, seconds, plainWhole));
    figures.add(measure("upload 1 MB + challenge + POST /reports", threads, seconds, attached));
    figures.add(measure("GET /health/live (again)", threads, seconds, health));
    System.out.println("threads " + threads + ", " + seconds + " s each");
    figures.forEach(System.out::println);
    drain(base);
  }

  /**
   * The cases of the submissions just acknowledged are registered in the background (one node, one
   * thread): from the gauge intake.cases.waiting, how long the backlog takes to clear, and the
   * registration rate, with the submissions' load gone.
   */
  static void drain(String base) throws Exception {
    long start = System.nanoTime();
    double first = waiting(base);
    double left = first;
    while (left > 0 && System.nanoTime() - start < 600_000_000_000L) {
      Thread.sleep(1000);
      left = waiting(base);
    }
    double secs = (System.nanoTime() - start) / 1e9;
    System.out.printf("case registration backlog: %.0f waiting after the load, %.0f left after %.1f s: %.1f cases/s%n",
        first, left, secs, (first - left) / secs);
  }

  /**
   * The gauge from /metrics, which answers only over HTTPS with the scraper's login: METRICS_URL
   * (the server's https address) and METRICS_PASSWORD from the environment (intake-server.sh sets
   * both); the bench server's self-signed certificate is trusted for this call only.
   */
  static double waiting(String base) throws Exception {
    String metrics = System.getenv().getOrDefault("METRICS_URL", base.replace("http:", "https:"));
    SSLContext tls = SSLContext.getInstance("TLS");
    tls.init(null, new TrustManager[] {new X509TrustManager() {
      @Override
      public void checkClientTrusted(X509Certificate[] chain, String type) {}

      @Override
      public void checkServerTrusted(X509Certificate[] chain, String type) {}

      @Override
      public X509Certificate[] getAcceptedIssuers() {
        return new X509Certificate[0];
      }
    }}, null);
    String login = "metrics:" + System.getenv().getOrDefault("METRICS_PASSWORD", "");
    HttpResponse<String> answer = HttpClient.newBuilder().sslContext(tls).build().send(HttpRequest.newBuilder(
        URI.create(metrics + "/metrics?scope=application")).header("Authorization", "Basic "
        + Base64.getEncoder().encodeToString(login.getBytes(StandardCharsets.UTF_8))).GET().build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    Result r = new Result(answer.statusCode(), answer.body());
    Matcher m = Pattern.compile("(?m)^intake_cases_waiting(?:\\{[^}]*\\})?\\s+(\\S+)").matcher(r.body());
    if (!m.find()) {
      throw new IllegalStateException("no intake_cases_waiting gauge in /metrics: " + r.status());
    }
    return Double.parseDouble(m.group(1));
  }

  static Op plain(String base, String run) {
    return (t, n) -> {
      String device = "bench-" + t;
      String proof = proof(base, device);
      long t0 = System.nanoTime();
      Result r = report(base, device, run + "-p-" + t + "-" + n + "-0000000000", proof, null);
      return r.status() == 201 ? System.nanoTime() - t0 : fail(r);
    };
  }

  static long fail(Result r) {
    if (r.status() >= 500 || Math.random() < 0.01) {
      System.err.println("HTTP " + r.status() + " " + r.body());
    }
    return -1;
  }

  // ---- burst and verify ------------------------------------------------------------------------

  static void burst(String base, int threads, int seconds, Path acks) throws Exception {
    String run = Long.toHexString(System.currentTimeMillis());
    Path sent = Path.of(acks + ".sent");
    AtomicLong acknowledged = new AtomicLong();
    AtomicLong failures = new AtomicLong();
    AtomicBoolean gone = new AtomicBoolean();
    long end = System.nanoTime() + seconds * 1_000_000_000L;
    List<Thread> workers = new ArrayList<>();
    try (BufferedWriter ackOut = Files.newBufferedWriter(acks, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        BufferedWriter sentOut = Files.newBufferedWriter(sent, StandardOpenOption.CREATE,
            StandardOpenOption.APPEND)) {
      for (int t = 0; t < threads; t++) {
        int thread = t;
        Thread worker = new Thread(() -> {
          for (long n = 0; System.nanoTime() < end && !gone.get(); n++) {
            String key = run + "-" + thread + "-" + n + "-crashtest";
            String device = "burst-" + thread;
            byte[] file = photo(key, 200_000);
            try {
              synchronized (sentOut) {
                sentOut.write(key + "\n");
                sentOut.flush();
              }
              upload(base, device, key.replace('-', '_'), file);
              Result r = report(base, device, key, proof(base, device), key.replace('-', '_'));
              if (r.status() == 201) {
                String line = String.join("\t", key, field(r.body(), "receiptNumber"), field(r.body(), "accessCode"),
                    key.replace('-', '_'), sha(file));
                synchronized (ackOut) {
                  ackOut.write(line + "\n");
                  ackOut.flush();
                }
                acknowledged.incrementAndGet();
              } else {
                failures.incrementAndGet();
              }
            } catch (ConnectException e) {
              gone.set(true);
            } catch (Exception e) {
              failures.incrementAndGet();
              if (e instanceof IOException) {
                gone.set(true);
              }
            }
          }
        });
        worker.start();
        workers.add(worker);
      }
      for (Thread w : workers) {
        w.join();
      }
    }
    System.out.println("burst: " + acknowledged.get() + " acknowledged, " + failures.get()
        + " failed or cut off" + (gone.get() ? " (server gone)" : ""));
  }

  static String sha(byte[] bytes) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
  }

  static boolean verify(String base, Path acks, String adminPassword) throws Exception {
    Map<String, String[]> acked = new LinkedHashMap<>();
    for (String line : Files.readAllLines(acks)) {
      String[] f = line.split("\t");
      acked.put(f[0], f);
    }
    int ok = 0;
    List<String> problems = new ArrayList<>();
    for (String[] a : acked.values()) {
      Result r = send(HttpRequest.newBuilder(URI.create(base + "/api/v1/public/tracking/" + a[1]))
          .header("X-Access-Code", a[2]).header("X-Device-Id", "verify").GET());
      if (r.status() != 200 || !r.body().contains("\"sha256\":\"" + a[4] + "\"")) {
        problems.add(a[1] + ": tracking " + r.status() + " " + r.body());
      } else {
        ok++;
      }
    }
    System.out.println("verify: " + ok + " of " + acked.size() + " acknowledged receipts found with their code and "
        + "the SHA-256 sent");
    // unacknowledged keys: a retry with the same key and content gives exactly one receipt
    List<String> unacked = new ArrayList<>();
    Path sentFile = Path.of(acks + ".sent");
    if (Files.exists(sentFile)) {
      for (String key : Files.readAllLines(sentFile)) {
        if (!acked.containsKey(key)) {
          unacked.add(key);
        }
      }
    }
    int retried = 0;
    for (String key : unacked) {
      String id = key.replace('-', '_');
      byte[] file = photo(key, 200_000);
      upload(base, "verify", id, file);
      Result first = report(base, "verify", key, proof(base, "verify"), id);
      Result again = report(base, "verify", key, proof(base, "verify"), id);
      if (first.status() != 201 || again.status() != 201
          || !field(first.body(), "receiptNumber").equals(field(again.body(), "receiptNumber"))) {
        problems.add(key + ": retry " + first.status() + " " + first.body() + " / " + again.status());
      } else {
        retried++;
      }
    }
    System.out.println("verify: " + retried + " of " + unacked.size() + " cut-off submissions retried with their key: "
        + "one receipt each");
    // bytes as stored: an office leader downloads each file from its case
    String admin = token(base, "admin", adminPassword);
    String login = "verify" + Long.toHexString(System.nanoTime() % 0xFFFFFF);
    Result created = send(HttpRequest.newBuilder(URI.create(base + "/api/v1/accounts"))
        .header("Authorization", "Bearer " + admin).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString("{\"tenantId\":\"421181-jgb\",\"login\":\"" + login
            + "\",\"displayName\":\"校验\",\"roles\":[\"OFFICE_LEADER\"]}")));
    String leader = token(base, login, field(created.body(), "initialPassword"));
    int downloaded = 0;
    long deadline = System.nanoTime() + 600_000_000_000L;
    for (String[] a : acked.values()) {
      String caseNumber = null;
      while (caseNumber == null && System.nanoTime() < deadline) {
        Result t = send(HttpRequest.newBuilder(URI.create(base + "/api/v1/public/tracking/" + a[1]))
            .header("X-Access-Code", a[2]).header("X-Device-Id", "verify").GET());
        caseNumber = field(t.body(), "caseNumber");
        if (caseNumber == null) {
          Thread.sleep(500);
        }
      }
      if (caseNumber == null) {
        problems.add(a[1] + ": no case registered");
        continue;
      }
      Result inbox = send(HttpRequest.newBuilder(URI.create(base + "/api/v1/cases?inbox=OFFICE&limit=5&number="
          + URLEncoder.encode(caseNumber, StandardCharsets.UTF_8))).header("Authorization", "Bearer " + leader)
          .GET());
      String caseId = field(inbox.body(), "id");
      HttpResponse<byte[]> file = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/cases/" + caseId
          + "/submission/files/" + a[3])).header("Authorization", "Bearer " + leader).GET().build(),
          HttpResponse.BodyHandlers.ofByteArray());
      if (file.statusCode() == 200 && sha(file.body()).equals(a[4])) {
        downloaded++;
      } else {
        problems.add(a[1] + ": download " + file.statusCode() + " of case " + caseNumber);
      }
    }
    System.out.println("verify: " + downloaded + " of " + acked.size() + " files downloaded from their case with "
        + "the SHA-256 sent");
    problems.stream().limit(20).forEach(p -> System.out.println("PROBLEM " + p));
    return problems.isEmpty();
  }

  /**
   * A token of {@code login}. An account that must still change its initial password (the API
   * refuses such a token) changes it first, to {@link #changed(String)} of it; a later run that
   * logs in with the initial password again gets in with that one.
   */
  static String token(String base, String login, String password) throws Exception {
    Result r = logIn(base, login, password);
    if (r.status() == 401) {
      r = logIn(base, login, changed(password));
    }
    if (r.status() != 200) {
      throw new IllegalStateException("login " + login + ": " + r.status() + " " + r.body());
    }
    if (r.body().contains("\"mustChangePassword\":true")) {
      Result c = send(HttpRequest.newBuilder(URI.create(base + "/api/v1/auth/password"))
          .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
              "{\"login\":\"" + login + "\",\"currentPassword\":\"" + password + "\",\"newPassword\":\""
                  + changed(password) + "\"}")));
      if (c.status() != 204) {
        throw new IllegalStateException("password change of " + login + ": " + c.status() + " " + c.body());
      }
      r = logIn(base, login, changed(password));
    }
    return field(r.body(), "accessToken");
  }

  /** The password an initial one is changed to. */
  static String changed(String initial) {
    return initial + "-Changed-9q";
  }

  private static Result logIn(String base, String login, String password) throws Exception {
    return send(HttpRequest.newBuilder(URI.create(base + "/api/v1/auth/token"))
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
            "{\"login\":\"" + login + "\",\"password\":\"" + password + "\"}")));
  }
}
