package cn.ggzy.server.application.internal.inspection;

import cn.ggzy.server.application.PublicInspections;
import cn.ggzy.server.application.TenantDirectory;
import cn.ggzy.server.domain.model.DomainException;
import cn.ggzy.server.domain.model.NotFoundException;
import cn.ggzy.server.domain.model.StateConflictException;
import cn.ggzy.server.domain.model.draw.DrawReport;
import cn.ggzy.server.domain.model.draw.PublishedDraw;
import cn.ggzy.server.domain.model.inspection.InspectionPlan;
import cn.ggzy.server.domain.model.inspection.InspectionPlanRepository;
import cn.ggzy.server.domain.model.inspection.InspectionTask;
import cn.ggzy.server.domain.model.inspection.InspectionTaskRepository;
import cn.ggzy.server.domain.model.inspection.PlanId;
import cn.ggzy.server.domain.model.inspection.PlanSettings;
import cn.ggzy.server.domain.model.inspection.PlanStatus;
import cn.ggzy.server.domain.model.inspection.Verification;
import cn.ggzy.tenants.RegionCode;
import cn.ggzy.tenants.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/**
 * The public side: only committed and drawn plans, only published results; the secret seed only
 * after the draw; no logins, no conflict reasons, no roster flags.
 */
@ApplicationScoped
public class DefaultPublicInspections implements PublicInspections {
  private InspectionPlanRepository plans;
  private InspectionTaskRepository tasks;
  private TenantDirectory directory;

  protected DefaultPublicInspections() {}

  @Inject
  public DefaultPublicInspections(InspectionPlanRepository plans, InspectionTaskRepository tasks,
      TenantDirectory directory) {
    this.plans = plans;
    this.tasks = tasks;
    this.directory = directory;
  }

  @Override
  public List<PublicPlanSummary> plans(RegionCode region, int offset, int limit) {
    PlanViewMapper mapper = new PlanViewMapper(directory);
    return plans.listPublic(region, offset, limit).stream().map(p -> new PublicPlanSummary(p.id().value(),
        p.settings().title(), mapper.name(p.owner()), p.status().name(), p.settings().periodFrom(),
        p.settings().periodTo(), p.commitment().orElseThrow().committedAt(),
        p.drawRecord().map(r -> r.drawnAt()).orElse(null),
        p.status() == PlanStatus.DRAWN ? tasks.published(region, p.id()).size() : 0)).toList();
  }

  @Override
  public PublicPlan plan(RegionCode region, String planId) {
    InspectionPlan p = load(region, planId);
    PlanViewMapper mapper = new PlanViewMapper(directory);
    PlanSettings s = p.settings();
    List<PublicResult> results = p.status() != PlanStatus.DRAWN ? List.of()
        : tasks.published(region, p.id()).stream().map(t -> result(t, mapper)).toList();
    return new PublicPlan(p.id().value(), region.value(), s.title(), mapper.name(p.owner()), p.status().name(),
        s.departments().stream().map(TenantId::value).sorted().map(mapper::name).toList(),
        s.objectKinds().stream().map(Enum::name).sorted().toList(), s.selection().mode().name(),
        s.selection().value(), s.periodFrom(), s.periodTo(), s.complaintWeight(), s.lowCreditWeight(), s.teamSize(),
        s.jointTeams(), s.recusalMonths(), mapper.commitment(p), mapper.draw(p), results);
  }

  private static PublicResult result(InspectionTask t, PlanViewMapper mapper) {
    var s = t.state();
    return new PublicResult(s.object().code(), s.object().name(), mapper.members(s.team()), s.onSiteAt(),
        s.conclusion().at(), s.conclusion().kind().name(), s.publication().text(), s.publication().at());
  }

  @Override
  public DrawReport verify(RegionCode region, String planId) {
    InspectionPlan p = load(region, planId);
    if (p.status() != PlanStatus.DRAWN) {
      throw new StateConflictException("inspection.plan.status.drawn", "status");
    }
    var c = p.commitment().orElseThrow();
    var r = p.drawRecord().orElseThrow();
    return Verification.verify(new PublishedDraw(c.document(), c.documentHash(), c.secretSeed(),
        c.seedHash(), r.witnessValue(), r.result().canonicalJson()));
  }

  @Override
  public DrawReport verify(PublishedDraw published) {
    if (published == null) {
      throw new DomainException("request.invalid", null);
    }
    if (published.document() != null && published.document().length() > 5_000_000) {
      throw new DomainException("inspection.verify.document.invalid", "document");
    }
    return Verification.verify(published);
  }

  private InspectionPlan load(RegionCode region, String planId) {
    try {
      return plans.findPublic(region, new PlanId(planId == null ? "" : planId.strip()))
          .orElseThrow(() -> new NotFoundException("planId"));
    } catch (DomainException e) {
      throw new NotFoundException("planId");
    }
  }
}
