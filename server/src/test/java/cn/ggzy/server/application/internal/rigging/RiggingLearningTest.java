package cn.ggzy.server.application.internal.rigging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.ggzy.server.application.Caller;
import cn.ggzy.server.application.RiggingModels;
import cn.ggzy.server.application.RiggingWarnings;
import cn.ggzy.server.application.internal.TestOfficers;
import cn.ggzy.server.domain.model.AccessDeniedException;
import cn.ggzy.server.domain.model.DomainException;
import cn.ggzy.server.domain.model.NotFoundException;
import cn.ggzy.server.domain.model.StateConflictException;
import cn.ggzy.server.domain.model.account.Role;
import cn.ggzy.server.domain.model.audit.AuditEntry;
import cn.ggzy.server.domain.model.audit.AuditLog;
import cn.ggzy.server.domain.model.credit.CreditFixtures;
import cn.ggzy.server.domain.model.enforcement.CaseDecided;
import cn.ggzy.server.domain.model.enforcement.CaseId;
import cn.ggzy.server.domain.model.enforcement.CaseNumber;
import cn.ggzy.server.domain.model.enforcement.DecisionKind;
import cn.ggzy.server.domain.model.enforcement.Industry;
import cn.ggzy.server.domain.model.region.RegionRepository;
import cn.ggzy.server.domain.model.rigging.BidFileTrace;
import cn.ggzy.server.domain.model.rigging.LabelSource;
import cn.ggzy.server.domain.model.rigging.RegionModel;
import cn.ggzy.server.domain.model.rigging.RegionModelStatus;
import cn.ggzy.server.domain.model.rigging.RiggingLearningRepository;
import cn.ggzy.server.domain.model.rigging.RiskExplanation;
import cn.ggzy.server.domain.model.rigging.TenderLabel;
import cn.ggzy.server.domain.model.tender.SectionKey;
import cn.ggzy.server.domain.model.tender.TenderBid;
import cn.ggzy.server.domain.model.tender.TenderBidRepository;
import cn.ggzy.server.domain.model.warning.RiggingWarning;
import cn.ggzy.server.domain.model.warning.WarningRepository;
import cn.ggzy.server.domain.service.RiskLearning;
import cn.ggzy.server.infrastructure.persistence.mongo.TestContainer;
import cn.ggzy.tenants.Department;
import cn.ggzy.tenants.DepartmentKind;
import cn.ggzy.tenants.Region;
import cn.ggzy.tenants.RegionCode;
import cn.ggzy.tenants.TenantId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Learning from the region's decisions through the real wiring and embedded MongoDB: labels from each
 * disposition, the switch rule, the region model scoring new sections, rollback, reproducibility,
 * audit and who may do what. Each training test has a region of its own.
 */
class RiggingLearningTest {
  private static final AtomicInteger N = new AtomicInteger();
  private static final Instant AT = Instant.parse("2026-11-20T02:00:00Z");
  private final RiggingLearning learning = TestContainer.get(RiggingLearning.class);
  private final RiggingModels models = TestContainer.get(RiggingModels.class);
  private final RiggingLearningRepository repository = TestContainer.get(RiggingLearningRepository.class);
  private final TenderBidRepository bids = TestContainer.get(TenderBidRepository.class);
  private final WarningRepository warnings = TestContainer.get(WarningRepository.class);
  private final AuditLog audit = TestContainer.get(AuditLog.class);

  /** A region of its own: office and two departments. */
  private static RegionCode region() {
    RegionCode code = RegionCode.of(String.valueOf(439_000 + N.incrementAndGet()));
    TestContainer.get(RegionRepository.class).store(new Region(code, "测试市" + code, "Test " + code, "测监案",
        List.of(new Department(TenantId.of(code, "jgb"), "监管办", "Office", DepartmentKind.SUPERVISION_OFFICE),
            new Department(TenantId.of(code, "zjj"), "住建局", "Housing", DepartmentKind.INDUSTRY_DEPARTMENT),
            new Department(TenantId.of(code, "jtj"), "交通局", "Transport", DepartmentKind.INDUSTRY_DEPARTMENT))));
    return code;
  }

  private static Caller person(TenantId tenant, Role role) {
    return TestOfficers.signedIn(tenant, "lrn" + N.incrementAndGet() + "p", "学习" + N.get(), role);
  }

  /**
   * Sections of a market in which a ring of four firms takes three places of every fifth section;
   * prices look competitive everywhere, so only what the labels teach about the firms finds them.
   */
  private List<SectionKey> ringMarket(TenantId tenant, int sections, List<Boolean> rigged, long seed) {
    Random r = new Random(seed);
    List<SectionKey> keys = new ArrayList<>();
    for (int t = 0; t < sections; t++) {
      boolean ring = t % 5 == 0;
      String project = "LRN-" + tenant.value() + "-" + t;
      List<String> bidders = new ArrayList<>();
      while (bidders.size() < 4) {
        String b = ring && bidders.size() < 3 ? "R" + r.nextInt(4) : "F" + r.nextInt(80);
        if (!bidders.contains(b)) {
          bidders.add(b);
        }
      }
      for (int i = 0; i < 4; i++) {
        String code = "91" + tenant.region().value() + "MA4" + bidders.get(i);
        bids.store(tenant, new TenderBid(tenant, project, "学习工程", "BD1", "一标段", Industry.HOUSING_CONSTRUCTION,
            code, "投标人" + bidders.get(i), 1_000_000 + r.nextInt(200_000), AT,
            new BidFileTrace(code, "M" + project + i, null, null, null, null, null, null, null, null), i == 0, AT));
      }
      keys.add(new SectionKey(project, "BD1"));
      rigged.add(ring);
    }
    return keys;
  }

  private void label(TenantId tenant, SectionKey section, boolean rigged) {
    repository.storeLabel(tenant, new TenderLabel(tenant, section, rigged, LabelSource.OFFICER, null, "测试", "t", AT));
  }

  /** A ring market in the department whose first {@code labelled} sections are labelled with the truth. */
  private List<SectionKey> labelledRingMarket(TenantId tenant, int sections, int labelled, long seed) {
    List<Boolean> truth = new ArrayList<>();
    List<SectionKey> keys = ringMarket(tenant, sections, truth, seed);
    for (int t = 0; t < labelled; t++) {
      label(tenant, keys.get(t), truth.get(t));
    }
    return keys;
  }

  @Test
  void aModelThatBeatsTheIndexScoresTheRegionAndTheOfficeCanRollItBack() {
    RegionCode region = region();
    TenantId zjj = TenantId.of(region, "zjj");
    List<SectionKey> sections = labelledRingMarket(zjj, 200, 100, 1);
    RegionModel run = learning.trainRegion(region, "platform", true).orElseThrow();
    assertEquals(RegionModelStatus.ACTIVE, run.status(), run.candidateAuc() + " vs " + run.indexAuc());
    assertEquals(1, run.version());
    assertEquals(20, run.positives());
    assertTrue(run.candidateAuc() > run.indexAuc());
    assertTrue(learning.trainRegion(region, "platform", true).isEmpty(), "the same labels are not trained again");

    Caller officer = person(TenantId.of(region, "jgb"), Role.OFFICE_OFFICER);
    RiggingModels.Overview overview = models.overview(officer);
    assertEquals(run.name(), overview.inUse());
    assertEquals(20, overview.rigged());
    assertEquals(80, overview.clean());

    // the unlabelled ring sections now score high, by the region model, with its validated figure
    SectionScreening screening = TestContainer.get(SectionScreening.class);
    RiggingLearning.Scorer scorer = learning.scorer(region).orElseThrow();
    double ring = scorer.explain(zjj, sections.get(150)).orElseThrow().score();
    double other = scorer.explain(zjj, sections.get(151)).orElseThrow().score();
    assertTrue(ring > other, ring + " vs " + other);
    var explained = scorer.explain(zjj, sections.get(150)).orElseThrow();
    assertEquals(run.name(), explained.model());
    assertEquals(run.candidateAuc(), explained.validation(), 1e-12);
    assertFalse(explained.readings().isEmpty(), "the index's parts are shown beneath the model's score");
    screening.screen(zjj, sections.get(150), "platform", AT);

    // rollback to the index, then to version 1 again
    RiggingModels.Overview back = models.rollback(officer, null);
    assertEquals(RiggingLearning.INDEX, back.inUse());
    assertTrue(learning.scorer(region).isEmpty());
    assertEquals(RegionModelStatus.ROLLED_BACK, repository.models(region).get(0).status());
    assertEquals(run.name(), models.rollback(officer, 1).inUse());
    assertTrue(audit.recent(TenantId.of(region, "jgb"), 20).stream().map(AuditEntry::action).toList()
        .containsAll(List.of("rigging.models.TRAIN", "rigging.models.ROLLBACK")));
  }

  /** Labels that nothing the model sees explains: the run is kept, the index stays in use. */
  @Test
  void aModelThatDoesNotBeatTheIndexIsNotUsedAndCannotBeRolledBackTo() {
    RegionCode region = region();
    TenantId jtj = TenantId.of(region, "jtj");
    List<Boolean> truth = new ArrayList<>();
    List<SectionKey> sections = ringMarket(jtj, 150, truth, 2);
    Random r = new Random(5);
    for (int t = 0; t < 120; t++) {
      label(jtj, sections.get(t), r.nextBoolean());
    }
    RegionModel run = learning.trainRegion(region, "platform", false).orElseThrow();
    assertEquals(RegionModelStatus.NOT_BETTER, run.status(), run.candidateAuc() + " vs " + run.indexAuc());
    assertTrue(run.weights().isEmpty());
    assertTrue(learning.scorer(region).isEmpty(), "the screen index scores the region");
    Caller officer = person(TenantId.of(region, "jgb"), Role.OFFICE_LEADER);
    StateConflictException refused = assertThrows(StateConflictException.class, () -> models.rollback(officer, 1));
    assertEquals("rigging.models.rollback.notBetter", refused.code());
    assertThrows(NotFoundException.class, () -> models.rollback(officer, 9));
  }

  /** Two runs of one version (another node, or "train now" during the background run): the first stands. */
  @Test
  void aVersionIsStoredOnce() {
    RegionCode region = region();
    RegionModel run = new RegionModel(region, 1, AT, "platform", 1, 5, 5, 0.9, 0.6, true, List.of(0.5), List.of(),
        RegionModelStatus.ACTIVE);
    assertTrue(repository.addModel(region, run));
    assertFalse(repository.addModel(region, run.withStatus(RegionModelStatus.NOT_BETTER)));
    assertEquals(RegionModelStatus.ACTIVE, repository.models(region).get(0).status());
    assertEquals(1, repository.models(region).size());
  }

  @Test
  void aRunIsReproducibleFromItsLabelsAndSeed() {
    RegionCode region = region();
    TenantId zjj = TenantId.of(region, "zjj");
    List<SectionKey> sections = labelledRingMarket(zjj, 120, 80, 3);
    RegionModel first = learning.trainRegion(region, "platform", false).orElseThrow();
    RegionModel second = learning.trainRegion(region, "platform", false).orElseThrow();
    assertEquals(first.labels(), second.labels());
    assertTrue(first.seed() != second.seed(), "each version has its own seed");
    assertEquals(2, second.version());
    assertEquals(RegionModelStatus.SUPERSEDED, repository.models(region).get(1).status(), "the newer run decides");
    RiggingLearning.Market market = learning.market(region);
    var again = TestContainer.get(RiskLearning.class)
        .train(market.tenders(), market.labels(first.labels()), first.seed());
    assertEquals(first.weights(), again.weights(), "the same labels and seed give the same model");
    assertEquals(first.candidateAuc(), again.candidateAuc(), 1e-12);
  }

  @Test
  void tooFewLabelsTrainNothingAndOnlyTheOfficeTrains() {
    RegionCode region = region();
    TenantId zjj = TenantId.of(region, "zjj");
    List<SectionKey> sections = labelledRingMarket(zjj, 20, 20, 4);
    Caller office = person(TenantId.of(region, "jgb"), Role.OFFICE_OFFICER);
    StateConflictException few = assertThrows(StateConflictException.class, () -> models.train(office));
    assertEquals("rigging.models.tooFewLabels", few.code());
    Caller head = person(zjj, Role.DEPARTMENT_HEAD);
    assertThrows(AccessDeniedException.class, () -> models.train(head));
    assertThrows(AccessDeniedException.class, () -> models.rollback(head, null));
    Caller clerk = person(zjj, Role.DEPARTMENT_OFFICER);
    assertThrows(AccessDeniedException.class, () -> models.overview(clerk));
  }

  @Test
  void anOfficerLabelsASectionOfTheirDepartmentWithAReason() {
    RegionCode region = region();
    TenantId zjj = TenantId.of(region, "zjj");
    TenantId jtj = TenantId.of(region, "jtj");
    List<SectionKey> sections = ringMarket(zjj, 2, new ArrayList<>(), 5);
    List<SectionKey> theirs = ringMarket(jtj, 1, new ArrayList<>(), 6);
    Caller head = person(zjj, Role.DEPARTMENT_HEAD);
    SectionKey s = sections.get(0);
    DomainException noReason = assertThrows(DomainException.class, () -> models.label(head,
        new RiggingModels.LabelRequest(s.projectCode(), s.sectionCode(), true, " ")));
    assertEquals("reason", noReason.field());
    DomainException noFinding = assertThrows(DomainException.class, () -> models.label(head,
        new RiggingModels.LabelRequest(s.projectCode(), s.sectionCode(), null, "另案查实")));
    assertEquals("rigged", noFinding.field());
    assertThrows(NotFoundException.class, () -> models.label(head, new RiggingModels.LabelRequest(
        theirs.get(0).projectCode(), "BD1", true, "另案查实")), "another department's section is not found");
    RiggingModels.LabelView view = models.label(head, new RiggingModels.LabelRequest(s.projectCode(),
        s.sectionCode(), true, "另案查实串通投标"));
    assertTrue(view.rigged());
    assertEquals("OFFICER", view.source());
    TenderLabel stored = repository.label(zjj, s).orElseThrow();
    assertEquals(LabelSource.OFFICER, stored.source());
    assertEquals("另案查实串通投标", stored.reason());
    assertTrue(models.overview(head).labels().stream().allMatch(l -> l.department().equals(zjj.value())),
        "a department reads its own labels");
  }

  /** A warning dismissed labels its section clean; a case from a warning labels it by its decision. */
  @Test
  void dispositionsBecomeLabels() {
    RegionCode region = region();
    TenantId zjj = TenantId.of(region, "zjj");
    List<SectionKey> sections = ringMarket(zjj, 3, new ArrayList<>(), 7);
    List<String> ids = new ArrayList<>();
    for (SectionKey s : sections) {
      RiggingWarning w = RiggingWarning.raise(zjj, new RiggingWarning.Finding(s, "学习工程", "一标段",
          Industry.HOUSING_CONSTRUCTION, List.of(), 90,
          RiskExplanation.unexplained(RiggingLearning.INDEX, 0.9), List.of()), AT);
      warnings.store(zjj, w);
      ids.add(w.id());
    }
    Caller head = person(zjj, Role.DEPARTMENT_HEAD);
    TestContainer.get(RiggingWarnings.class).dismiss(head, ids.get(0), "报价经核实为正常竞争");
    TenderLabel dismissed = repository.label(zjj, sections.get(0)).orElseThrow();
    assertFalse(dismissed.rigged());
    assertEquals(LabelSource.WARNING_DISMISSED, dismissed.source());
    assertEquals(ids.get(0), dismissed.reference());

    learning.fromCase(decided(zjj, ids.get(1), DecisionKind.ADMINISTRATIVE_PENALTY));
    assertTrue(repository.label(zjj, sections.get(1)).orElseThrow().rigged());
    assertEquals(LabelSource.CASE_VIOLATION, repository.label(zjj, sections.get(1)).orElseThrow().source());
    learning.fromCase(decided(zjj, ids.get(2), DecisionKind.DISMISSED));
    assertFalse(repository.label(zjj, sections.get(2)).orElseThrow().rigged());
    assertEquals(LabelSource.CASE_UNFOUNDED, repository.label(zjj, sections.get(2)).orElseThrow().source());
    assertTrue(learning.fromCase(new CaseDecided(new CaseId(CreditFixtures.hex()), new CaseNumber("测监案〔2026〕第0002号"), zjj,
        DecisionKind.ADMINISTRATIVE_PENALTY, "罚款", null, null, AT, "report:R1")).isEmpty(),
        "a case from a report labels nothing");
  }

  /**
   * The review queue: highest score first; while a region model is in use, the twentieth place goes to
   * the open warning whose model probability is nearest 0.5.
   */
  @Test
  void theReviewQueueOffersTheHighestScoresAndWhileLearningOneUncertainWarningInTwenty() {
    RegionCode region = region();
    TenantId zjj = TenantId.of(region, "zjj");
    List<SectionKey> sections = ringMarket(zjj, 30, new ArrayList<>(), 8);
    for (int t = 0; t < sections.size(); t++) {
      double p = 0.99 - t * 0.015;
      warnings.store(zjj, RiggingWarning.raise(zjj, new RiggingWarning.Finding(sections.get(t), "学习工程", "一标段",
          Industry.HOUSING_CONSTRUCTION, List.of(), (int) Math.round(p * 100),
          RiskExplanation.unexplained("region-" + region.value() + "-v1", p), List.of()), AT));
    }
    Caller head = person(zjj, Role.DEPARTMENT_HEAD);
    RiggingWarnings queue = TestContainer.get(RiggingWarnings.class);
    List<RiggingWarnings.QueueItem> plain = queue.reviewQueue(head, 25);
    assertEquals(25, plain.size());
    assertTrue(plain.stream().allMatch(i -> i.reason().equals("HIGHEST_SCORE")), "the screen index: by score");
    for (int i = 1; i < plain.size(); i++) {
      assertTrue(plain.get(i - 1).warning().score() >= plain.get(i).warning().score());
    }
    repository.storeModel(region, new RegionModel(region, 1, AT, "platform", 1, 10, 10, 0.9, 0.6, true,
        List.of(0.0), List.of(), RegionModelStatus.ACTIVE));
    List<RiggingWarnings.QueueItem> learningQueue = queue.reviewQueue(head, 25);
    assertEquals("UNCERTAIN", learningQueue.get(19).reason());
    assertEquals(0.555, learningQueue.get(19).modelScore(), 1e-9, "the probability nearest 0.5, not next by score");
    assertEquals(1, learningQueue.stream().filter(i -> i.reason().equals("UNCERTAIN")).count());
    assertEquals(25, learningQueue.stream().map(i -> i.warning().id()).distinct().count());
  }

  private static CaseDecided decided(TenantId owner, String warningId, DecisionKind kind) {
    return new CaseDecided(new CaseId(CreditFixtures.hex()), new CaseNumber("测监案〔2026〕第0001号"), owner, kind, "决定",
        null, null, AT, "warning:" + warningId);
  }
}
