package cn.ggzy.server.bench;

import cn.ggzy.server.application.Caller;
import cn.ggzy.server.application.SiteSupervision;
import cn.ggzy.server.application.SiteSupervision.ChallengeView;
import cn.ggzy.server.application.SiteSupervision.CheckInInput;
import cn.ggzy.server.application.SiteSupervision.CheckInView;
import cn.ggzy.server.application.SiteSupervision.SitePersonInput;
import cn.ggzy.server.application.SiteSupervision.SiteProjectInput;
import cn.ggzy.server.application.SiteSupervision.SiteVertex;
import cn.ggzy.server.bench.SiteBenchPhotos.Portrait;
import cn.ggzy.server.domain.model.account.Login;
import cn.ggzy.server.domain.model.account.Role;
import cn.ggzy.server.domain.model.credit.CreditFixtures;
import cn.ggzy.server.domain.model.site.CheckIn.RuleFinding;
import cn.ggzy.server.domain.model.site.CheckInOutcome;
import cn.ggzy.server.domain.model.site.CheckInRules;
import cn.ggzy.server.domain.model.site.LivenessChallenge.Action;
import cn.ggzy.server.domain.service.FaceRecognition;
import cn.ggzy.server.domain.service.ImageFingerprints;
import cn.ggzy.server.infrastructure.face.ShippedFaceRecognition;
import cn.ggzy.tenants.TenantId;
import jakarta.enterprise.inject.se.SeContainer;
import jakarta.enterprise.inject.se.SeContainerInitializer;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * The morning peak of post-award site supervision (标后监管): a city's key personnel checking in on their
 * sites, 2,000 check-ins in 10 minutes (3.33 a second), each with two new 640×480 phone frames, decided
 * through the real CDI wiring ({@link SiteSupervision#challenge} then {@link SiteSupervision#checkIn}: the
 * shipped face model on both frames, liveness, geofence, SHA-256 and difference-hash reuse screens, speed,
 * clock skew) on the embedded MongoDB (mongo-java-server, H2 MVStore on disk).
 *
 * <p>The city: {@code count / 5} projects of 4 departments, each with its site (a 100 m × 114 m polygon)
 * and five key people enrolled beforehand (on the Friday, timed apart) with a photo of their face. Faces
 * come from the face model package's demo group photos ({@link SiteBenchPhotos}); every photo, enrolment
 * or frame, is a new picture of the portrait (size, place, tilt, exposure, background, noise, quality), the
 * second frame of a check-in the mirrored portrait (a head turn), so that the liveness challenge asked for
 * is a turn: a blink asked is asked again, as a phone cannot blink a photo. A project's frames of the day
 * are checked to be further apart than the near-duplicate screen's 12 bits, as a real phone's would be.
 *
 * <p>Arrivals are open-loop, on a fixed timetable (the i-th at {@code i / rate} seconds, in a shuffled
 * order of the people), handed to a pool of request threads (8 by default, like the server's executor)
 * without waiting for earlier answers; a check-in's latency runs from its scheduled arrival to its
 * decision, queueing included. The application's clock runs at the real pace from Monday 14 December 2026
 * 07:50 in Shanghai; the phone's time is the clock at the arrival.
 *
 * <p>Run with {@code server/bench/site-checkins.sh [--count 2000] [--rate 3.333|max] [--threads 8]
 * [--enrol-threads 2] [--people-per-project 5] [--min-yaw 0.08] [--seed 42] [--data-dir DIR]}.
 */
public final class SiteCheckInBenchmark {
  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  private static final String[] DEPARTMENTS = {"zjj", "jtj", "slj", "nyj"};
  private static final String[] ROLES = {"PROJECT_MANAGER", "TECHNICAL_LEAD", "SAFETY_OFFICER", "QUALITY_OFFICER",
      "SITE_ENGINEER"};
  private static final LocalDate PEAK_DAY = LocalDate.of(2026, 12, 14);
  private final Map<String, String> options;

  /** A supervised project of the city: its place and, once registered, its id and department. */
  private static final class Site {
    final int index;
    final double latitude;
    final double longitude;
    String id;
    Caller officer;

    Site(int index) {
      this.index = index;
      this.latitude = 31.05 + (index / 20) * 0.012;
      this.longitude = 114.90 + (index % 20) * 0.012;
    }

    List<SiteVertex> polygon() {
      return List.of(new SiteVertex(latitude, longitude), new SiteVertex(latitude, longitude + 0.0012),
          new SiteVertex(latitude + 0.0009, longitude + 0.0012), new SiteVertex(latitude + 0.0009, longitude));
    }
  }

  /** A key person with the photos of the enrolment and of the check-in, and where the phone will be. */
  private record Person(int index, Site site, Portrait portrait, byte[] enrolment, byte[] straight, byte[] mirrored,
      double latitude, double longitude, double accuracy) {}

  private SiteCheckInBenchmark(Map<String, String> options) {
    this.options = options;
  }

  public static void main(String[] args) throws Exception {
    Map<String, String> options = new LinkedHashMap<>();
    for (int i = 0; i + 1 < args.length; i += 2) {
      options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
    }
    try {
      new SiteCheckInBenchmark(options).run();
    } catch (Exception e) {
      // the container's and the pools' threads would keep a failed run alive
      e.printStackTrace();
      System.exit(1);
    }
    System.exit(0);
  }

  private int intOption(String name, int fallback) {
    return Integer.parseInt(options.getOrDefault(name, String.valueOf(fallback)).replace("_", ""));
  }

  private void run() throws Exception {
    int count = intOption("count", 2000);
    int perProject = intOption("people-per-project", 5);
    int threads = intOption("threads", 8);
    int enrolThreads = intOption("enrol-threads", Runtime.getRuntime().availableProcessors());
    long seed = intOption("seed", 42);
    double minYaw = Double.parseDouble(options.getOrDefault("min-yaw", "0.08"));
    String rateOption = options.getOrDefault("rate", String.valueOf(count / 600.0));
    boolean max = rateOption.equals("max");
    double rate = max ? Double.POSITIVE_INFINITY : Double.parseDouble(rateOption);
    Path dataDir = options.containsKey("data-dir") ? Path.of(options.get("data-dir"))
        : Files.createTempDirectory("site-bench");
    System.setProperty("platform.data.dir", dataDir.toString());
    System.setProperty("mongodb.database", "supervision");
    System.setProperty("platform.jwt.publickey.file", dataDir.resolve("keys/jwt-public.pem").toString());
    System.setProperty("mp.jwt.verify.issuer", "urn:bench");
    System.setProperty("platform.admin.initial-password", "Bench-Admin-Pass-1");
    System.setProperty("platform.notifications.scheduler", "off");
    System.setProperty("platform.intake.registration-interval-seconds", "0");
    Runtime rt = Runtime.getRuntime();
    System.out.printf(Locale.ROOT, "site check-in benchmark: %d check-ins at %s, %d request threads; embedded MongoDB "
        + "(mongo-java-server, H2 MVStore) in %s; max heap %d MiB, %d processors, %s %s%n", count,
        max ? "max throughput (all arrive at once)" : String.format(Locale.ROOT, "%.3f/s (%.0f s)", rate, count / rate),
        threads, dataDir, rt.maxMemory() >> 20, rt.availableProcessors(), System.getProperty("java.vm.name"),
        System.getProperty("java.version"));
    SiteBenchClock clock = SiteBenchClock.INSTANCE;
    clock.startAt(ZonedDateTime.of(2026, 12, 11, 14, 0, 0, 0, SHANGHAI).toInstant());
    SeContainer container = SeContainerInitializer.newInstance().addBeanClasses(SiteBenchClock.Producer.class)
        .initialize();
    try {
      SiteSupervision sites = container.select(SiteSupervision.class).get();
      FaceRecognition faces = container.select(FaceRecognition.class).get();
      ImageFingerprints fingerprints = container.select(ImageFingerprints.class).get();
      long t = System.nanoTime();
      if (faces instanceof ShippedFaceRecognition shipped) {
        shipped.warmUp();
      }
      System.out.printf(Locale.ROOT, "face model: %s, loaded in %.0f ms, threshold %.2f%n", faces.model(),
          (System.nanoTime() - t) / 1e6, faces.threshold());

      List<Portrait> all = SiteBenchPhotos.portraits(faces);
      List<Portrait> usable = all.stream().filter(p -> Math.abs(p.yaw()) >= minYaw).toList();
      System.out.printf(Locale.ROOT, "portraits cut from demo/sample1..6.jpg: %d; %d with |yaw| >= %.2f used (a turn "
          + "needs %.2f between the frames): %s%n", all.size(), usable.size(), minYaw, CheckInRules.DEFAULT.minTurn(),
          usable.stream().map(p -> String.format(Locale.ROOT, "%s %.3f", p.source(), p.yaw())).toList());
      if (usable.size() < perProject) {
        System.out.println("  fewer than a project's people: every portrait used");
        usable = all;
      }
      List<Person> people = photos(count, perProject, usable, fingerprints, seed);
      String[] tokens = enrol(sites, people, perProject, enrolThreads);
      peak(sites, people, tokens, threads, rate, max, seed);

      long stored = 0;
      List<Site> projects = people.stream().map(Person::site).distinct().toList();
      for (Site s : projects) {
        stored += sites.checkIns(s.officer, s.id, PEAK_DAY).size();
      }
      System.out.printf(Locale.ROOT, "check-ins stored for %s (read back per project): %,d%n", PEAK_DAY, stored);
    } finally {
      container.close();
    }
    System.out.printf(Locale.ROOT, "data dir after close: %.1f MB (%s)%n", size(dataDir) / 1e6, dataDir);
  }

  /** The people of the city and every photo they will show, made before anything is timed. */
  private static List<Person> photos(int count, int perProject, List<Portrait> portraits,
      ImageFingerprints fingerprints, long seed) {
    int projects = (count + perProject - 1) / perProject;
    long t = System.nanoTime();
    AtomicInteger retakes = new AtomicInteger();
    List<Person> people = IntStream.range(0, projects).parallel().boxed().flatMap(j -> {
      Site site = new Site(j);
      SplittableRandom random = new SplittableRandom(seed * 1_000_003L + j);
      List<Person> made = new ArrayList<>();
      List<String> hashes = new ArrayList<>();
      for (int k = 0; k < perProject && j * perProject + k < count; k++) {
        int index = j * perProject + k;
        Portrait p = portraits.get(index % portraits.size());
        byte[] enrolment = SiteBenchPhotos.frame(p.image(), random);
        byte[] straight = distinct(p, false, random, fingerprints, hashes, retakes);
        byte[] mirrored = distinct(p, true, random, fingerprints, hashes, retakes);
        double lat = site.latitude + 0.0001 + random.nextDouble() * 0.0007;
        double lon = site.longitude + 0.0001 + random.nextDouble() * 0.0010;
        made.add(new Person(index, site, p, enrolment, straight, mirrored, lat, lon, 5 + random.nextInt(26)));
      }
      return made.stream();
    }).toList();
    long bytes = people.stream().mapToLong(p -> p.straight().length + p.mirrored().length).sum();
    System.out.printf(Locale.ROOT, "photos: %,d people on %,d projects; %,d enrolment photos and %,d check-in frames "
        + "(640x480 JPEG, mean %.0f KB) made in %.0f s; %d frames retaken for being within %d bits of another frame of "
        + "their project%n", people.size(), projects, people.size(), 2 * people.size(), bytes / 2.0 / people.size() / 1e3,
        (System.nanoTime() - t) / 1e9, retakes.get(), CheckInRules.DEFAULT.nearDuplicateBits());
    return people;
  }

  /** A frame whose difference hash is further than the near-duplicate screen from the project's others. */
  private static byte[] distinct(Portrait p, boolean mirrored, SplittableRandom random, ImageFingerprints fingerprints,
      List<String> hashes, AtomicInteger retakes) {
    for (int attempt = 0; ; attempt++) {
      byte[] frame = SiteBenchPhotos.frame(mirrored ? p.mirror() : p.image(), random);
      String hash = fingerprints.differenceHash(frame, "frame");
      boolean near = hashes.stream()
          .anyMatch(h -> CheckInRules.hammingHex(h, hash) <= CheckInRules.DEFAULT.nearDuplicateBits());
      if (!near || attempt == 20) {
        hashes.add(hash);
        return frame;
      }
      retakes.incrementAndGet();
    }
  }

  /** Registers the projects and enrols their people in person (on the Friday before), timed apart. */
  private static String[] enrol(SiteSupervision sites, List<Person> people, int perProject, int threads)
      throws Exception {
    String[] tokens = new String[people.size()];
    Map<Site, List<Person>> byProject = new LinkedHashMap<>();
    people.forEach(p -> byProject.computeIfAbsent(p.site(), s -> new ArrayList<>()).add(p));
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    List<Double> enrolMillis = Collections.synchronizedList(new ArrayList<>());
    AtomicInteger failed = new AtomicInteger();
    AtomicInteger retaken = new AtomicInteger();
    long t = System.nanoTime();
    List<Future<?>> done = new ArrayList<>();
    for (Map.Entry<Site, List<Person>> e : byProject.entrySet()) {
      done.add(pool.submit(() -> {
        Site s = e.getKey();
        String dept = DEPARTMENTS[s.index % DEPARTMENTS.length];
        s.officer = new Caller(new Login("bench.site." + dept), TenantId.of("421181-" + dept),
            Set.of(Role.DEPARTMENT_OFFICER), "标后基准" + dept);
        s.id = sites.register(s.officer, new SiteProjectInput(null, "XM-2026-" + (10000 + s.index),
            "城区道路改造" + (s.index + 1) + "标段", "麻城市城投公司", "13900000000", CreditFixtures.code(500_000 + s.index),
            "湖北某建设有限公司" + s.index, new BigDecimal("18600000"), LocalDate.of(2026, 9, 1),
            LocalDate.of(2027, 12, 31), s.polygon(), "麻城市龙池桥街道" + s.index + "号", LocalTime.of(7, 0),
            LocalTime.of(19, 0))).id();
        for (Person p : e.getValue()) {
          // the officer retakes a photo the server refuses (no face found), up to three times
          SplittableRandom random = new SplittableRandom(p.index());
          byte[] photo = p.enrolment();
          for (int attempt = 1; tokens[p.index()] == null; attempt++) {
            long t0 = System.nanoTime();
            try {
              tokens[p.index()] = sites.enrol(s.officer, s.id, new SitePersonInput(
                  ROLES[p.index() % perProject % ROLES.length], "基准" + p.index(), residentId(p.index()),
                  "鄂142" + (100000 + p.index()), String.format("139%08d", p.index())), photo).checkInToken();
            } catch (RuntimeException ex) {
              if (attempt == 3) {
                failed.incrementAndGet();
                System.out.println("  enrolment failed three times: " + p.portrait().source() + ": " + ex);
                break;
              }
              retaken.incrementAndGet();
              photo = SiteBenchPhotos.frame(p.portrait().image(), random);
            } finally {
              enrolMillis.add((System.nanoTime() - t0) / 1e6);
            }
          }
        }
        return null;
      }));
    }
    for (Future<?> f : done) {
      f.get();
    }
    pool.shutdown();
    LatencyStats stats = new LatencyStats();
    enrolMillis.forEach(stats::add);
    System.out.printf(Locale.ROOT, "enrolment (Friday, not part of the peak): %,d projects registered, %,d people "
        + "enrolled (%d photos refused and retaken, %d people failed three times) in %.0f s on %d threads%n",
        byProject.size(), people.size() - failed.get(), retaken.get(), failed.get(), (System.nanoTime() - t) / 1e9,
        threads);
    System.out.println(LatencyStats.header());
    System.out.println(stats.row("enrolment (face photo)"));
    return tokens;
  }

  /** The morning peak: open-loop arrivals on the timetable, decided by the request threads. */
  private static void peak(SiteSupervision sites, List<Person> people, String[] tokens, int threads,
      double rate, boolean max, long seed) throws Exception {
    List<Person> order = new ArrayList<>(people.stream().filter(p -> tokens[p.index()] != null).toList());
    Collections.shuffle(order, new Random(seed));
    int n = order.size();
    long[] scheduled = new long[n];
    long[] started = new long[n];
    long[] called = new long[n];
    long[] ended = new long[n];
    CheckInView[] views = new CheckInView[n];
    Map<String, AtomicInteger> errors = new ConcurrentHashMap<>();
    AtomicInteger challenges = new AtomicInteger();
    AtomicInteger completed = new AtomicInteger();
    for (int r = 0; r < 3; r++) {
      System.gc();
    }
    long heapBefore = usedHeap();
    resetPeaks();
    AtomicLong sampledPeak = new AtomicLong();
    Thread sampler = new Thread(() -> {
      while (!Thread.currentThread().isInterrupted()) {
        sampledPeak.accumulateAndGet(usedHeap(), Math::max);
        LockSupport.parkNanos(50_000_000L);
      }
    }, "heap-sampler");
    sampler.setDaemon(true);
    sampler.start();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    SiteBenchClock clock = SiteBenchClock.INSTANCE;
    clock.startAt(ZonedDateTime.of(PEAK_DAY, LocalTime.of(7, 50), SHANGHAI).toInstant());
    System.out.printf(Locale.ROOT, "peak: %,d check-ins from %s, %s%n", n, clock.instant(),
        max ? "all arriving at once" : String.format(Locale.ROOT, "one every %.0f ms", 1000 / rate));
    long t0 = System.nanoTime();
    long interval = max ? 0 : (long) (1e9 / rate);
    long nextReport = t0 + 60_000_000_000L;
    for (int i = 0; i < n; i++) {
      long at = t0 + i * interval;
      while (System.nanoTime() < at) {
        LockSupport.parkNanos(Math.min(at - System.nanoTime(), 10_000_000L));
      }
      scheduled[i] = at;
      Person p = order.get(i);
      String token = tokens[p.index()];
      Instant deviceTime = clock.at(at);
      int slot = i;
      pool.execute(() -> {
        started[slot] = System.nanoTime();
        try {
          ChallengeView c = sites.challenge(token);
          challenges.incrementAndGet();
          while (c.action() == Action.BLINK) {
            c = sites.challenge(token);
            challenges.incrementAndGet();
          }
          boolean mirroredFirst = (c.action() == Action.TURN_LEFT) == (p.portrait().yaw() > 0);
          byte[] first = mirroredFirst ? p.mirrored() : p.straight();
          byte[] second = mirroredFirst ? p.straight() : p.mirrored();
          called[slot] = System.nanoTime();
          views[slot] = sites.checkIn(token, new CheckInInput(c.id(), first, second, p.latitude(), p.longitude(),
              p.accuracy(), deviceTime));
        } catch (RuntimeException e) {
          errors.computeIfAbsent(e.getClass().getSimpleName() + ": " + e.getMessage(), k -> new AtomicInteger())
              .incrementAndGet();
        } finally {
          ended[slot] = System.nanoTime();
          completed.incrementAndGet();
        }
      });
      if (System.nanoTime() >= nextReport) {
        nextReport += 60_000_000_000L;
        System.out.printf(Locale.ROOT, "  %4.0f s: %,d arrived, %,d decided, %,d waiting or in progress, heap %d MB%n",
            (System.nanoTime() - t0) / 1e9, i + 1, completed.get(), i + 1 - completed.get(), usedHeap() >> 20);
      }
    }
    long lastArrival = System.nanoTime();
    pool.shutdown();
    while (!pool.awaitTermination(60, TimeUnit.SECONDS)) {
      System.out.printf(Locale.ROOT, "  %4.0f s: all arrived, %,d decided%n", (System.nanoTime() - t0) / 1e9,
          completed.get());
    }
    long end = Arrays.stream(ended).max().orElse(t0);
    sampler.interrupt();
    long peakPools = peakPools();
    for (int r = 0; r < 3; r++) {
      System.gc();
    }
    long heapAfter = usedHeap();

    LatencyStats latency = new LatencyStats();
    LatencyStats service = new LatencyStats();
    LatencyStats call = new LatencyStats();
    LatencyStats wait = new LatencyStats();
    Map<CheckInOutcome, Integer> outcomes = new EnumMap<>(CheckInOutcome.class);
    Map<String, Integer> findings = new TreeMap<>();
    List<Double> distances = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      if (views[i] == null) {
        continue;
      }
      latency.add((ended[i] - scheduled[i]) / 1e6);
      service.add((ended[i] - started[i]) / 1e6);
      call.add((ended[i] - called[i]) / 1e6);
      wait.add((started[i] - scheduled[i]) / 1e6);
      outcomes.merge(views[i].outcome(), 1, Integer::sum);
      for (RuleFinding f : views[i].findings()) {
        findings.merge(f.code(), 1, Integer::sum);
      }
      if (views[i].faceDistance() != null) {
        distances.add(views[i].faceDistance());
      }
    }
    int failed = errors.values().stream().mapToInt(AtomicInteger::get).sum();
    double seconds = (end - t0) / 1e9;
    System.out.println();
    System.out.printf(Locale.ROOT, "arrivals over %.1f s (offered %s); last decision at %.1f s; %,d decided, %d errors%n",
        (lastArrival - t0) / 1e9, max ? "all at once" : String.format(Locale.ROOT, "%.3f/s", rate), seconds,
        latency.count(), failed);
    System.out.printf(Locale.ROOT, "throughput: %.3f check-ins/s (%.0f per 10 minutes); %.2f challenges asked per "
        + "check-in (blinks asked again)%n", latency.count() / seconds, latency.count() / seconds * 600,
        challenges.get() / (double) Math.max(1, n));
    System.out.println(LatencyStats.header());
    System.out.println(latency.row("arrival -> decision"));
    System.out.println(wait.row("  waiting for a thread"));
    System.out.println(service.row("  challenge(s) + check-in"));
    System.out.println(call.row("  checkIn() alone"));
    System.out.println("outcomes: " + outcomes);
    System.out.println("findings: " + findings);
    distances.sort(null);
    if (!distances.isEmpty()) {
      System.out.printf(Locale.ROOT, "face distance (worse frame): median %.3f, p95 %.3f, max %.3f (threshold %.2f)%n",
          distances.get(distances.size() / 2), distances.get((int) Math.min(distances.size() - 1,
              Math.ceil(0.95 * distances.size()) - 1)), distances.get(distances.size() - 1), 0.5);
    }
    if (!errors.isEmpty()) {
      System.out.println("errors: " + errors);
    }
    System.out.printf(Locale.ROOT, "heap: max %d MB; used after GC before the peak %d MB (of which the test's frames in "
        + "memory %.0f MB), peak used during the peak %d MB (sampled every 50 ms; sum of the pools' peaks %d MB), "
        + "used after GC after the peak %d MB%n", Runtime.getRuntime().maxMemory() >> 20, heapBefore >> 20,
        people.stream().mapToLong(p -> p.straight().length + p.mirrored().length).sum() / 1e6, sampledPeak.get() >> 20,
        peakPools >> 20, heapAfter >> 20);
  }

  /** A valid resident ID (GB 11643 check character), a different birth day for each person. */
  private static String residentId(int n) {
    return CreditFixtures.residentId("421181" + LocalDate.of(1965, 1, 1).plusDays(n).toString().replace("-", "")
        + String.format("%03d", n % 1000));
  }

  private static long usedHeap() {
    Runtime r = Runtime.getRuntime();
    return r.totalMemory() - r.freeMemory();
  }

  private static void resetPeaks() {
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        pool.resetPeakUsage();
      }
    }
  }

  private static long peakPools() {
    long sum = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        sum += pool.getPeakUsage().getUsed();
      }
    }
    return sum;
  }

  private static long size(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
    }
  }
}
