package cn.ggzy.server.infrastructure.persistence.mongo.inspection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.ggzy.server.domain.model.ConcurrentChangeException;
import cn.ggzy.server.domain.model.NotFoundException;
import cn.ggzy.server.domain.model.inspection.Conflict;
import cn.ggzy.server.domain.model.inspection.DrawDocument;
import cn.ggzy.server.domain.model.inspection.DrawDocument.InspectorEntry;
import cn.ggzy.server.domain.model.inspection.DrawDocument.ObjectEntry;
import cn.ggzy.server.domain.model.inspection.InspectionPlan;
import cn.ggzy.server.domain.model.inspection.InspectionPlanRepository;
import cn.ggzy.server.domain.model.inspection.ObjectKind;
import cn.ggzy.server.domain.model.inspection.PlanId;
import cn.ggzy.server.domain.model.inspection.PlanSettings;
import cn.ggzy.server.domain.model.inspection.PlanStatus;
import cn.ggzy.server.domain.model.inspection.Selection;
import cn.ggzy.server.infrastructure.persistence.mongo.TestContainer;
import cn.ggzy.tenants.TenantId;
import cn.ggzy.tenants.testkit.TenantIsolationContract;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Inspection plans, held to the isolation contract; public only once committed. */
class JnosqlInspectionPlanRepositoryTest extends TenantIsolationContract<InspectionPlan, PlanId> {
  private static final Instant AT = Instant.parse("2026-11-20T02:00:00Z");
  private final InspectionPlanRepository plans = TestContainer.get(InspectionPlanRepository.class);

  static PlanSettings settings(TenantId tenant, String title) {
    return new PlanSettings(title, Set.of(tenant), Set.of(ObjectKind.PROJECT),
        new Selection(Selection.Mode.PROPORTION, 10), LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 31), 3, 2, 2,
        false, 6, List.of("招标文件是否按规定备案", "评标委员会组成是否合法"), List.of(new Conflict("someone", "P-1", "亲属")));
  }

  @Override
  protected InspectionPlan newAggregate(TenantId tenant) {
    return InspectionPlan.draft(plans.nextId(), tenant, settings(tenant, "季度抽查"), "head", AT);
  }

  @Override
  protected PlanId idOf(InspectionPlan aggregate) {
    return aggregate.id();
  }

  @Override
  protected void store(TenantId tenant, InspectionPlan aggregate) {
    plans.store(tenant, aggregate);
  }

  @Override
  protected Optional<InspectionPlan> find(TenantId tenant, PlanId id) {
    return plans.find(tenant, id);
  }

  @Override
  protected long count(TenantId tenant) {
    return plans.count(tenant);
  }

  @Override
  protected List<InspectionPlan> list(TenantId tenant) {
    return plans.list(tenant);
  }

  @Override
  protected boolean tryModify(TenantId tenant, PlanId id) {
    InspectionPlan stale = plans.find(DEPARTMENT_A, id).orElseThrow();
    stale.revise(settings(DEPARTMENT_A, "改过的标题"));
    try {
      plans.store(tenant, stale);
      return true;
    } catch (NotFoundException | ConcurrentChangeException refused) {
      return false;
    }
  }

  @Test
  void aCommittedAndDrawnPlanSurvivesTheRoundTripAndBecomesPublic() {
    TenantId zjj = DEPARTMENT_A;
    InspectionPlan plan = newAggregate(zjj);
    plans.store(zjj, plan);
    assertTrue(plans.findPublic(zjj.region(), plan.id()).isEmpty(), "a draft is not public");
    InspectionPlan loaded = plans.find(zjj, plan.id()).orElseThrow();
    assertEquals(plan.settings(), loaded.settings());
    DrawDocument document = new DrawDocument(new DrawDocument.Plan(plan.id().value(), "421181", zjj.value(), "季度抽查",
        LocalDate.of(2026, 11, 20), LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 31), List.of(zjj.value()),
        List.of("PROJECT"), new Selection(Selection.Mode.COUNT, 1), 3, 2, 2, false, 6),
        List.of(new ObjectEntry("P-1", "PROJECT", "工程", zjj.value(), "", 1)),
        List.of(new InspectorEntry("C1", "甲", zjj.value(), LocalDate.of(2027, 1, 1)),
            new InspectorEntry("C2", "乙", zjj.value(), LocalDate.of(2027, 1, 1))), List.of(), List.of());
    loaded.commit(document, Map.of("C1", "jia", "C2", "yi"), new byte[32], "head", AT.plusSeconds(60));
    plans.store(zjj, loaded);
    InspectionPlan committed = plans.findPublic(zjj.region(), plan.id()).orElseThrow();
    assertEquals(PlanStatus.COMMITTED, committed.status());
    assertEquals(document.canonicalJson(), committed.commitment().orElseThrow().document());
    assertEquals("jia", committed.commitment().orElseThrow().logins().get("C1"));
    assertTrue(committed.revealedSeed().isEmpty(), "the seed stays secret until the draw");
    committed.draw("纪检监察室 王某", "7319", "head", AT.plusSeconds(120));
    plans.store(zjj, committed);
    InspectionPlan drawn = plans.find(zjj, plan.id()).orElseThrow();
    assertEquals(committed.drawRecord(), drawn.drawRecord());
    assertEquals("0".repeat(64), drawn.revealedSeed().orElseThrow());
    assertFalse(plans.findPublic(OTHER_REGION.region(), plan.id()).isPresent());
    assertTrue(plans.listPublic(zjj.region(), 0, 100).stream().anyMatch(p -> p.id().equals(plan.id())));
    InspectionPlan stale = loaded;
    assertThrows(ConcurrentChangeException.class, () -> plans.store(zjj, stale));
  }
}
