package cn.ggzy.server.application.internal.inspection;

import cn.ggzy.server.application.Caller;
import cn.ggzy.server.application.InspectionRosters;
import cn.ggzy.server.application.InspectionViews.ImportReport;
import cn.ggzy.server.application.InspectionViews.InspectorView;
import cn.ggzy.server.application.InspectionViews.ObjectView;
import cn.ggzy.server.application.OfficeScopes;
import cn.ggzy.server.application.TenantDirectory;
import cn.ggzy.server.application.internal.account.AccessRules;
import cn.ggzy.server.domain.model.DomainException;
import cn.ggzy.server.domain.model.NotFoundException;
import cn.ggzy.server.domain.model.account.Account;
import cn.ggzy.server.domain.model.account.AccountRepository;
import cn.ggzy.server.domain.model.audit.AuditLog;
import cn.ggzy.server.domain.model.inspection.CertifiedInspector;
import cn.ggzy.server.domain.model.inspection.InspectionException;
import cn.ggzy.server.domain.model.inspection.InspectionObject;
import cn.ggzy.server.domain.model.inspection.InspectionObjectRepository;
import cn.ggzy.server.domain.model.inspection.InspectorRoster;
import cn.ggzy.server.domain.service.WorkingCalendar;
import cn.ggzy.tenants.Department;
import cn.ggzy.tenants.OfficeScope;
import cn.ggzy.tenants.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

@ApplicationScoped
public class DefaultInspectionRosters implements InspectionRosters {
  private InspectionObjectRepository objects;
  private InspectorRoster inspectors;
  private AccountRepository accounts;
  private TenantDirectory directory;
  private AuditLog audit;
  private InspectionAccess access;
  private Clock clock;

  protected DefaultInspectionRosters() {}

  @Inject
  public DefaultInspectionRosters(InspectionObjectRepository objects, InspectorRoster inspectors,
      AccountRepository accounts, TenantDirectory directory, OfficeScopes scopes, AuditLog audit, Clock clock) {
    this.objects = objects;
    this.inspectors = inspectors;
    this.accounts = accounts;
    this.directory = directory;
    this.audit = audit;
    this.access = new InspectionAccess(directory, scopes);
    this.clock = clock;
  }

  @Override
  public List<Department> departments(Caller caller) {
    if (access.officeManager(caller)) {
      return directory.region(caller.tenant().region()).map(r -> r.departments()).orElse(List.of());
    }
    return directory.department(caller.tenant()).map(List::of).orElse(List.of());
  }

  @Override
  public boolean mayMaintain(Caller caller, String tenantId) {
    try {
      return access.mayManage(caller, access.department(tenantId));
    } catch (NotFoundException e) {
      return false;
    }
  }

  @Override
  public List<ObjectView> objects(Caller caller, String tenantId) {
    TenantId tenant = access.department(tenantId);
    Optional<OfficeScope> scope = access.scopeFor(caller, tenant, "inspection.objects:" + tenant);
    List<InspectionObject> found = scope.map(s -> objects.list(s, Set.of(tenant))).orElseGet(() -> objects.list(tenant));
    return found.stream().map(DefaultInspectionRosters::view).toList();
  }

  @Override
  public ObjectView saveObject(Caller caller, String tenantId, ObjectInput input) {
    TenantId tenant = managed(caller, tenantId, "inspection.objects.save");
    InspectionObject object = object(tenant, input);
    objects.store(tenant, object);
    audit.record(tenant, clock.instant(), caller.login().value(), "inspection.object.SAVE", object.code(), null);
    return view(object);
  }

  private InspectionObject object(TenantId tenant, ObjectInput input) {
    if (input == null) {
      throw new DomainException("request.invalid", null);
    }
    TenantId unit = null;
    if (input.supervisingUnit() != null && !input.supervisingUnit().isBlank()) {
      try {
        unit = access.department(input.supervisingUnit());
      } catch (NotFoundException e) {
        throw new InspectionException("inspection.object.supervisingUnit.invalid",
            "supervisingUnit");
      }
    }
    return new InspectionObject(tenant, input.code(), input.kind(), input.name(), unit, input.complaints(),
        input.lowCredit());
  }

  @Override
  public void removeObject(Caller caller, String tenantId, String code) {
    TenantId tenant = managed(caller, tenantId, "inspection.objects.remove");
    if (!objects.remove(tenant, code == null ? "" : code.strip())) {
      throw new NotFoundException("code");
    }
    audit.record(tenant, clock.instant(), caller.login().value(), "inspection.object.REMOVE", code, null);
  }

  @Override
  public ImportReport importObjects(Caller caller, String tenantId, byte[] csv) {
    TenantId tenant = managed(caller, tenantId, "inspection.objects.import");
    ObjectCsv.Parsed parsed = ObjectCsv.parse(csv, input -> object(tenant, input));
    if (!parsed.errors().isEmpty()) {
      return new ImportReport(0, parsed.errors());
    }
    parsed.objects().forEach(o -> objects.store(tenant, o));
    audit.record(tenant, clock.instant(), caller.login().value(), "inspection.object.IMPORT", tenant.value(),
        parsed.objects().size() + " objects");
    return new ImportReport(parsed.objects().size(), List.of());
  }

  @Override
  public List<InspectorView> inspectors(Caller caller, String tenantId) {
    TenantId tenant = access.department(tenantId);
    Optional<OfficeScope> scope = access.scopeFor(caller, tenant, "inspection.inspectors:" + tenant);
    List<CertifiedInspector> found = scope.map(s -> inspectors.list(s, Set.of(tenant)))
        .orElseGet(() -> inspectors.list(tenant));
    LocalDate today = LocalDate.ofInstant(clock.instant(), WorkingCalendar.ZONE);
    return found.stream().map(i -> view(i, today)).toList();
  }

  @Override
  public InspectorView saveInspector(Caller caller, String tenantId, InspectorInput input) {
    TenantId tenant = managed(caller, tenantId, "inspection.inspectors.save");
    if (input == null) {
      throw new DomainException("request.invalid", null);
    }
    Account account = account(caller, tenant, input.login());
    CertifiedInspector inspector = new CertifiedInspector(tenant, account.login().value(), account.displayName(),
        input.certificateNumber(), input.validUntil(), input.relatives(), input.formerEmployers());
    inspectors.store(tenant, inspector);
    audit.record(tenant, clock.instant(), caller.login().value(), "inspection.inspector.SAVE", inspector.login(),
        "validUntil=" + inspector.validUntil());
    return view(inspector, LocalDate.ofInstant(clock.instant(), WorkingCalendar.ZONE));
  }

  /** The officer's account, which must belong to the department. */
  private Account account(Caller caller, TenantId tenant, String login) {
    var parsed = AccessRules.lookedUp(login);
    Optional<Account> found = tenant.equals(caller.tenant()) ? accounts.find(tenant, parsed)
        : access.scopeFor(caller, tenant, "inspection.inspectors.account").flatMap(s -> accounts.find(s, parsed))
            .filter(a -> a.tenantId().equals(tenant));
    return found.orElseThrow(() -> new NotFoundException("login"));
  }

  @Override
  public void removeInspector(Caller caller, String tenantId, String login) {
    TenantId tenant = managed(caller, tenantId, "inspection.inspectors.remove");
    if (!inspectors.remove(tenant, login == null ? "" : login.strip())) {
      throw new NotFoundException("login");
    }
    audit.record(tenant, clock.instant(), caller.login().value(), "inspection.inspector.REMOVE", login, null);
  }

  private TenantId managed(Caller caller, String tenantId, String action) {
    TenantId tenant = access.department(tenantId);
    access.requireManage(caller, tenant, action);
    return tenant;
  }

  static ObjectView view(InspectionObject o) {
    return new ObjectView(o.tenantId().value(), o.code(), o.kind(), o.name(),
        o.supervisingUnit() == null ? null : o.supervisingUnit().value(), o.complaints(), o.lowCredit());
  }

  static InspectorView view(CertifiedInspector i, LocalDate today) {
    return new InspectorView(i.tenantId().value(), i.login(), i.displayName(), i.certificateNumber(), i.validUntil(),
        i.certifiedOn(today), i.relatives(), i.formerEmployers());
  }
}
