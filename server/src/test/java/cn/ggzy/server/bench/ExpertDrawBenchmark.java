package cn.ggzy.server.bench;

import cn.ggzy.server.TestClock;
import cn.ggzy.server.application.Caller;
import cn.ggzy.server.application.ExpertDraws;
import cn.ggzy.server.application.ExpertDraws.ExpertDrawView;
import cn.ggzy.server.application.internal.TestOfficers;
import cn.ggzy.server.domain.model.account.Role;
import cn.ggzy.server.domain.model.expert.Certificate;
import cn.ggzy.server.domain.model.expert.DrawRequest;
import cn.ggzy.server.domain.model.expert.Expert;
import cn.ggzy.server.domain.model.expert.ExpertDrawDocument;
import cn.ggzy.server.domain.model.expert.ExpertDrawDocument.Candidate;
import cn.ggzy.server.domain.model.expert.ExpertPanelDraw;
import cn.ggzy.server.domain.model.expert.ExpertProfile;
import cn.ggzy.server.domain.model.expert.ExpertRecusal;
import cn.ggzy.server.domain.model.expert.ExpertRepository;
import cn.ggzy.server.domain.model.expert.ExpertRules;
import cn.ggzy.server.domain.model.expert.SpecialtyQuota;
import cn.ggzy.server.infrastructure.persistence.mongo.TestContainer;
import cn.ggzy.tenants.TenantId;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * A draw of 7 experts (4 + 2 + 1 over three specialties) from a pool of 5,000 with the constraints
 * (employer, bidders', agency's and tenderer's staff, declared conflicts, 6 months' recent service,
 * one per employer), end to end through the use case and the embedded MongoDB: the request (pool
 * read, recusal, document, commitment) and the draw (recomputation, invitations stored and sent),
 * each timed over {@code runs} draws after 5 warm-ups. {@code server/bench/expert-draw.sh [runs]}.
 */
public class ExpertDrawBenchmark {
  private static final String[] SPECIALTIES = {"A0101", "A0106", "A0201", "A0301", "A0304", "A0401", "A0501", "C0101"};

  public static void main(String[] args) {
    int runs = args.length > 0 ? Integer.parseInt(args[0]) : 30;
    int poolSize = args.length > 1 ? Integer.parseInt(args[1]) : 5000;
    Caller admin = TestOfficers.signedIn(TenantId.of("421181-jgb"), "bench-office", "基准", Role.OFFICE_OFFICER);
    ExpertRepository experts = TestContainer.get(ExpertRepository.class);
    Random random = new Random(22);
    LocalDate today = TestClock.today();
    Instant now = TestClock.now();
    long loadStart = System.nanoTime();
    for (int i = 0; i < poolSize; i++) {
      String employer = "单位" + random.nextInt(poolSize / 3);
      List<String> specialties = List.of(SPECIALTIES[random.nextInt(SPECIALTIES.length)]);
      List<String> conflicts = random.nextInt(20) == 0 ? List.of("投标人" + random.nextInt(50)) : List.of();
      ExpertProfile p = new ExpertProfile("专家" + i, String.format("4211811970010%05d", i), LocalDate.of(1960
          + random.nextInt(30), 1, 1), String.format("139%08d", i), employer, "高级工程师", specialties,
          List.of(new Certificate("证书", "N" + i, today.plusYears(2))), conflicts, false);
      Expert e = experts.store(admin.tenant().region(), Expert.apply(experts.nextId(admin.tenant().region()),
          admin.tenant().region(), p, now));
      experts.store(admin.tenant().region(), e.approve("office", now, today, ExpertRules.DEFAULT, null));
    }
    System.out.printf("pool of %d stored in %.1f s%n", poolSize, (System.nanoTime() - loadStart) / 1e9);
    ExpertDraws draws = TestContainer.get(ExpertDraws.class);
    Caller officer = TestOfficers.signedIn(TenantId.of("421181-jtj"), "bench-jtj", "基准", Role.DEPARTMENT_OFFICER);
    List<Double> requests = new ArrayList<>();
    List<Double> drawsMs = new ArrayList<>();
    for (int i = 0; i < runs + 5; i++) {
      List<String> bidders = new ArrayList<>();
      for (int b = 0; b < 8; b++) {
        bidders.add("投标人" + random.nextInt(50));
      }
      DrawRequest request = new DrawRequest("基准工程", "B-" + i, "基准工程标段" + i, "招标人" + (i % 5), "单位" + random.nextInt(100),
          bidders, List.of(new SpecialtyQuota("A0301", 4), new SpecialtyQuota("A0304", 2),
              new SpecialtyQuota("A0106", 1)), 0, now.plus(Duration.ofDays(3)), "交易中心", false, 6);
      long t0 = System.nanoTime();
      ExpertDrawView committed = draws.request(officer, request);
      long t1 = System.nanoTime();
      draws.draw(officer, committed.id(), committed.version(), "监督人", "value-" + i);
      long t2 = System.nanoTime();
      if (i >= 5) {
        requests.add((t1 - t0) / 1e6);
        drawsMs.add((t2 - t1) / 1e6);
      }
    }
    List<Double> reads = new ArrayList<>();
    List<Double> screens = new ArrayList<>();
    List<Double> documents = new ArrayList<>();
    DrawRequest sample = new DrawRequest("基准工程", "B-x", "基准工程标段", "招标人0", "单位1", List.of("投标人1"),
        List.of(new SpecialtyQuota("A0301", 4), new SpecialtyQuota("A0304", 2), new SpecialtyQuota("A0106", 1)), 0,
        now.plus(Duration.ofDays(3)), "交易中心", false, 6);
    for (int i = 0; i < runs; i++) {
      long t0 = System.nanoTime();
      List<Expert> pool = experts.pool(officer.tenant().region(), List.of("A0301", "A0304", "A0106"));
      long t1 = System.nanoTime();
      ExpertRecusal.Outcome outcome = ExpertRecusal.screen(pool, "421181", sample, ExpertRules.DEFAULT, List.of(),
          Set.of(), Set.of(), TestClock.ZONE);
      long t2 = System.nanoTime();
      ExpertDrawDocument document = new ExpertDrawDocument("XD-B", 1, "421181", "B-x", "2026-11-16", sample.quotas(),
          outcome.eligible().stream().map(e -> new Candidate(e.id(), ExpertDrawDocument.group("XD-B",
              e.profile().employer()), e.profile().specialties())).toList(), List.of());
      ExpertPanelDraw.of(document);
      document.hash();
      long t3 = System.nanoTime();
      reads.add((t1 - t0) / 1e6);
      screens.add((t2 - t1) / 1e6);
      documents.add((t3 - t2) / 1e6);
    }
    report("  of which: read the pool", reads);
    report("  of which: recusal", screens);
    report("  of which: document, check, hash", documents);
    report("request (screen 5,000, commit)", requests);
    report("draw (recompute, invite 7)", drawsMs);
    List<Double> total = new ArrayList<>();
    for (int i = 0; i < requests.size(); i++) {
      total.add(requests.get(i) + drawsMs.get(i));
    }
    report("request + draw", total);
    System.exit(0);
  }

  private static void report(String what, List<Double> ms) {
    List<Double> sorted = ms.stream().sorted().toList();
    System.out.printf("%-32s median %.0f ms, p95 %.0f ms, max %.0f ms (%d runs)%n", what,
        sorted.get(sorted.size() / 2), sorted.get((int) Math.ceil(sorted.size() * 0.95) - 1),
        sorted.get(sorted.size() - 1), sorted.size());
  }
}
