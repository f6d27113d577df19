package cn.ggzy.server.application.internal.inspection;

import cn.ggzy.server.application.Caller;
import cn.ggzy.server.application.InspectionPlans;
import cn.ggzy.server.application.InspectionViews.PlanDetail;
import cn.ggzy.server.application.InspectionViews.PlanSummary;
import cn.ggzy.server.application.OfficeScopes;
import cn.ggzy.server.application.TenantDirectory;
import cn.ggzy.server.domain.model.AccessDeniedException;
import cn.ggzy.server.domain.model.ConcurrentChangeException;
import cn.ggzy.server.domain.model.DomainException;
import cn.ggzy.server.domain.model.NotFoundException;
import cn.ggzy.server.domain.model.account.Account;
import cn.ggzy.server.domain.model.account.AccountRepository;
import cn.ggzy.server.domain.model.audit.AuditLog;
import cn.ggzy.server.domain.model.inspection.CertifiedInspector;
import cn.ggzy.server.domain.model.inspection.DrawDocument;
import cn.ggzy.server.domain.model.inspection.DrawResult;
import cn.ggzy.server.domain.model.inspection.InspectionException;
import cn.ggzy.server.domain.model.inspection.InspectionObject;
import cn.ggzy.server.domain.model.inspection.InspectionObjectRepository;
import cn.ggzy.server.domain.model.inspection.InspectionPlan;
import cn.ggzy.server.domain.model.inspection.InspectionPlanRepository;
import cn.ggzy.server.domain.model.inspection.InspectionTask;
import cn.ggzy.server.domain.model.inspection.InspectionTaskRepository;
import cn.ggzy.server.domain.model.inspection.InspectorRoster;
import cn.ggzy.server.domain.model.inspection.ObjectKind;
import cn.ggzy.server.domain.model.inspection.PlanId;
import cn.ggzy.server.domain.model.inspection.PlanSettings;
import cn.ggzy.server.domain.model.inspection.Selection;
import cn.ggzy.server.domain.model.inspection.TaskParts.InspectedObject;
import cn.ggzy.server.domain.model.inspection.TaskParts.TeamMember;
import cn.ggzy.server.domain.service.WorkingCalendar;
import cn.ggzy.tenants.OfficeScope;
import cn.ggzy.tenants.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

@ApplicationScoped
public class DefaultInspectionPlans implements InspectionPlans {
  private static final SecureRandom SEEDS = new SecureRandom();

  private InspectionPlanRepository plans;
  private InspectionTaskRepository tasks;
  private InspectionObjectRepository objects;
  private InspectorRoster roster;
  private AccountRepository accounts;
  private TenantDirectory directory;
  private OfficeScopes scopes;
  private AuditLog audit;
  private InspectionAccess access;
  private Clock clock;

  protected DefaultInspectionPlans() {}

  @Inject
  public DefaultInspectionPlans(InspectionPlanRepository plans, InspectionTaskRepository tasks,
      InspectionObjectRepository objects, InspectorRoster roster, AccountRepository accounts,
      TenantDirectory directory, OfficeScopes scopes, AuditLog audit, Clock clock) {
    this.plans = plans;
    this.tasks = tasks;
    this.objects = objects;
    this.roster = roster;
    this.accounts = accounts;
    this.directory = directory;
    this.scopes = scopes;
    this.audit = audit;
    this.access = new InspectionAccess(directory, scopes);
    this.clock = clock;
  }

  @Override
  public boolean mayPlan(Caller caller) {
    return access.mayManage(caller, caller.tenant());
  }

  @Override
  public List<PlanSummary> plans(Caller caller) {
    return plans.list(caller.tenant()).stream().map(p -> new PlanSummary(p.id().value(), p.owner().value(),
        p.settings().title(), p.status(), p.settings().periodFrom(), p.settings().periodTo(), p.createdAt(),
        p.version())).toList();
  }

  @Override
  public PlanDetail find(Caller caller, String planId) {
    return detail(load(caller, planId));
  }

  @Override
  public PlanDetail create(Caller caller, PlanInput input) {
    requirePlanner(caller);
    InspectionPlan plan = InspectionPlan.draft(plans.nextId(), caller.tenant(), settings(caller, input),
        caller.login().value(), clock.instant());
    plans.store(caller.tenant(), plan);
    audit.record(caller.tenant(), clock.instant(), caller.login().value(), "inspection.plan.CREATE",
        plan.id().value(), null);
    return detail(plans.find(caller.tenant(), plan.id()).orElseThrow());
  }

  @Override
  public PlanDetail revise(Caller caller, String planId, long version, PlanInput input) {
    requirePlanner(caller);
    InspectionPlan plan = current(caller, planId, version);
    plan.revise(settings(caller, input));
    return stored(caller, plan, "inspection.plan.REVISE", null);
  }

  @Override
  public PlanDetail commit(Caller caller, String planId, long version) {
    requirePlanner(caller);
    InspectionPlan plan = current(caller, planId, version);
    LocalDate today = LocalDate.ofInstant(clock.instant(), WorkingCalendar.ZONE);
    Set<TenantId> departments = plan.settings().departments();
    OfficeScope history = access.officeManager(caller) ? scopes.open(caller, "inspection.commit:" + planId)
        : scopes.forSystem(caller.tenant().region(), "inspection.recusal-history:" + planId);
    List<InspectionObject> inScope;
    List<CertifiedInspector> inspectors;
    List<Account> officers;
    if (departments.equals(Set.of(caller.tenant()))) {
      inScope = objects.list(caller.tenant());
      inspectors = roster.list(caller.tenant());
      officers = accounts.list(caller.tenant());
    } else {
      inScope = objects.list(history, departments);
      inspectors = roster.list(history, departments);
      officers = accounts.list(history);
    }
    List<InspectionTask> recent = plan.settings().recusalMonths() == 0 ? List.of()
        : tasks.drawnSince(history, today.minusMonths(plan.settings().recusalMonths()));
    PlanSnapshot snapshot = PlanSnapshot.take(plan, today, inScope, inspectors, officers, recent);
    byte[] seed = new byte[32];
    SEEDS.nextBytes(seed);
    plan.commit(snapshot.document(), snapshot.logins(), seed, caller.login().value(), clock.instant());
    return stored(caller, plan, "inspection.plan.COMMIT", plan.commitment().orElseThrow().documentHash());
  }

  @Override
  public PlanDetail draw(Caller caller, String planId, long version, String witnessName, String witnessValue) {
    requirePlanner(caller);
    InspectionPlan plan = current(caller, planId, version);
    Instant at = clock.instant();
    DrawResult result = plan.draw(witnessName, witnessValue, caller.login().value(), at);
    stored(caller, plan, "inspection.plan.DRAW", "seedHash=" + plan.commitment().orElseThrow()
        .seedHash());
    createTasks(plan, result, LocalDate.ofInstant(at, WorkingCalendar.ZONE));
    return detail(plans.find(caller.tenant(), plan.id()).orElseThrow());
  }

  private void createTasks(InspectionPlan plan, DrawResult result, LocalDate drawnOn) {
    DrawDocument document = plan.document();
    Map<String, DrawDocument.ObjectEntry> byCode = document.objects().stream()
        .collect(Collectors.toMap(DrawDocument.ObjectEntry::id, Function.identity()));
    Map<String, DrawDocument.InspectorEntry> byCertificate = document.inspectors().stream()
        .collect(Collectors.toMap(DrawDocument.InspectorEntry::id, Function.identity()));
    Map<String, String> logins = plan.commitment().orElseThrow().logins();
    for (DrawResult.Team team : result.teams()) {
      DrawDocument.ObjectEntry o = byCode.get(team.object());
      List<TeamMember> members = team.inspectors().stream().map(byCertificate::get)
          .map(i -> new TeamMember(logins.get(i.id()), i.name(), TenantId.of(i.department()), i.id())).toList();
      InspectionTask task = InspectionTask.assign(tasks.nextId(), plan.owner(), plan.id(), plan.settings().title(),
          drawnOn, new InspectedObject(o.id(), ObjectKind.valueOf(o.kind()), o.name(), TenantId.of(o.department())),
          members, plan.settings().checklist());
      tasks.store(plan.owner(), task);
    }
  }

  private PlanDetail stored(Caller caller, InspectionPlan plan, String action, String reason) {
    plans.store(caller.tenant(), plan);
    audit.record(caller.tenant(), clock.instant(), caller.login().value(), action, plan.id().value(), reason, null,
        "status=" + plan.status());
    return detail(plans.find(caller.tenant(), plan.id()).orElseThrow());
  }

  private PlanSettings settings(Caller caller, PlanInput input) {
    if (input == null) {
      throw new DomainException("request.invalid", null);
    }
    Set<TenantId> departments = new HashSet<>();
    for (String d : input.departments() == null ? List.<String>of() : input.departments()) {
      try {
        departments.add(access.department(d));
      } catch (NotFoundException e) {
        throw new InspectionException("inspection.plan.departments.invalid", "departments");
      }
    }
    if (departments.isEmpty()) {
      departments.add(caller.tenant());
    }
    boolean allowed = access.officeManager(caller)
        ? departments.stream().allMatch(d -> d.region().equals(caller.tenant().region()))
        : departments.equals(Set.of(caller.tenant()));
    if (!allowed) {
      throw new InspectionException("inspection.plan.departments.invalid", "departments");
    }
    return new PlanSettings(input.title(), departments, input.objectKinds(),
        input.selectionMode() == null ? null : new Selection(input.selectionMode(), input.selectionValue()),
        input.periodFrom(), input.periodTo(), input.complaintWeight(), input.lowCreditWeight(), input.teamSize(),
        input.jointTeams(), input.recusalMonths(), input.checklist(), input.conflicts());
  }

  private void requirePlanner(Caller caller) {
    if (!mayPlan(caller)) {
      throw new AccessDeniedException("inspection.plan");
    }
  }

  private InspectionPlan load(Caller caller, String planId) {
    PlanId id;
    try {
      id = new PlanId(planId == null ? "" : planId.strip());
    } catch (DomainException e) {
      throw new NotFoundException("planId");
    }
    return plans.find(caller.tenant(), id).orElseThrow(() -> new NotFoundException("planId"));
  }

  private InspectionPlan current(Caller caller, String planId, long version) {
    InspectionPlan plan = load(caller, planId);
    if (plan.version() != version) {
      throw new ConcurrentChangeException("plan");
    }
    return plan;
  }

  private PlanDetail detail(InspectionPlan plan) {
    return new PlanViewMapper(directory).detail(plan, tasks.ofPlan(plan.owner(), plan.id()));
  }
}
