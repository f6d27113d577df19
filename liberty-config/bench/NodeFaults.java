import java.io.BufferedWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Node faults (issue 16): load through the reverse proxy in front of two nodes, and one node
 * killed with kill -9 in the middle of it. Run by {@code bench/node-faults.sh}, compiled with
 * IntakeLoad.java (whose submissions, uploads and verification it uses):
 *
 * <pre>java NodeFaults PROXY NODE_A_PID NODE_B_URL SECONDS KILL_AT THREADS ACKS</pre>
 *
 * <p>THREADS reporters submit anonymous reports with a 200 KB photo through the proxy for SECONDS
 * seconds, each with its idempotency key; a request that fails (connection cut by the kill, a 5xx,
 * a timeout) is sent again with the same key and the same file until it is acknowledged, as the
 * citizens' app does. A probe asks {@code /health/ready} through the proxy every 100 ms, and a
 * reader reads the public API. At KILL_AT seconds the JVM NODE_A_PID gets SIGKILL. Prints the
 * requests, the failed ones (before a retry succeeded) and when they happened relative to the
 * kill, the proxy's longest gap without a ready answer, and the latency percentiles; the
 * acknowledgements go to ACKS (and the keys sent to ACKS.sent) for {@code IntakeLoad verify}. Exits
 * 1 when node B is not ready at the end or a request sent more than 5 s after the kill failed (the
 * proxy checks readiness every second and takes a node out after two failures).
 */
public class NodeFaults {
  static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  static final List<long[]> LATENCIES = new ArrayList<>();
  static final ConcurrentLinkedQueue<String> FAILURES = new ConcurrentLinkedQueue<>();
  static final AtomicLong REQUESTS = new AtomicLong();
  static final AtomicLong FAILED = new AtomicLong();
  /** Failures of requests sent more than {@link #SETTLE_NANOS} after the kill: the proxy should know by then. */
  static final AtomicLong LATE = new AtomicLong();
  static final long SETTLE_NANOS = 5_000_000_000L;
  static volatile long killedAt = Long.MAX_VALUE;

  public static void main(String[] args) throws Exception {
    String proxy = args[0];
    long nodeA = Long.parseLong(args[1]);
    String nodeB = args[2];
    int seconds = Integer.parseInt(args[3]);
    int killAt = Integer.parseInt(args[4]);
    int threads = Integer.parseInt(args[5]);
    Path acks = Path.of(args[6]);
    long start = System.nanoTime();
    long end = start + seconds * 1_000_000_000L;
    String run = Long.toHexString(System.nanoTime());
    List<Thread> workers = new ArrayList<>();
    AtomicLong acknowledged = new AtomicLong();
    try (BufferedWriter ackOut = Files.newBufferedWriter(acks, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        BufferedWriter sentOut = Files.newBufferedWriter(Path.of(acks + ".sent"), StandardOpenOption.CREATE,
            StandardOpenOption.APPEND)) {
      for (int t = 0; t < threads; t++) {
        int thread = t;
        workers.add(new Thread(() -> {
          for (long n = 0; System.nanoTime() < end; n++) {
            String key = run + "-" + thread + "-" + n + "-nodefaults";
            String device = "node-faults-" + thread;
            String upload = key.replace('-', '_');
            try {
              byte[] file = IntakeLoad.photo(key, 200_000);
              synchronized (sentOut) {
                sentOut.write(key + "\n");
                sentOut.flush();
              }
              IntakeLoad.Result r = untilDone("report " + key, () -> {
                IntakeLoad.upload(proxy, device, upload, file);
                IntakeLoad.Result answer = IntakeLoad.report(proxy, device, key, IntakeLoad.proof(proxy, device),
                    upload);
                if (answer.status() != 201) {
                  throw new IllegalStateException("report " + answer.status() + " " + answer.body());
                }
                return answer;
              });
              String line = String.join("\t", key, IntakeLoad.field(r.body(), "receiptNumber"),
                  IntakeLoad.field(r.body(), "accessCode"), upload, IntakeLoad.sha(file));
              synchronized (ackOut) {
                ackOut.write(line + "\n");
                ackOut.flush();
              }
              acknowledged.incrementAndGet();
            } catch (Exception e) {
              FAILURES.add("gave up: " + e);
            }
          }
        }, "reporter-" + t));
      }
      workers.add(new Thread(() -> {
        while (System.nanoTime() < end) {
          timed("GET /health/ready", () -> get(proxy + "/health/ready"));
          sleep(100);
        }
      }, "probe"));
      workers.add(new Thread(() -> {
        while (System.nanoTime() < end) {
          timed("GET /api/v1/public/regions", () -> get(proxy + "/api/v1/public/regions"));
          timed("GET /api/v1/public/credit/blacklist", () -> get(proxy + "/api/v1/public/credit/blacklist"));
          sleep(50);
        }
      }, "reader"));
      workers.forEach(Thread::start);
      sleep(Math.max(0, killAt * 1000L - (System.nanoTime() - start) / 1_000_000));
      ProcessHandle.of(nodeA).ifPresent(ProcessHandle::destroyForcibly);
      killedAt = System.nanoTime();
      System.out.printf(Locale.ROOT, "killed node A (pid %d) with SIGKILL at %.1f s%n", nodeA, (killedAt - start) / 1e9);
      for (Thread w : workers) {
        w.join();
      }
    }
    int nodeBReady = get(nodeB + "/health/ready");
    report(start, acknowledged.get(), nodeBReady);
    if (nodeBReady != 200 || LATE.get() > 0) {
      System.out.printf(Locale.ROOT, "FAIL: node B ready=%d, requests failed more than 5 s after the kill: %d%n",
          nodeBReady, LATE.get());
      System.exit(1);
    }
  }

  interface Call<T> {
    T run() throws Exception;
  }

  /** Repeats a call until it succeeds (every failure counted and timed), for at most two minutes. */
  static <T> T untilDone(String what, Call<T> call) throws Exception {
    long giveUp = System.nanoTime() + 120_000_000_000L;
    for (;;) {
      long t0 = System.nanoTime();
      REQUESTS.incrementAndGet();
      try {
        T result = call.run();
        record(t0, true);
        return result;
      } catch (Exception e) {
        record(t0, false);
        FAILURES.add(String.format(Locale.ROOT, "%+.1f s %s: %s", (t0 - killedAt) / 1e9, what, e));
        if (System.nanoTime() > giveUp) {
          throw e;
        }
        sleep(250);
      }
    }
  }

  static void timed(String what, Call<Integer> call) {
    long t0 = System.nanoTime();
    REQUESTS.incrementAndGet();
    try {
      int status = call.run();
      boolean ok = status < 500;
      record(t0, ok);
      if (!ok) {
        FAILURES.add(String.format(Locale.ROOT, "%+.1f s %s: %d", (t0 - killedAt) / 1e9, what, status));
      }
    } catch (Exception e) {
      record(t0, false);
      FAILURES.add(String.format(Locale.ROOT, "%+.1f s %s: %s", (t0 - killedAt) / 1e9, what, e));
    }
  }

  static void record(long t0, boolean ok) {
    long now = System.nanoTime();
    if (!ok) {
      FAILED.incrementAndGet();
      if (t0 - killedAt > SETTLE_NANOS) {
        LATE.incrementAndGet();
      }
    }
    synchronized (LATENCIES) {
      LATENCIES.add(new long[] {t0, now - t0, ok ? 1 : 0});
    }
  }

  static int get(String url) throws Exception {
    return HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).GET().build(),
        HttpResponse.BodyHandlers.discarding()).statusCode();
  }

  static void sleep(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  static void report(long start, long acknowledged, int nodeBReady) {
    long[] all;
    long longestGap = 0;
    synchronized (LATENCIES) {
      all = LATENCIES.stream().mapToLong(l -> l[1]).sorted().toArray();
      // the longest stretch without a successful answer of any kind through the proxy
      List<long[]> byStart = new ArrayList<>(LATENCIES);
      byStart.sort((a, b) -> Long.compare(a[0] + a[1], b[0] + b[1]));
      long last = start;
      for (long[] l : byStart) {
        if (l[2] == 1) {
          longestGap = Math.max(longestGap, l[0] + l[1] - last);
          last = l[0] + l[1];
        }
      }
    }
    double p50 = all[all.length / 2] / 1e6;
    double p99 = all[(int) Math.min(all.length - 1, Math.ceil(all.length * 0.99) - 1)] / 1e6;
    double max = all[all.length - 1] / 1e6;
    System.out.printf(Locale.ROOT, "node-faults: requests=%d failed=%d (each retried until answered) acknowledged=%d "
        + "p50=%.1f ms p99=%.1f ms max=%.1f ms longest-gap-without-an-answer=%.1f s node-b-ready=%d%n",
        REQUESTS.get(), FAILED.get(), acknowledged, p50, p99, max, longestGap / 1e9, nodeBReady);
    FAILURES.stream().limit(30).forEach(f -> System.out.println("  failed " + f));
    if (FAILURES.size() > 30) {
      System.out.println("  … " + (FAILURES.size() - 30) + " more");
    }
    Arrays.fill(all, 0);
  }
}
