package cn.ggzy.server.bench;

import cn.ggzy.server.application.Caller;
import cn.ggzy.server.application.Dispatch;
import cn.ggzy.server.application.Dispatch.Dashboard;
import cn.ggzy.server.application.Dispatch.ReportView;
import cn.ggzy.server.application.OfficeScopes;
import cn.ggzy.server.domain.model.account.Login;
import cn.ggzy.server.domain.model.account.Role;
import cn.ggzy.server.domain.model.dispatch.Counted;
import cn.ggzy.server.domain.model.dispatch.DispatchLedger;
import cn.ggzy.server.domain.model.dispatch.Fact;
import cn.ggzy.server.domain.model.dispatch.Metric;
import cn.ggzy.server.domain.model.enforcement.CaseRepository;
import cn.ggzy.server.domain.model.enforcement.InboxQuery;
import cn.ggzy.server.domain.service.WorkingCalendar;
import cn.ggzy.server.infrastructure.persistence.mongo.enforcement.CaseInbox;
import cn.ggzy.server.infrastructure.persistence.mongo.enforcement.StoredForms;
import cn.ggzy.tenants.TenantId;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.InsertManyOptions;
import jakarta.enterprise.inject.se.SeContainer;
import jakarta.enterprise.inject.se.SeContainerInitializer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Supplier;
import org.bson.Document;
import org.eclipse.jnosql.mapping.semistructured.EntityConverter;

/**
 * Dispatch benchmark (issue 24): a city with N cases (1,000,000 by default, five years, 5 % open) and
 * W bid-rigging warnings (100,000) in a fresh embedded MongoDB; each thing's facts are recorded through
 * the production {@link DispatchLedger} (the write every store makes), then the dashboard's widgets
 * and the whole dashboard are timed through the real CDI wiring, and a month's report (PDF and Excel)
 * is generated.
 *
 * <p>The cases are inserted in their stored form ({@link CaseGenerator}, as the inbox benchmark does),
 * with their open cases' inbox lines; their facts are derived from the stored fields exactly as
 * {@code ThingFacts.of(EnforcementCase)} derives them from the case. Warnings exist here as their facts
 * only (the dashboard never reads warnings themselves).
 *
 * <p>Run with {@code server/bench/dispatch.sh [--cases N] [--warnings W] [--queries Q] [--data-dir DIR]
 * [--reuse true]}; with {@code --reuse true} a directory seeded before is measured again without seeding.
 */
public final class DispatchBenchmark {
  private static final int BATCH = 1000;
  private static final String[] INDUSTRIES = {"HOUSING_CONSTRUCTION", "TRANSPORT", "WATER_CONSERVANCY",
      "AGRICULTURE"};
  private final Map<String, String> options;

  private DispatchBenchmark(Map<String, String> options) {
    this.options = options;
  }

  public static void main(String[] args) throws Exception {
    Map<String, String> options = new LinkedHashMap<>();
    for (int i = 0; i + 1 < args.length; i += 2) {
      options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
    }
    new DispatchBenchmark(options).run();
    System.exit(0);
  }

  private int intOption(String name, int fallback) {
    return Integer.parseInt(options.getOrDefault(name, String.valueOf(fallback)).replace("_", ""));
  }

  private void run() throws Exception {
    int cases = intOption("cases", 1_000_000);
    int warnings = intOption("warnings", 100_000);
    int queries = intOption("queries", 100);
    Path dataDir = options.containsKey("data-dir") ? Path.of(options.get("data-dir"))
        : Files.createTempDirectory("dispatch-bench");
    boolean reuse = Boolean.parseBoolean(options.getOrDefault("reuse", "false"));
    System.setProperty("platform.data.dir", dataDir.toString());
    System.setProperty("mongodb.database", "supervision");
    System.setProperty("platform.jwt.publickey.file", dataDir.resolve("keys/jwt-public.pem").toString());
    System.setProperty("mp.jwt.verify.issuer", "urn:bench");
    System.setProperty("platform.admin.initial-password", "Bench-Admin-Pass-1");
    System.setProperty("platform.notifications.scheduler", "off");
    Runtime rt = Runtime.getRuntime();
    System.out.printf("dispatch benchmark: embedded MongoDB (mongo-java-server, H2 MVStore) in %s, max heap %d MiB, "
        + "%d processors%n", dataDir, rt.maxMemory() >> 20, rt.availableProcessors());
    SeContainer container = SeContainerInitializer.newInstance().initialize();
    try {
      MongoDatabase database = container.select(MongoDatabase.class).get();
      DispatchLedger ledger = container.select(DispatchLedger.class).get();
      Instant now = container.select(Clock.class).get().instant();
      long existing = database.getCollection("cases").estimatedDocumentCount();
      if (reuse && existing > 0) {
        System.out.printf("reusing %,d cases and their counters in %s%n", existing, dataDir);
      } else {
        seedCases(container, database, ledger, cases, now);
        seedWarnings(ledger, warnings, now);
      }
      Dispatch dispatch = container.select(Dispatch.class).get();
      CaseRepository repository = container.select(CaseRepository.class).get();
      measure(dispatch, ledger, repository, container, queries, now);
    } finally {
      container.close();
    }
  }

  private static void seedCases(SeContainer container, MongoDatabase database, DispatchLedger ledger, int cases,
      Instant now) {
    CaseGenerator generator = new CaseGenerator(CaseTemplates.build(container.select(EntityConverter.class).get()),
        0.05, now, 42);
    MongoCollection<Document> collection = database.getCollection("cases");
    MongoCollection<Document> inbox = database.getCollection(CaseInbox.COLLECTION);
    InsertManyOptions unordered = new InsertManyOptions().ordered(false);
    long started = System.nanoTime();
    long recording = 0;
    for (int done = 0; done < cases; ) {
      int n = Math.min(BATCH, cases - done);
      List<Document> batch = generator.next(n);
      collection.insertMany(batch, unordered);
      List<Document> lines = batch.stream().map(StoredForms::inboxLine).filter(Objects::nonNull).toList();
      if (!lines.isEmpty()) {
        inbox.insertMany(lines, unordered);
      }
      long t = System.nanoTime();
      for (Document d : batch) {
        ledger.record(new Counted("case", d.getString("_id"), d.getString("number")), 1, facts(d));
      }
      recording += System.nanoTime() - t;
      done += n;
      if (done % 100_000 == 0 || done == cases) {
        System.out.printf("  %,d cases stored and counted in %.0f s%n", done, (System.nanoTime() - started) / 1e9);
      }
    }
    System.out.printf("cases: %,d (%,d open); facts recorded at %.2f ms per case (the ledger's cost on each store)%n",
        cases, generator.open(), recording / 1e6 / cases);
  }

  /** The facts of a stored case, as ThingFacts derives them from the case. */
  static Set<Fact> facts(Document d) {
    TenantId owner = TenantId.of(d.getString("tenantId"));
    String source = d.getString("source");
    Set<Fact> facts = new HashSet<>();
    LocalDate received = day(d.get("receivedAt"));
    facts.add(Fact.on(owner, received, Metric.CASES_RECEIVED, source));
    facts.add(Fact.on(owner, received, Metric.CASES_MATTER, d.getString("industry") == null ? "OTHER"
        : d.getString("industry")));
    facts.add(Fact.standing(owner, Metric.CASE_STATUS, d.getString("status")));
    if (d.get("acceptedOnTime") != null && d.get("acceptanceDecidedAt") != null) {
      facts.add(Fact.on(owner, day(d.get("acceptanceDecidedAt")), Metric.ACCEPTANCE,
          source + "_" + (d.getBoolean("acceptedOnTime") ? "ON_TIME" : "LATE")));
    }
    if (d.get("completedOnTime") != null && d.get("decidedAt") != null) {
      facts.add(Fact.on(owner, day(d.get("decidedAt")), Metric.COMPLETION,
          source + "_" + (d.getBoolean("completedOnTime") ? "ON_TIME" : "LATE")));
    }
    if (d.get("closedAt") != null) {
      facts.add(Fact.on(owner, day(d.get("closedAt")), Metric.CASES_CLOSED, source));
    }
    return facts;
  }

  private static LocalDate day(Object millis) {
    return LocalDate.ofInstant(Instant.ofEpochMilli(((Number) millis).longValue()), WorkingCalendar.ZONE);
  }

  private static void seedWarnings(DispatchLedger ledger, int warnings, Instant now) {
    SplittableRandom random = new SplittableRandom(7);
    LocalDate today = LocalDate.ofInstant(now, WorkingCalendar.ZONE);
    long started = System.nanoTime();
    for (int i = 0; i < warnings; i++) {
      TenantId t = TenantId.of(CaseGenerator.tenant(CaseGenerator.DEPARTMENTS[random.nextInt(4)]));
      LocalDate raised = today.minusDays(random.nextInt(3 * 365));
      int r = random.nextInt(10);
      String status = r < 7 ? "DISMISSED" : r < 9 ? "CASE_OPENED" : "OPEN";
      Set<Fact> facts = new HashSet<>();
      facts.add(Fact.on(t, raised, Metric.WARNINGS_RAISED, INDUSTRIES[random.nextInt(INDUSTRIES.length)]));
      if (!status.equals("OPEN")) {
        facts.add(Fact.on(t, raised.plusDays(random.nextInt(10)), Metric.WARNINGS_REVIEWED, status));
      }
      facts.add(Fact.standing(t, Metric.WARNING_STATUS, status));
      ledger.record(new Counted("warning", "W" + i, "预警" + i), 1, facts);
    }
    System.out.printf("warnings: %,d counted in %.0f s%n", warnings, (System.nanoTime() - started) / 1e9);
  }

  private static void measure(Dispatch dispatch, DispatchLedger ledger, CaseRepository repository,
      SeContainer container, int queries, Instant now) {
    Caller leader = new Caller(new Login("bench.leader"), TenantId.of("421181-jgb"), Set.of(Role.OFFICE_LEADER),
        "调度基准");
    LocalDate today = LocalDate.ofInstant(now, WorkingCalendar.ZONE);
    LocalDate from = today.withDayOfMonth(1).minusMonths(1);
    LocalDate to = from.plusMonths(1).minusDays(1);
    List<TenantId> departments = new ArrayList<>();
    for (String d : CaseGenerator.DEPARTMENTS) {
      departments.add(TenantId.of(CaseGenerator.tenant(d)));
    }
    var region = CaseGenerator.REGION;
    var scope = container.select(OfficeScopes.class).get()
        .forSystem(region, "调度基准 dispatch benchmark");
    Map<String, Supplier<Object>> widgets = new LinkedHashMap<>();
    widgets.put("dated counts, a month", () -> ledger.dated(region, departments, from, to));
    widgets.put("dated counts, a year", () -> ledger.dated(region, departments, to.minusDays(365), to));
    widgets.put("standing counts (status)", () -> ledger.standing(region, departments));
    widgets.put("12-month trend", () -> ledger.monthly(region, departments, YearMonth.from(to).minusMonths(11),
        YearMonth.from(to)));
    widgets.put("overdue now, one department", () -> repository.count(new InboxQuery(null, scope, null, Set.of(), null,
        departments.get(0), true, now, null, 0, 1)));
    widgets.put("overdue now, every department", () -> repository.overdueByOwner(scope, now));
    widgets.put("whole dashboard (first paint)", () -> dispatch.dashboard(leader, from, to, null));
    widgets.put("list behind a figure (200)", () -> dispatch.behind(leader, "ACCEPTANCE", "COMPLAINT_LATE,REPORT_LATE",
        from, to, null));
    System.out.println(LatencyStats.header());
    for (Map.Entry<String, Supplier<Object>> w : widgets.entrySet()) {
      boolean list = w.getKey().startsWith("list");
      for (int i = 0; i < (list ? 1 : 5); i++) {
        w.getValue().get();
      }
      LatencyStats stats = new LatencyStats();
      // the list behind a figure is not a widget: it scans the things' facts on the embedded server
      int n = list ? 3 : w.getKey().startsWith("whole") ? Math.max(10, queries / 5) : queries;
      for (int i = 0; i < n; i++) {
        long t = System.nanoTime();
        w.getValue().get();
        stats.add((System.nanoTime() - t) / 1e6);
      }
      System.out.println(stats.row(w.getKey()));
    }
    Dashboard d = dispatch.dashboard(leader, from, to, null);
    System.out.printf("last month %s … %s: %,d cases received, %,d warnings raised, %,d open now, %,d overdue now%n",
        from, to, d.receivedBySource().values().stream().mapToLong(Long::longValue).sum(), d.warnings().get("RAISED"),
        d.openNow(), d.overdueNow());
    long t = System.nanoTime();
    ReportView report = dispatch.generate(leader, from, to);
    System.out.printf("report of the month generated and stored in %.2f s: PDF %,d bytes, Excel %,d bytes%n",
        (System.nanoTime() - t) / 1e9, report.pdfBytes(), report.workbookBytes());
  }
}
