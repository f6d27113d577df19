import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.net.CookieManager;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Client faults (issue 16): officers' browsers with a server-push connection vanish while other
 * clients use the site, and every other request must still be answered. Run by
 * {@code bench/client-faults.sh} (JDK 17, no dependencies):
 *
 * <pre>java ClientFaults BASE ADMIN_PASSWORD BROWSER_DIR SERVER_PID OUT_DIR</pre>
 *
 * <p>Per round, N_PUSH Chromium instances (one process each, {@code client-faults-browser.mjs})
 * log in as officers of one department, open the live inbox (console/notifications, server push
 * on) and wait until a change arrives by push; then they vanish at once, split over the ways
 * available:
 *
 * <ul>
 *   <li>{@code kill}: SIGKILL to the Chromium processes (browser, renderers, network service): the
 *       kernel closes their sockets.
 *   <li>{@code stall}: the browser talks to the server through a proxy of this program; the proxy
 *       stops reading and forwarding in both directions (its server-side sockets have an 8 KB
 *       receive buffer and stay open until the end of the run), then the browser is killed: the
 *       server's writes to it fill the window and block, the connection never ends by itself.
 *   <li>{@code drop}: the browser runs in its own network namespace behind a veth pair; every
 *       packet between it and the server is dropped (static neighbour entries with addresses no
 *       one has: the frames reach the other end and are discarded there), then the browser is
 *       killed: its FIN/RST never arrive, the server retransmits into the void.
 *   <li>{@code close} (not a fault; the control case, not in the default MODES): the officer leaves
 *       the page properly (about:blank: the unload beacon closes the UI), then Chromium closes.
 * </ul>
 *
 * <p>PAGE: where the vanishing browsers wait, {@code notifications} (the live inbox: every change
 * re-renders its list of 50, the most push traffic) or {@code console} (only the header's bell is
 * live; their notifications are marked read before each round, as the bell stops at "99+").
 *
 * <p>All along, CLIENTS other clients (health probes, public visitors opening pages with a Vaadin
 * UI of their own, public API readers, an officer reading the inbox over the API with a token)
 * send requests without pause, a department head registers a case every PUSH_EVERY_MS (each one
 * notifies every officer of the department, so the server keeps pushing to the browsers that are
 * about to vanish), and a witness officer's browser stays open for the whole run, reporting every
 * change pushed to it. Every request's latency and outcome is recorded; a request in flight for
 * longer than STALL_MS makes this program save a thread dump of the server JVM.
 *
 * <p>A round passes when every request was answered with its expected status within
 * REQUEST_TIMEOUT seconds (no timeout, no connection error), every browser of the round got ready,
 * and the witness saw a pushed change at least every WITNESS_GAP seconds. Exit status 0 when every
 * round passed.
 */
public class ClientFaults {
  // ---- settings (environment) ------------------------------------------------------------------

  static final int ROUNDS = env("ROUNDS", 20);
  static final int N_PUSH = env("N_PUSH", 5);
  static final int CLIENTS = env("CLIENTS", 50);
  static final int OBSERVE = env("OBSERVE", 30);
  static final int PUSH_LEAD = env("PUSH_LEAD", 3);
  static final int REQUEST_TIMEOUT = env("REQUEST_TIMEOUT", 10);
  static final int THINK_MS = env("THINK_MS", 0);
  static final int PUSH_EVERY_MS = env("PUSH_EVERY_MS", 500);
  static final int PROXY_BASE = env("PROXY_BASE", 19300);
  static final int PROXY_RCVBUF = env("PROXY_RCVBUF", 8192);
  static final int STALL_MS = env("STALL_MS", 5000);
  static final int MAX_DUMPS = env("MAX_DUMPS", 10);
  static final int WITNESS_GAP = env("WITNESS_GAP", 15);
  static final int BROWSER_READY = env("BROWSER_READY", 150);
  static final int TAIL = env("TAIL", 150);
  static final String MODES = System.getenv().getOrDefault("MODES", "kill,stall,drop");
  /** Where the vanishing browsers wait: "notifications" (the live inbox) or "console" (the bell only). */
  static final String PAGE = System.getenv().getOrDefault("PAGE", "notifications");

  static final String TENANT = "421181-zjj";
  static final String OFFICER_PASSWORD = "Cf-Officer-2026-k7q";
  static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss");

  static int env(String name, int fallback) {
    String v = System.getenv(name);
    return v == null || v.isBlank() ? fallback : Integer.parseInt(v.trim());
  }

  static void log(String line) {
    System.out.println(LocalTime.now().format(CLOCK) + " " + line);
    System.out.flush();
  }

  // ---- run state -------------------------------------------------------------------------------

  static String base;
  static int port;
  static long serverPid;
  static Path out;
  static Path browserDir;
  static final AtomicBoolean STOP = new AtomicBoolean();
  static volatile Round current;
  static final List<Client> CLIENTS_RUNNING = new CopyOnWriteArrayList<>();
  static final List<Long> WITNESS_EVENTS = new CopyOnWriteArrayList<>();
  static final AtomicInteger WITNESS_RELOADS = new AtomicInteger();
  static final AtomicLong REGISTERED = new AtomicLong();
  static volatile long witnessUnread;
  static final AtomicInteger DUMPS = new AtomicInteger();
  static volatile long lastDumpNanos;
  static final List<FreezingProxy> PROXIES = new CopyOnWriteArrayList<>();
  static final List<String> NETNS = new CopyOnWriteArrayList<>();

  public static void main(String[] args) throws Exception {
    base = args[0].replaceAll("/$", "");
    port = URI.create(base).getPort();
    String adminPassword = args[1];
    browserDir = Path.of(args[2]);
    serverPid = Long.parseLong(args[3]);
    out = Path.of(args[4]);
    Files.createDirectories(out);
    System.exit(run(adminPassword) ? 0 : 1);
  }

  // ---- statistics ------------------------------------------------------------------------------

  /** The requests completed during one round (or the whole run). */
  static final class Round {
    final String name;
    long[] nanos = new long[1 << 14];
    int n;
    long failed;
    final Map<String, long[]> perKind = new LinkedHashMap<>(); // kind → {count, failed, max ns}
    final Map<String, Integer> reasons = new LinkedHashMap<>();
    final List<String> problems = new ArrayList<>();
    /** Slow answers the stall monitor saw (a thread dump each): reported, not failed; REQUEST_TIMEOUT decides. */
    final List<String> notes = new ArrayList<>();
    long startMs = System.currentTimeMillis();
    long endMs;
    long vanishMs;
    final long cpuStart = serverCpuMs();

    Round(String name) {
      this.name = name;
    }

    synchronized void add(String kind, long ns, String failure) {
      if (n == nanos.length) {
        nanos = Arrays.copyOf(nanos, n * 2);
      }
      nanos[n++] = ns;
      long[] k = perKind.computeIfAbsent(kind, x -> new long[3]);
      k[0]++;
      k[2] = Math.max(k[2], ns);
      if (failure != null) {
        failed++;
        k[1]++;
        String key = kind + ": " + failure;
        reasons.merge(key.length() > 160 ? key.substring(0, 160) : key, 1, Integer::sum);
      }
    }

    synchronized void problem(String p) {
      problems.add(p);
    }

    synchronized void note(String p) {
      notes.add(p);
    }

    synchronized void addAll(Round r) {
      for (int i = 0; i < r.n; i++) {
        if (n == nanos.length) {
          nanos = Arrays.copyOf(nanos, n * 2);
        }
        nanos[n++] = r.nanos[i];
      }
      failed += r.failed;
      r.perKind.forEach((k, v) -> {
        long[] mine = perKind.computeIfAbsent(k, x -> new long[3]);
        mine[0] += v[0];
        mine[1] += v[1];
        mine[2] = Math.max(mine[2], v[2]);
      });
      r.reasons.forEach((k, v) -> reasons.merge(k, v, Integer::sum));
      problems.addAll(r.problems);
      notes.addAll(r.notes);
    }

    synchronized long[] sorted() {
      long[] s = Arrays.copyOf(nanos, n);
      Arrays.sort(s);
      return s;
    }

    static double pct(long[] s, double p) {
      if (s.length == 0) {
        return 0;
      }
      return s[(int) Math.min(s.length - 1, Math.max(0, Math.ceil(s.length * p) - 1))] / 1e6;
    }

    synchronized String figures() {
      long[] s = sorted();
      double secs = Math.max(1, (endMs - startMs) / 1000.0);
      return String.format(Locale.ROOT, "requests=%d (%.0f/s) failed=%d p50=%.1f p95=%.1f p99=%.1f max=%.1f ms",
          s.length, s.length / secs, failed, pct(s, .50), pct(s, .95), pct(s, .99),
          s.length == 0 ? 0.0 : s[s.length - 1] / 1e6);
    }

    synchronized String kinds() {
      StringBuilder b = new StringBuilder();
      perKind.forEach((k, v) -> b.append(String.format(Locale.ROOT, "%n      %-14s %7d requests %4d failed  max %7.1f ms",
          k, v[0], v[1], v[2] / 1e6)));
      return b.toString();
    }
  }

  // ---- HTTP ------------------------------------------------------------------------------------

  record Answer(int status, String body) {}

  static HttpClient newClient() {
    return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5))
        .cookieHandler(new CookieManager()).build();
  }

  static final HttpClient SETUP = newClient();

  static Answer call(HttpClient client, HttpRequest.Builder b) throws Exception {
    CompletableFuture<HttpResponse<String>> f = client.sendAsync(
        b.timeout(Duration.ofSeconds(REQUEST_TIMEOUT)).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    try {
      HttpResponse<String> r = f.get(REQUEST_TIMEOUT, TimeUnit.SECONDS);
      return new Answer(r.statusCode(), r.body());
    } catch (TimeoutException e) {
      f.cancel(true);
      throw new TimeoutException("no answer within " + REQUEST_TIMEOUT + " s");
    } catch (ExecutionException e) {
      throw e.getCause() instanceof Exception x ? x : e;
    }
  }

  static HttpRequest.Builder get(String path) {
    return HttpRequest.newBuilder(URI.create(base + path)).GET();
  }

  static HttpRequest.Builder postJson(String path, String json, String token) {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json));
    return token == null ? b : b.header("Authorization", "Bearer " + token);
  }

  static String field(String json, String name) {
    Matcher m = Pattern.compile("\"" + Pattern.quote(name) + "\":\"([^\"]*)\"").matcher(json);
    return m.find() ? m.group(1) : null;
  }

  // ---- accounts --------------------------------------------------------------------------------

  /** A token of the account; an initial password is changed first (the API refuses it otherwise). */
  static String token(String login, String password, String changeTo) throws Exception {
    Answer a = call(SETUP, postJson("/api/v1/auth/token",
        "{\"login\":\"" + login + "\",\"password\":\"" + password + "\"}", null));
    if (a.status() != 200) {
      throw new IllegalStateException("login of " + login + ": " + a.status() + " " + a.body());
    }
    if (a.body().contains("\"mustChangePassword\":true")) {
      Answer c = call(SETUP, postJson("/api/v1/auth/password", "{\"login\":\"" + login + "\",\"currentPassword\":\""
          + password + "\",\"newPassword\":\"" + changeTo + "\"}", null));
      if (c.status() != 204) {
        throw new IllegalStateException("password change of " + login + ": " + c.status() + " " + c.body());
      }
      return token(login, changeTo, changeTo);
    }
    return field(a.body(), "accessToken");
  }

  /** Creates an officer of the department and gives it OFFICER_PASSWORD; answers its token. */
  static String officer(String admin, String login, String role) throws Exception {
    Answer a = call(SETUP, postJson("/api/v1/accounts", "{\"tenantId\":\"" + TENANT + "\",\"login\":\"" + login
        + "\",\"displayName\":\"故障测试 " + login + "\",\"roles\":[\"" + role + "\"]}", admin));
    if (a.status() != 201) {
      throw new IllegalStateException("account " + login + ": " + a.status() + " " + a.body());
    }
    return token(login, field(a.body(), "initialPassword"), OFFICER_PASSWORD);
  }

  // ---- the other clients -----------------------------------------------------------------------

  interface Step {
    /** One request of the client; answers null when it was answered as expected, else why not. */
    String run(HttpClient client) throws Exception;
  }

  /** A client sending requests one after another; its request in flight is visible to the monitor. */
  static final class Client extends Thread {
    final String name;
    final List<String> kinds;
    final List<Step> steps;
    final long pauseMs;
    volatile long inFlightSince;
    volatile String inFlightKind;

    Client(String name, List<String> kinds, List<Step> steps, long pauseMs) {
      super(name);
      setDaemon(true);
      this.name = name;
      this.kinds = kinds;
      this.steps = steps;
      this.pauseMs = pauseMs;
    }

    @Override
    public void run() {
      HttpClient client = newClient();
      int i = 0;
      while (!STOP.get()) {
        int k = i++ % steps.size();
        String failure;
        inFlightKind = kinds.get(k);
        long t0 = System.nanoTime();
        inFlightSince = t0;
        try {
          failure = steps.get(k).run(client);
        } catch (Exception e) {
          failure = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : " " + e.getMessage());
        }
        long ns = System.nanoTime() - t0;
        inFlightSince = 0;
        if (!STOP.get()) {
          current.add(kinds.get(k), ns, failure);
        }
        if (pauseMs > 0) {
          nap(pauseMs);
        }
      }
    }

    static void nap(long ms) {
      try {
        Thread.sleep(ms);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  static Step expect(int status, HttpRequest.Builder request) {
    return c -> {
      Answer a = call(c, request.copy());
      return a.status() == status ? null : "HTTP " + a.status();
    };
  }

  static final String[] ROUTES = {"", "inspections", "credit", "complaints/new", "reports/new", "login", "tracking"};

  /**
   * A public visitor, with its own session: opens a page (the shell, the stylesheet, then the Vaadin
   * UI the page's script asks for) and leaves it (the unload beacon closes the UI), like a browser.
   */
  static Client visitor(int i) {
    String[] ui = new String[2];
    int[] route = {i % ROUTES.length};
    List<Step> steps = List.of(
        c -> {
          route[0] = (route[0] + 1) % ROUTES.length;
          Answer a = call(c, get("/" + ROUTES[route[0]]));
          return a.status() == 200 ? null : "HTTP " + a.status();
        },
        expect(200, get("/styles/app.css")),
        c -> {
          Answer a = call(c, get("/?v-r=init&location=" + ROUTES[route[0]] + "&query="));
          Matcher id = Pattern.compile("\"v-uiId\":(\\d+)").matcher(a.body());
          ui[0] = id.find() ? id.group(1) : null;
          ui[1] = field(a.body(), "Vaadin-Security-Key");
          return a.status() == 200 && ui[0] != null ? null : "HTTP " + a.status() + " (no UI)";
        },
        c -> {
          if (ui[0] == null) {
            return null;
          }
          Answer a = call(c, HttpRequest.newBuilder(URI.create(base + "/?v-r=uidl&v-uiId=" + ui[0]))
              .header("Content-Type", "text/plain;charset=UTF-8").POST(HttpRequest.BodyPublishers.ofString(
                  "{\"csrfToken\":\"" + ui[1] + "\",\"rpc\":[],\"syncId\":0,\"clientId\":0,\"UNLOAD\":true}")));
          return a.status() == 200 ? null : "HTTP " + a.status();
        });
    return new Client("visitor-" + i, List.of("page", "static", "vaadin-init", "vaadin-unload"), steps, THINK_MS);
  }

  static Client publicApi(int i) {
    List<Step> steps = List.of(
        expect(200, get("/api/v1/public/regions")),
        expect(200, get("/api/v1/public/credit/blacklist?region=421181&limit=10")),
        expect(200, get("/api/v1/public/calendar/deadline?region=421181&start=2026-12-01T09:00:00%2B08:00"
            + "&workingDays=15")),
        expect(200, get("/api/v1/public/inspections/421181/plans")));
    return new Client("public-api-" + i, List.of("public-api", "public-api", "public-api", "public-api"), steps,
        THINK_MS);
  }

  static Client health(int i) {
    return new Client("health-" + i, List.of("health-live"), List.of(expect(200, get("/health/live"))), THINK_MS);
  }

  static Client officerApi(int i, String token) {
    List<Step> steps = List.of(
        expect(200, get("/api/v1/notifications?limit=20").header("Authorization", "Bearer " + token)),
        expect(200, get("/api/v1/me").header("Authorization", "Bearer " + token)));
    return new Client("officer-api-" + i, List.of("officer-inbox", "officer-me"), steps, THINK_MS);
  }

  /** The department head registering cases: each one notifies every officer of the department. */
  static Client pusher(String token) {
    AtomicLong n = new AtomicLong();
    Step register = c -> {
      Answer a = call(c, postJson("/api/v1/cases", "{\"source\":\"COMPLAINT\",\"industry\":\"HOUSING_CONSTRUCTION\","
          + "\"title\":\"推送故障测试 " + n.incrementAndGet() + "\",\"summary\":\"浏览器中途消失时服务器应继续应答\"}", token));
      if (a.status() == 201) {
        REGISTERED.incrementAndGet();
        return null;
      }
      return "HTTP " + a.status() + " " + a.body();
    };
    return new Client("case-pusher", List.of("case-register"), List.of(register), PUSH_EVERY_MS);
  }

  // ---- monitor: thread dumps while a request hangs ---------------------------------------------

  static void monitor() {
    Thread t = new Thread(() -> {
      long worstReported = 0;
      while (!STOP.get()) {
        Client.nap(250);
        long now = System.nanoTime();
        Client oldest = null;
        long age = 0;
        for (Client c : CLIENTS_RUNNING) {
          long since = c.inFlightSince;
          if (since != 0 && now - since > age) {
            age = now - since;
            oldest = c;
          }
        }
        if (oldest != null && age / 1_000_000 > STALL_MS) {
          if (DUMPS.get() < MAX_DUMPS && now - lastDumpNanos > 20_000_000_000L) {
            lastDumpNanos = now;
            int d = DUMPS.incrementAndGet();
            String file = "jstack-stall-" + d + ".txt";
            log(String.format(Locale.ROOT, "STALL? %s (%s) has waited %.1f s for an answer; server thread dump → %s",
                oldest.name, oldest.inFlightKind, age / 1e9, out.resolve(file)));
            current.note(String.format(Locale.ROOT, "%s (%s) waited %.1f s: thread dump %s", oldest.name,
                oldest.inFlightKind, age / 1e9, file));
            threadDump(file);
          }
          worstReported = Math.max(worstReported, age);
        }
      }
    }, "stall-monitor");
    t.setDaemon(true);
    t.start();
  }

  /** Runs a command with its output in OUT/file; gives up after the seconds given. Answers the output. */
  static String bounded(String file, int seconds, String... command) {
    Path to = out.resolve(file);
    try {
      Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(to.toFile()).start();
      if (!p.waitFor(seconds, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        p.waitFor(5, TimeUnit.SECONDS);
        return null;
      }
      return Files.readString(to);
    } catch (Exception e) {
      return null;
    }
  }

  static void threadDump(String file) {
    try {
      Process p = new ProcessBuilder("jstack", "-l", Long.toString(serverPid)).redirectErrorStream(true)
          .redirectOutput(out.resolve(file).toFile()).start();
      if (!p.waitFor(60, TimeUnit.SECONDS)) {
        p.destroyForcibly();
      }
    } catch (Exception e) {
      log("thread dump failed: " + e);
    }
  }

  static int serverThreads() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc", Long.toString(serverPid), "status"))) {
        if (line.startsWith("Threads:")) {
          return Integer.parseInt(line.substring(8).trim());
        }
      }
    } catch (IOException e) {
      // gone
    }
    return -1;
  }

  /** Server-side local ports of the proxies' connections → their round. */
  static final Map<Integer, Integer> PROXIED = new java.util.concurrent.ConcurrentHashMap<>();

  /**
   * The server's TCP connections on its port (from {@code ss}): how many, how many with unsent
   * bytes; and those of the vanished browsers still there, by round and way (stall: through the
   * frozen proxy; drop: from a namespace), with their state and unsent bytes.
   */
  static String sendQueues() {
    try {
      String text = bounded("ss.txt", 30, "ss", "-tanH", "( sport = :" + port + " )");
      if (text == null) {
        return "ss gave no answer within 30 s";
      }
      int all = 0;
      int stuck = 0;
      long sum = 0;
      Map<String, long[]> vanished = new java.util.TreeMap<>();
      for (String line : text.split("\n")) {
        String[] f = line.trim().split("\\s+");
        if (f.length < 5 || f[0].equals("LISTEN")) {
          continue;
        }
        all++;
        long q = Long.parseLong(f[2]);
        if (q > 0) {
          stuck++;
          sum += q;
        }
        String peer = f[4];
        int colon = peer.lastIndexOf(':');
        String host = peer.substring(0, colon);
        int peerPort = Integer.parseInt(peer.substring(colon + 1));
        String group = null;
        if (host.startsWith("10.211.")) {
          group = String.format(Locale.ROOT, "r%02d drop", Integer.parseInt(host.split("\\.")[2]));
        } else if (PROXIED.containsKey(peerPort) && host.contains("127.0.0.1")) {
          group = String.format(Locale.ROOT, "r%02d stall", PROXIED.get(peerPort));
        }
        if (group != null) {
          long[] g = vanished.computeIfAbsent(group + " " + f[0], k -> new long[2]);
          g[0]++;
          g[1] += q;
        }
      }
      StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "%d connections, %d with unsent data (%d KB)",
          all, stuck, sum / 1024));
      if (!vanished.isEmpty()) {
        b.append("; vanished browsers' still open:");
        vanished.forEach((k, v) -> b.append(String.format(Locale.ROOT, " [%s %d, %d KB unsent]", k, v[0],
            v[1] / 1024)));
      }
      return b.toString();
    } catch (Exception e) {
      return "ss failed: " + e;
    }
  }

  /**
   * How many officer screens the server still keeps (UIs, live inboxes, bells), sessions and push
   * resources: the vanished browsers' ones stay until their session expires. Forces a full GC.
   */
  static String liveObjects() {
    try {
      String text = bounded("histogram-end.txt", 120, "jcmd", Long.toString(serverPid), "GC.class_histogram");
      if (text == null) {
        return "jcmd gave no histogram within 120 s";
      }
      Map<String, String> wanted = new LinkedHashMap<>();
      wanted.put("com.vaadin.flow.component.UI", "UIs");
      wanted.put("cn.ggzy.webui.notifications.NotificationsView", "live inboxes");
      wanted.put("cn.ggzy.webui.notifications.NotificationBell", "bells");
      wanted.put("com.vaadin.flow.server.VaadinSession", "Vaadin sessions");
      wanted.put("org.atmosphere.cpr.AtmosphereResourceImpl", "push resources");
      StringBuilder b = new StringBuilder();
      for (Map.Entry<String, String> w : wanted.entrySet()) {
        Matcher m = Pattern.compile("(?m)^\\s*\\d+:\\s+(\\d+)\\s+\\d+\\s+" + Pattern.quote(w.getKey()) + "(\\s|$)")
            .matcher(text);
        b.append(b.length() == 0 ? "" : ", ").append(w.getValue()).append(' ').append(m.find() ? m.group(1) : "0");
      }
      return b.toString();
    } catch (Exception e) {
      return "jcmd failed: " + e;
    }
  }

  /** Server CPU (ms, from /proc) since the JVM started. */
  static long serverCpuMs() {
    try {
      String stat = Files.readString(Path.of("/proc", Long.toString(serverPid), "stat"));
      String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      return (Long.parseLong(f[11]) + Long.parseLong(f[12])) * 10;
    } catch (IOException | RuntimeException e) {
      return 0;
    }
  }

  /** The heap as jstat sees it: old generation's use, full collections and GC time so far. */
  static String heap() {
    try {
      String text = bounded("jstat.txt", 30, "jstat", "-gcutil", Long.toString(serverPid));
      if (text == null) {
        return "jstat gave no answer within 30 s";
      }
      String[] lines = text.trim().split("\n");
      String[] head = lines[0].trim().split("\\s+");
      String[] v = lines[lines.length - 1].trim().split("\\s+");
      Map<String, String> m = new LinkedHashMap<>();
      for (int i = 0; i < head.length && i < v.length; i++) {
        m.put(head[i], v[i]);
      }
      return String.format(Locale.ROOT, "heap old %s%%, full GCs %s (%s s), GC %s s", m.get("O"), m.get("FGC"),
          m.get("FGCT"), m.get("GCT"));
    } catch (Exception e) {
      return "jstat failed: " + e;
    }
  }

  // ---- browsers --------------------------------------------------------------------------------

  static class Browser {
    final String label;
    final String mode;
    final Process process;
    final CompletableFuture<String> ready = new CompletableFuture<>();
    final PrintWriter log;

    Browser(String label, String mode, List<String> command, Path logFile) throws IOException {
      this.label = label;
      this.mode = mode;
      this.log = new PrintWriter(Files.newBufferedWriter(logFile), true);
      this.process = new ProcessBuilder(command).directory(browserDir.toFile()).redirectErrorStream(true).start();
      Thread reader = new Thread(() -> {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(process.getInputStream(),
            StandardCharsets.UTF_8))) {
          String line;
          while ((line = r.readLine()) != null) {
            log.println(System.currentTimeMillis() + " " + line);
            onLine(line);
          }
        } catch (IOException e) {
          // process gone
        }
        ready.complete("FAILED output ended");
      }, "browser-" + label);
      reader.setDaemon(true);
      reader.start();
    }

    void onLine(String line) {
      if (line.equals("READY") || line.startsWith("FAILED")) {
        ready.complete(line);
      }
    }

    /** SIGKILL to every process of this Chromium at once (then to its node driver if still there). */
    void kill() {
      List<ProcessHandle> chromium = process.toHandle().descendants().toList();
      chromium.forEach(ProcessHandle::destroyForcibly);
      log.println(System.currentTimeMillis() + " killed " + chromium.size() + " Chromium processes with SIGKILL: "
          + chromium.stream().map(h -> Long.toString(h.pid())).toList());
    }

    /** The control case: the officer leaves the page properly (unload beacon), then Chromium closes. */
    void leave() {
      try {
        OutputStream in = process.getOutputStream();
        in.write("LEAVE\n".getBytes(StandardCharsets.UTF_8));
        in.flush();
      } catch (IOException e) {
        log(label + ": could not ask the browser to leave: " + e);
      }
    }

    void reap() throws InterruptedException {
      if (!process.waitFor(10, TimeUnit.SECONDS)) {
        process.toHandle().descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        process.waitFor(10, TimeUnit.SECONDS);
      }
      log.close();
    }
  }

  static final class Witness extends Browser {
    Witness(List<String> command, Path logFile) throws IOException {
      super("witness", "witness", command, logFile);
    }

    @Override
    void onLine(String line) {
      super.onLine(line);
      if (line.startsWith("UNREAD ")) {
        // when this program read the line (the browser's script reads no clock)
        WITNESS_EVENTS.add(System.currentTimeMillis());
        Matcher count = Pattern.compile("(\\d+)").matcher(line.substring("UNREAD ".length()));
        if (count.find()) {
          witnessUnread = Long.parseLong(count.group(1));
        }
      } else if (line.equals("RELOADED")) {
        WITNESS_RELOADS.incrementAndGet();
      }
    }
  }

  static List<String> node(String url, String login, String role) {
    return List.of("node", "client-faults-browser.mjs", url, login, OFFICER_PASSWORD, role,
        role.equals("witness") ? "notifications" : PAGE);
  }

  // ---- stall: a proxy that stops reading ---------------------------------------------------------

  /** Forwards a round's browsers to the server until frozen; frozen, it reads nothing and closes nothing. */
  static final class FreezingProxy {
    final int listenPort;
    final int round;
    final ServerSocket listener;
    final List<Socket[]> pairs = new CopyOnWriteArrayList<>();
    final AtomicLong toBrowser = new AtomicLong();
    volatile boolean frozen;
    final CountDownLatch released = new CountDownLatch(1);

    FreezingProxy(int listenPort, int round) throws IOException {
      this.listenPort = listenPort;
      this.round = round;
      listener = new ServerSocket();
      listener.setReuseAddress(true);
      listener.bind(new InetSocketAddress("127.0.0.1", listenPort));
      Thread acceptor = new Thread(this::accept, "proxy-" + listenPort);
      acceptor.setDaemon(true);
      acceptor.start();
    }

    void accept() {
      while (!frozen) {
        try {
          Socket browser = listener.accept();
          Socket server = new Socket();
          server.setReceiveBufferSize(PROXY_RCVBUF);
          server.connect(new InetSocketAddress("127.0.0.1", port), 5000);
          PROXIED.put(server.getLocalPort(), round);
          pairs.add(new Socket[] {browser, server});
          pump(browser, server, null);
          pump(server, browser, toBrowser);
        } catch (IOException e) {
          if (!frozen) {
            log("proxy " + listenPort + ": " + e);
          }
        }
      }
    }

    void pump(Socket from, Socket to, AtomicLong count) {
      Thread t = new Thread(() -> {
        byte[] buf = new byte[4096];
        try (InputStream in = from.getInputStream(); OutputStream o = to.getOutputStream()) {
          for (;;) {
            if (frozen) {
              released.await();
              return;
            }
            int n = in.read(buf);
            if (frozen) {
              released.await();
              return;
            }
            if (n < 0) {
              to.shutdownOutput();
              return;
            }
            o.write(buf, 0, n);
            if (count != null) {
              count.addAndGet(n);
            }
          }
        } catch (IOException | InterruptedException e) {
          // connection over
        }
      }, "pump-" + listenPort);
      t.setDaemon(true);
      t.start();
    }

    /** From now on nothing is read or forwarded, and no new connection is accepted. */
    void freeze() throws IOException {
      frozen = true;
      listener.close();
    }

    void release() {
      released.countDown();
      for (Socket[] pair : pairs) {
        for (Socket s : pair) {
          try {
            s.close();
          } catch (IOException e) {
            // closing anyway
          }
        }
      }
    }
  }

  // ---- drop: a network namespace whose packets vanish ----------------------------------------

  static boolean sh(String... command) {
    try {
      Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
      String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      boolean ok = p.waitFor(20, TimeUnit.SECONDS) && p.exitValue() == 0;
      if (!ok) {
        log("command failed: " + String.join(" ", command) + ": " + text.trim());
      }
      return ok;
    } catch (Exception e) {
      log("command failed: " + String.join(" ", command) + ": " + e);
      return false;
    }
  }

  static void quiet(String... command) {
    try {
      Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
          .start();
      p.waitFor(20, TimeUnit.SECONDS);
    } catch (Exception e) {
      // nothing to remove
    }
  }

  static String ns(int r) {
    return "cfns" + r;
  }

  /** A namespace with a veth pair to the host: 10.211.r.2 inside, 10.211.r.1 (the server) outside. */
  static boolean netns(int r) {
    String ns = ns(r);
    String host = "cfh" + r;
    String inside = "cfn" + r;
    String net = "10.211." + r + ".";
    quiet("ip", "link", "del", host);
    quiet("ip", "netns", "del", ns);
    boolean ok = sh("ip", "netns", "add", ns)
        && sh("ip", "link", "add", host, "type", "veth", "peer", "name", inside)
        && sh("ip", "link", "set", inside, "netns", ns)
        && sh("ip", "addr", "add", net + "1/30", "dev", host)
        && sh("ip", "link", "set", host, "up")
        && sh("ip", "netns", "exec", ns, "ip", "addr", "add", net + "2/30", "dev", inside)
        && sh("ip", "netns", "exec", ns, "ip", "link", "set", inside, "up")
        && sh("ip", "netns", "exec", ns, "ip", "link", "set", "lo", "up");
    NETNS.add(Integer.toString(r));
    return ok;
  }

  /** From now on every frame between the namespace and the host is discarded by its receiver. */
  static boolean blackhole(int r) {
    String net = "10.211." + r + ".";
    return sh("ip", "neigh", "replace", net + "2", "lladdr", "02:00:00:00:0d:01", "dev", "cfh" + r, "nud", "permanent")
        && sh("ip", "netns", "exec", ns(r), "ip", "neigh", "replace", net + "1", "lladdr", "02:00:00:00:0d:02", "dev",
            "cfn" + r, "nud", "permanent");
  }

  static void removeNetns() {
    for (String r : NETNS) {
      sh("ip", "link", "del", "cfh" + r);
      sh("ip", "netns", "del", "cfns" + r);
    }
  }

  /** Whether namespaces and veth pairs can be made here (a trial one, removed again). */
  static boolean dropUsable() {
    boolean ok = sh("ip", "netns", "add", "cfnstrial") && sh("ip", "link", "add", "cfhtrial", "type", "veth", "peer",
        "name", "cfntrial");
    quiet("ip", "link", "del", "cfhtrial");
    quiet("ip", "netns", "del", "cfnstrial");
    return ok;
  }

  // ---- the run ---------------------------------------------------------------------------------

  static boolean run(String adminPassword) throws Exception {
    List<String> modes = new ArrayList<>();
    for (String m : MODES.split(",")) {
      m = m.trim();
      if (m.isEmpty()) {
        continue;
      }
      if (m.equals("drop") && !dropUsable()) {
        log("drop: network namespaces / veth pairs are not usable here: skipped");
        continue;
      }
      if (!List.of("kill", "stall", "drop", "close").contains(m)) {
        throw new IllegalArgumentException("MODES: kill, stall, drop, close (not " + m + ")");
      }
      modes.add(m);
    }
    log("modes " + modes + ", " + N_PUSH + " vanishing browsers per round on " + (PAGE.equals("console")
        ? "/console (the bell)" : "/console/notifications (the live inbox)") + ", " + CLIENTS + " other clients, "
        + ROUNDS + " rounds, " + OBSERVE + " s observed after each vanishing");

    // accounts: the department's head (registers cases), the vanishing officers, the witness, the API reader
    String admin = token("admin", adminPassword, adminPassword + "-cf9");
    String head = officer(admin, "cf.head", "DEPARTMENT_HEAD");
    List<String> officerTokens = new ArrayList<>();
    for (int i = 1; i <= N_PUSH; i++) {
      officerTokens.add(officer(admin, "cf.p" + i, "DEPARTMENT_OFFICER"));
    }
    officer(admin, "cf.watch", "DEPARTMENT_OFFICER");
    String reader = officer(admin, "cf.reader", "DEPARTMENT_OFFICER");

    Round total = new Round("overall");
    current = new Round("setup");
    Client pusher = pusher(head);
    CLIENTS_RUNNING.add(pusher);
    pusher.start();
    int healthN = Math.max(1, CLIENTS * 8 / 50);
    int visitorN = Math.max(1, CLIENTS * 16 / 50);
    int officerN = Math.max(1, CLIENTS * 12 / 50);
    int publicN = Math.max(1, CLIENTS - healthN - visitorN - officerN);
    for (int i = 0; i < healthN; i++) {
      CLIENTS_RUNNING.add(health(i));
    }
    for (int i = 0; i < visitorN; i++) {
      CLIENTS_RUNNING.add(visitor(i));
    }
    for (int i = 0; i < publicN; i++) {
      CLIENTS_RUNNING.add(publicApi(i));
    }
    for (int i = 0; i < officerN; i++) {
      CLIENTS_RUNNING.add(officerApi(i, reader));
    }
    CLIENTS_RUNNING.stream().filter(c -> c != pusher).forEach(Thread::start);
    log("clients: " + healthN + " health probes, " + visitorN + " public visitors, " + publicN
        + " public API readers, " + officerN + " officer API readers, 1 case registrar every " + PUSH_EVERY_MS + " ms");
    monitor();

    Witness witness = new Witness(node(base, "cf.watch", "witness"), out.resolve("browser-witness.log"));
    String w = witness.ready.get(BROWSER_READY, TimeUnit.SECONDS);
    if (!w.equals("READY")) {
      throw new IllegalStateException("the witness browser did not get ready: " + w);
    }
    log("witness browser ready (cf.watch, live inbox); setup took " + (System.currentTimeMillis()
        - current.startMs) / 1000 + " s");
    current.endMs = System.currentTimeMillis();
    log("setup: " + current.figures());

    List<String> lines = new ArrayList<>();
    boolean allPassed = true;
    for (int r = 1; r <= ROUNDS; r++) {
      Round round = new Round("round " + r);
      if (r == 1) {
        total.startMs = round.startMs;
      }
      Round previous = current;
      current = round;
      if (!previous.name.equals("setup")) {
        total.addAll(previous);
      }
      if (PAGE.equals("console")) {
        // the bell shows at most "99+": the officers start each round with nothing unread
        for (String t : officerTokens) {
          try {
            call(SETUP, postJson("/api/v1/notifications/all/read", "", t));
          } catch (Exception e) {
            round.problem("marking the officers' notifications read: " + e);
          }
        }
      }
      // this round's browsers and the ways they vanish
      List<Browser> browsers = new ArrayList<>();
      FreezingProxy proxy = null;
      boolean dropReady = false;
      for (int i = 0; i < N_PUSH; i++) {
        String mode = modes.get(i % modes.size());
        String login = "cf.p" + (i + 1);
        List<String> command;
        if (mode.equals("stall")) {
          if (proxy == null) {
            proxy = new FreezingProxy(PROXY_BASE + r, r);
            PROXIES.add(proxy);
          }
          command = node("http://localhost:" + proxy.listenPort + "/", login, "vanish");
        } else if (mode.equals("drop")) {
          if (!dropReady) {
            dropReady = netns(r);
            if (!dropReady) {
              round.problem("drop: the namespace of round " + r + " could not be made");
            }
          }
          List<String> c = new ArrayList<>(List.of("ip", "netns", "exec", ns(r)));
          c.addAll(node("http://10.211." + r + ".1:" + port + "/", login, "vanish"));
          command = c;
        } else {
          command = node(base + "/", login, "vanish");
        }
        browsers.add(new Browser("r" + r + "-" + login + "-" + mode, mode, command,
            out.resolve("browser-r" + r + "-" + login + "-" + mode + ".log")));
      }
      List<Browser> live = new ArrayList<>();
      for (Browser b : browsers) {
        String state;
        try {
          state = b.ready.get(BROWSER_READY, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
          state = "FAILED not ready after " + BROWSER_READY + " s";
        }
        if (state.equals("READY")) {
          live.add(b);
        } else {
          round.problem(b.label + ": " + state);
          b.kill();
        }
      }
      long readyAt = System.currentTimeMillis();
      Client.nap(PUSH_LEAD * 1000L);
      // vanish, all at once, while the server pushes the new cases to them
      round.vanishMs = System.currentTimeMillis();
      if (proxy != null) {
        proxy.freeze();
      }
      if (dropReady) {
        blackhole(r);
      }
      live.forEach(b -> {
        if (b.mode.equals("close")) {
          b.leave();
        } else {
          b.kill();
        }
      });
      Map<String, Integer> byMode = new LinkedHashMap<>();
      live.forEach(b -> byMode.merge(b.mode, 1, Integer::sum));
      log(String.format(Locale.ROOT, "round %d: %d browsers live and pushed to (ready after %.0f s); vanished %s%s",
          r, live.size(), (readyAt - round.startMs) / 1000.0, byMode,
          proxy == null ? "" : String.format(Locale.ROOT, " (the stalled ones had received %d KB)",
              proxy.toBrowser.get() / 1024)));
      for (Browser b : browsers) {
        b.reap();
      }
      long until = round.vanishMs + OBSERVE * 1000L;
      while (System.currentTimeMillis() < until) {
        Client.nap(200);
      }
      round.endMs = System.currentTimeMillis();
      allPassed &= finish(round, String.format(Locale.ROOT, "round %2d/%d", r, ROUNDS), lines);
    }
    if (TAIL > 0) {
      // the load goes on without new browsers: the last vanishings' timeouts (Atmosphere's write
      // timeout is 60 s) fall within the measurement
      Round tail = new Round("tail");
      Round previous = current;
      current = tail;
      total.addAll(previous);
      log("tail: " + TAIL + " s more of the load without new browsers");
      Client.nap(TAIL * 1000L);
      tail.endMs = System.currentTimeMillis();
      allPassed &= finish(tail, String.format(Locale.ROOT, "tail %4ds", TAIL), lines);
    }
    Round last = current;
    current = new Round("after");
    total.addAll(last);
    total.endMs = last.endMs;
    STOP.set(true);
    Client.nap(REQUEST_TIMEOUT * 1000L / 2);

    threadDump("jstack-end.txt");
    log("live objects at the end (jcmd GC.class_histogram, after a full GC): " + liveObjects());
    log("server port at the end: " + sendQueues() + "; server threads " + serverThreads());
    witness.process.getOutputStream().close();
    witness.reap();
    PROXIES.forEach(FreezingProxy::release);
    removeNetns();

    System.out.println();
    System.out.println("client-faults: per round");
    lines.forEach(l -> System.out.println("  " + l));
    System.out.println("  overall: " + total.figures());
    System.out.println("  per kind of request (all rounds):" + total.kinds());
    total.reasons.forEach((k, v) -> System.out.println("  failed " + v + "×  " + k));
    if (WITNESS_RELOADS.get() > 0) {
      System.out.println("  the witness's page was reloaded " + WITNESS_RELOADS.get() + " times");
    }
    long[] s = total.sorted();
    System.out.printf(Locale.ROOT, "client-faults: rounds=%d requests=%d failed=%d p50=%.1f ms p95=%.1f ms p99=%.1f ms "
        + "max=%.1f ms stall-dumps=%d witness-max-gap=%.1f s witness-unpushed=%d%n", ROUNDS, s.length, total.failed,
        Round.pct(s, .5), Round.pct(s, .95), Round.pct(s, .99), s.length == 0 ? 0.0 : s[s.length - 1] / 1e6,
        DUMPS.get(), worstGap / 1000.0, REGISTERED.get() - witnessUnread);
    return allPassed;
  }

  static long worstGap;

  /** Reports a round (or the tail) and answers whether it passed. */
  static boolean finish(Round round, String label, List<String> lines) {
    long gap = witnessGap(round.startMs, round.endMs);
    worstGap = Math.max(worstGap, gap);
    double cpu = (serverCpuMs() - round.cpuStart) / (double) Math.max(1, round.endMs - round.startMs) * 100;
    String queues = sendQueues();
    String dump = dumpSummary(round.name.replace(' ', '-'));
    boolean answered = round.failed == 0 && round.problems.isEmpty();
    boolean pushed = gap <= WITNESS_GAP * 1000L;
    String line = String.format(Locale.ROOT, "%s %s: %s%n      witness: longest wait for a pushed change %.1f s, "
        + "%d cases registered so far, %d shown (%d not yet pushed)%n      server: CPU %.0f%% of one core, %s, %s%n"
        + "      port %d: %s", label, answered && pushed ? "PASS" : answered ? "FAIL (push to the witness)" : "FAIL",
        round.figures(), gap / 1000.0, REGISTERED.get(), witnessUnread, REGISTERED.get() - witnessUnread, cpu, heap(),
        dump, port, queues);
    log(line);
    lines.add(line);
    round.reasons.forEach((k, v) -> log("    failed " + v + "×  " + k));
    round.problems.forEach(p -> log("    problem: " + p));
    round.notes.forEach(p -> log("    slow (answered within " + REQUEST_TIMEOUT + " s, not a failure): " + p));
    if (!pushed) {
      log("    problem: the witness browser saw no pushed change for " + gap / 1000 + " s");
    }
    return answered && pushed;
  }

  /**
   * A thread dump of the server (kept as jstack-NAME.txt), summed up: its threads, Atmosphere's
   * broadcaster threads, threads inside a WebSocket write or close, threads waiting for a Vaadin
   * session's lock.
   */
  static String dumpSummary(String name) {
    String file = "jstack-" + name + ".txt";
    threadDump(file);
    String text;
    try {
      text = Files.readString(out.resolve(file));
    } catch (IOException e) {
      return "no thread dump";
    }
    int threads = 0;
    int atmosphere = 0;
    int writing = 0;
    int closing = 0;
    int locked = 0;
    for (String block : text.split("\n\s*\n")) {
      if (!block.startsWith("\"")) {
        continue;
      }
      threads++;
      if (block.startsWith("\"Atmosphere-Shared")) {
        atmosphere++;
      }
      if (block.contains("JSR356WebSocket.write") || block.contains("WsocConnLink.write")
          || block.contains("Wsoc") && block.contains(".write")) {
        writing++;
      }
      if (block.contains("JSR356WebSocket.close") || block.contains("Wsoc") && block.contains("close")
          || block.contains("WebSocket.close")) {
        closing++;
      }
      String head = block.lines().limit(12).reduce("", (a, b) -> a + b + "\n");
      if (head.contains("VaadinSession.lock") || head.contains("VaadinService.lockSession")
          || head.contains("VaadinService.findOrCreateVaadinSession") && head.contains("parking")) {
        locked++;
      }
    }
    if (threads == 0) {
      return "no thread dump (jstack got no answer from the JVM within 60 s)";
    }
    return String.format(Locale.ROOT, "server threads %d (Atmosphere-Shared %d; in a WebSocket write %d, close %d; "
        + "waiting for a Vaadin session lock %d)", threads, atmosphere, writing, closing, locked);
  }

  /** The longest time in [from, to] without a pushed change reaching the witness (ms). */
  static long witnessGap(long from, long to) {
    long last = from;
    long gap = 0;
    for (long t : WITNESS_EVENTS) {
      if (t < from || t > to) {
        continue;
      }
      gap = Math.max(gap, t - last);
      last = t;
    }
    return Math.max(gap, to - last);
  }
}
