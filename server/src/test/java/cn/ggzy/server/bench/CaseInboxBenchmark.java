package cn.ggzy.server.bench;

import cn.ggzy.server.application.OfficeScopes;
import cn.ggzy.server.domain.model.enforcement.CaseRepository;
import cn.ggzy.server.domain.model.enforcement.InboxQuery;
import cn.ggzy.server.infrastructure.persistence.mongo.enforcement.CaseInbox;
import cn.ggzy.server.infrastructure.persistence.mongo.enforcement.StoredForms;
import cn.ggzy.tenants.OfficeScope;
import cn.ggzy.tenants.TenantId;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.InsertManyOptions;
import jakarta.enterprise.inject.se.SeContainer;
import jakarta.enterprise.inject.se.SeContainerInitializer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.stream.Stream;
import org.bson.Document;
import org.eclipse.jnosql.mapping.semistructured.EntityConverter;

/**
 * Case-inbox benchmark (issue 3): generates N cases of 麻城's five departments in a fresh database
 * (the embedded server on disk by default, {@code MONGODB_URI} for a real MongoDB), then times the
 * inbox queries the screens send, through the production {@link CaseRepository} in the real CDI
 * wiring: a page of 20 and its count for the department inbox, an officer's own cases, the
 * office-wide inbox, the office-wide overdue filter and a deep page (offset 1000).
 *
 * <p>Run with {@code server/bench/case-inbox.sh [--cases N] [--queries Q] ...}; see {@link #usage()}.
 */
public final class CaseInboxBenchmark {
  private static final int BATCH = 1000;

  private final Map<String, String> options;
  private final SplittableRandom random = new SplittableRandom(7);

  private CaseInboxBenchmark(Map<String, String> options) {
    this.options = options;
  }

  public static void main(String[] args) throws Exception {
    Map<String, String> options = new LinkedHashMap<>();
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      if (a.equals("--help") || !a.startsWith("--")) {
        System.out.println(usage());
        return;
      }
      boolean flag = a.equals("--keep") || a.equals("--reuse");
      options.put(a.substring(2), flag ? "true" : args[++i]);
    }
    new CaseInboxBenchmark(options).run();
    System.exit(0);
  }

  static String usage() {
    return """
        CaseInboxBenchmark [--cases N (1000000)] [--queries Q timed (250)] [--warmup W (25)]
                           [--open-share S (0.05)] [--seed X (42)] [--data-dir DIR (fresh temp dir)]
                           [--database NAME (case_inbox_bench, with MONGODB_URI)] [--keep] [--reuse]
        Embedded MongoDB (H2 on disk) in DIR unless the environment names MONGODB_URI.
        --reuse: keep the cases already in DIR / the database and only run the queries.""";
  }

  private int intOption(String name, int fallback) {
    return Integer.parseInt(options.getOrDefault(name, String.valueOf(fallback)).replace("_", ""));
  }

  private void run() throws IOException {
    int cases = intOption("cases", 1_000_000);
    int queries = intOption("queries", 250);
    int warmup = intOption("warmup", 25);
    double openShare = Double.parseDouble(options.getOrDefault("open-share", "0.05"));
    long seed = Long.parseLong(options.getOrDefault("seed", "42"));
    boolean reuse = options.containsKey("reuse");
    boolean keep = reuse || options.containsKey("keep");
    String uri = System.getenv("MONGODB_URI");
    boolean embedded = uri == null || uri.isBlank();
    Path dataDir = options.containsKey("data-dir") ? Path.of(options.get("data-dir"))
        : Files.createTempDirectory("case-inbox-bench");
    Files.createDirectories(dataDir);
    if (embedded && !reuse && Files.exists(dataDir.resolve("mongo"))) {
      throw new IllegalStateException(dataDir + " already holds data: use a fresh directory or --reuse");
    }
    String databaseName = options.getOrDefault("database", embedded ? "supervision" : "case_inbox_bench");
    System.setProperty("platform.data.dir", dataDir.toString());
    System.setProperty("mongodb.database", databaseName);
    System.setProperty("platform.jwt.publickey.file", dataDir.resolve("keys/jwt-public.pem").toString());
    System.setProperty("mp.jwt.verify.issuer", "urn:bench");
    System.setProperty("platform.admin.initial-password", "Bench-Admin-Pass-1");

    Runtime rt = Runtime.getRuntime();
    System.out.printf("case-inbox benchmark: %s, max heap %d MiB, %d processors%n",
        embedded ? "embedded MongoDB (mongo-java-server, H2 MVStore) in " + dataDir : "MongoDB at MONGODB_URI, database "
            + databaseName, rt.maxMemory() >> 20, rt.availableProcessors());

    if (!embedded && !reuse) {
      try (MongoClient client = MongoClients.create(uri)) {
        client.getDatabase(databaseName).drop();
      }
    }
    SeContainer container = SeContainerInitializer.newInstance().initialize();
    try {
      MongoDatabase database = container.select(MongoDatabase.class).get();
      MongoCollection<Document> collection = database.getCollection("cases");
      long existing = collection.estimatedDocumentCount();
      Instant now = container.select(Clock.class).get().instant();
      if (reuse && existing > 0) {
        System.out.printf("reusing %,d cases%n", existing);
      } else {
        if (existing > 0) {
          throw new IllegalStateException("the database already holds cases: use a fresh one or --reuse");
        }
        generate(container, database, collection, cases, openShare, seed, now);
      }
      resetPeaks();
      CaseRepository repository = container.select(CaseRepository.class).get();
      OfficeScope scope = container.select(OfficeScopes.class).get()
          .forSystem(CaseGenerator.REGION, "收件箱性能基准 inbox benchmark");
      measure(repository, scope, now, warmup, queries);
      System.gc();
      System.out.printf("heap: used after GC %d MiB, peak during the queries %d MiB, max %d MiB%n",
          (rt.totalMemory() - rt.freeMemory()) >> 20, peakHeap() >> 20, rt.maxMemory() >> 20);
      if (!embedded) {
        Document stats = database.runCommand(new Document("dbStats", 1));
        System.out.printf("data size: dataSize %d MiB, storageSize %d MiB, indexSize %d MiB%n",
            number(stats, "dataSize") >> 20, number(stats, "storageSize") >> 20, number(stats, "indexSize") >> 20);
        if (!keep) {
          database.drop();
        }
      }
    } finally {
      container.close();
    }
    if (embedded) {
      System.out.printf("data size on disk: %d MiB (%s)%n", size(dataDir.resolve("mongo")) >> 20, dataDir);
      if (!keep) {
        delete(dataDir);
      }
    }
  }

  private void generate(SeContainer container, MongoDatabase database, MongoCollection<Document> collection, int cases, double openShare,
      long seed, Instant now) {
    Map<String, Document> templates = CaseTemplates.build(container.select(EntityConverter.class).get());
    CaseGenerator generator = new CaseGenerator(templates, openShare, now, seed);
    long started = System.nanoTime();
    InsertManyOptions unordered = new InsertManyOptions().ordered(false);
    // the open cases' inbox lines, as the repository writes them with each case
    MongoCollection<Document> inbox = database.getCollection(CaseInbox.COLLECTION);
    for (int done = 0; done < cases; ) {
      int n = Math.min(BATCH, cases - done);
      List<Document> batch = generator.next(n);
      collection.insertMany(batch, unordered);
      List<Document> lines = batch.stream().map(StoredForms::inboxLine).filter(Objects::nonNull).toList();
      if (!lines.isEmpty()) {
        inbox.insertMany(lines, unordered);
      }
      done += n;
      if (done % 100_000 == 0 || done == cases) {
        double s = (System.nanoTime() - started) / 1e9;
        System.out.printf("  %,d cases inserted in %.0f s (%,.0f/s)%n", done, s, done / s);
      }
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    long open = generator.open();
    System.out.printf("generated %,d cases (%,d open) in %.1f s (%,.0f cases/s), average stored case %d bytes%n",
        cases, open, seconds, cases / seconds, averageSize(templates));
  }

  private static long averageSize(Map<String, Document> templates) {
    return (long) templates.values().stream().mapToInt(d -> d.toJson().getBytes(StandardCharsets.UTF_8)
        .length).average().orElse(0);
  }

  private record Kind(String name, Function<Integer, InboxQuery> query) {}

  private void measure(CaseRepository repository, OfficeScope scope, Instant now, int warmup, int queries) {
    List<Kind> kinds = List.of(
        new Kind("department inbox", i -> InboxQuery.department(randomTenant(), 0, 20)),
        new Kind("officer mine", i -> {
          String department = randomDepartment();
          return InboxQuery.mine(TenantId.of(CaseGenerator.tenant(department)),
              CaseGenerator.officer(department, 1 + random.nextInt(CaseGenerator.OFFICERS_PER_DEPARTMENT)), 0, 20);
        }),
        new Kind("office inbox", i -> InboxQuery.office(scope, 0, 20)),
        new Kind("office overdue", i -> new InboxQuery(null, scope, null, Set.of(), null, null, true, now, null, 0, 20)),
        new Kind("department page 51 (1000)", i -> InboxQuery.department(randomTenant(), 1000, 20)));
    Map<String, LatencyStats[]> stats = new LinkedHashMap<>();
    Map<String, long[]> seen = new LinkedHashMap<>();
    for (Kind k : kinds) {
      stats.put(k.name(), new LatencyStats[] {new LatencyStats(), new LatencyStats(), new LatencyStats()});
      seen.put(k.name(), new long[2]);
    }
    long started = System.nanoTime();
    for (int i = 0; i < warmup + queries; i++) {
      Kind k = kinds.get(i % kinds.size());
      InboxQuery q = k.query().apply(i);
      long t0 = System.nanoTime();
      int page = repository.inbox(q).size();
      long t1 = System.nanoTime();
      long total = repository.count(q);
      long t2 = System.nanoTime();
      if (i >= warmup) {
        LatencyStats[] s = stats.get(k.name());
        s[0].add((t1 - t0) / 1e6);
        s[1].add((t2 - t1) / 1e6);
        s[2].add((t2 - t0) / 1e6);
        seen.get(k.name())[0] += page;
        seen.get(k.name())[1] += total;
      }
      if (i + 1 == warmup) {
        System.out.printf("warm-up: %d queries in %.1f s%n", warmup, (System.nanoTime() - started) / 1e9);
        started = System.nanoTime();
      }
    }
    System.out.printf("timed: %d queries (each a page of 20 and its count) in %.1f s; load average %s%n", queries,
        (System.nanoTime() - started) / 1e9, loadAverage());
    System.out.println(LatencyStats.header() + "   avg rows/count");
    LatencyStats[] overall = {new LatencyStats(), new LatencyStats(), new LatencyStats()};
    String[] parts = {"page", "count", "page+count"};
    for (Map.Entry<String, LatencyStats[]> e : stats.entrySet()) {
      LatencyStats[] s = e.getValue();
      long[] n = seen.get(e.getKey());
      for (int p = 0; p < 3; p++) {
        String extra = p == 2 && s[p].count() > 0
            ? String.format("   %.0f / %,.0f", (double) n[0] / s[p].count(), (double) n[1] / s[p].count()) : "";
        System.out.println(s[p].row(e.getKey() + " " + parts[p]) + extra);
        overall[p].addAll(s[p]);
      }
    }
    for (int p = 0; p < 3; p++) {
      System.out.println(overall[p].row("ALL " + parts[p]));
    }
  }

  /** The machine's load (other processes share the cores): 1, 5 and 15 minute averages. */
  private static String loadAverage() {
    try {
      String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
      return parts[0] + " " + parts[1] + " " + parts[2];
    } catch (IOException | RuntimeException e) {
      return "unknown";
    }
  }

  private String randomDepartment() {
    return CaseGenerator.DEPARTMENTS[random.nextInt(CaseGenerator.DEPARTMENTS.length)];
  }

  private TenantId randomTenant() {
    return TenantId.of(CaseGenerator.tenant(randomDepartment()));
  }

  private static void resetPeaks() {
    System.gc();
    ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
  }

  private static long peakHeap() {
    return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
        .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
  }

  private static long number(Document d, String key) {
    return ((Number) d.get(key)).longValue();
  }

  private static long size(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(Files::isRegularFile).mapToLong(p -> {
        try {
          return Files.size(p);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }).sum();
    }
  }

  private static void delete(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
