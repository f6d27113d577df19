package cn.ggzy.server.application.internal.project;

import cn.ggzy.server.application.Caller;
import cn.ggzy.server.application.CaseRegister;
import cn.ggzy.server.application.CaseViews;
import cn.ggzy.server.application.Messages;
import cn.ggzy.server.application.OfficeScopes;
import cn.ggzy.server.application.Permission;
import cn.ggzy.server.application.ProjectRegister;
import cn.ggzy.server.application.TenantDirectory;
import cn.ggzy.server.application.internal.CsvText;
import cn.ggzy.server.application.internal.DepartmentReach;
import cn.ggzy.server.domain.model.AccessDeniedException;
import cn.ggzy.server.domain.model.DomainException;
import cn.ggzy.server.domain.model.NotFoundException;
import cn.ggzy.server.domain.model.StateConflictException;
import cn.ggzy.server.domain.model.audit.AuditLog;
import cn.ggzy.server.domain.model.enforcement.CaseSource;
import cn.ggzy.server.domain.model.enforcement.Industry;
import cn.ggzy.server.domain.model.project.ApprovedProject;
import cn.ggzy.server.domain.model.project.PlannedContract;
import cn.ggzy.server.domain.model.project.ProjectAlert;
import cn.ggzy.server.domain.model.project.ProjectChecks;
import cn.ggzy.server.domain.model.project.ProjectRepository;
import cn.ggzy.server.domain.model.project.RecordedTender;
import cn.ggzy.server.domain.model.project.Thresholds;
import cn.ggzy.server.domain.model.tender.TenderBidRepository;
import cn.ggzy.server.domain.service.WorkingCalendar;
import cn.ggzy.tenants.OfficeScope;
import cn.ggzy.tenants.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

@ApplicationScoped
public class DefaultProjectRegister implements ProjectRegister {
  private static final List<String> APPROVALS = List.of("approvalNumber", "projectCode", "projectName", "employer",
      "approvedOn", "method", "organisation", "mandatory", "plannedTenderDate", "contractKind", "contractName",
      "contractEstimate");
  private static final List<String> TENDERS = List.of("projectCode", "sectionCode", "sectionName", "contractKind",
      "method", "organisation", "announcedOn", "estimate");
  private ProjectRepository projects;
  private DepartmentReach reach;
  private TenderBidRepository bids;
  private CaseRegister cases;
  private OfficeScopes scopes;
  private TenantDirectory directory;
  private AuditLog audit;
  private Clock clock;
  private final ProjectChecks checks = new ProjectChecks(Thresholds.standard());

  protected DefaultProjectRegister() {}

  @Inject
  public DefaultProjectRegister(ProjectRepository projects, TenderBidRepository bids, CaseRegister cases,
      OfficeScopes scopes, TenantDirectory directory, AuditLog audit, Clock clock) {
    this.projects = projects;
    this.reach = new DepartmentReach(directory, scopes);
    this.bids = bids;
    this.cases = cases;
    this.scopes = scopes;
    this.directory = directory;
    this.audit = audit;
    this.clock = clock;
  }

  @Override
  public ImportResult importApprovals(Caller caller, String csv) {
    keeper(caller, "project.import");
    List<List<String>> rows = rows(csv, APPROVALS);
    List<RejectedLine> rejected = new ArrayList<>();
    Map<String, ApprovedProject.Facts> byApproval = new LinkedHashMap<>();
    for (int r = 1; r < rows.size(); r++) {
      List<String> row = rows.get(r);
      try {
        ApprovedProject.Facts f = new ApprovedProject.Facts(RegisterCells.text(row, 0, "approvalNumber", 64, true),
            RegisterCells.text(row, 1, "projectCode", 64, true), RegisterCells.text(row, 2, "projectName", 200, true),
            RegisterCells.text(row, 3, "employer", 200, true), RegisterCells.date(row, 4, "approvedOn", true),
            RegisterCells.method(row, 5, "method", true), RegisterCells.organisation(row, 6, "organisation"),
            RegisterCells.yes(row, 7, "mandatory"), RegisterCells.date(row, 8, "plannedTenderDate", false),
            List.of(new PlannedContract(RegisterCells.kind(row, 9, "contractKind"),
                RegisterCells.text(row, 10, "contractName", 200, true),
                RegisterCells.yuan(row, 11, "contractEstimate", true))), List.of());
        ApprovedProject.Facts before = byApproval.get(f.approvalNumber());
        if (before != null && !before.projectCode().equals(f.projectCode())) {
          throw new DomainException("project.csv.approvalNumber", "approvalNumber");
        }
        byApproval.put(f.approvalNumber(), before == null ? f : withContract(before, f.contracts().get(0)));
      } catch (DomainException e) {
        rejected.add(rejectedLine(r + 1, e));
      }
    }
    Instant at = clock.instant();
    for (ApprovedProject.Facts f : byApproval.values()) {
      Optional<ApprovedProject> known = projects.byApproval(caller.tenant(), f.approvalNumber());
      ApprovedProject p = known.map(k -> k.reimported(withTenders(f, k.facts().tenders()), at))
          .orElseGet(() -> new ApprovedProject(projects.nextId(), caller.tenant(), f, List.of(), at, 0));
      projects.store(caller.tenant(), p);
    }
    audit.record(caller.tenant(), at, caller.login().value(), "project.IMPORT_APPROVALS", "register",
        byApproval.size() + " projects, " + rejected.size() + " rejected");
    return new ImportResult(rows.size() - 1, byApproval.size(), 0, rejected);
  }

  @Override
  public ImportResult importTenders(Caller caller, String csv) {
    keeper(caller, "project.importTenders");
    List<List<String>> rows = rows(csv, TENDERS);
    List<RejectedLine> rejected = new ArrayList<>();
    Map<String, List<RecordedTender>> byCode = new LinkedHashMap<>();
    for (int r = 1; r < rows.size(); r++) {
      List<String> row = rows.get(r);
      try {
        String code = RegisterCells.text(row, 0, "projectCode", 64, true);
        if (projects.byProjectCode(caller.tenant(), code).isEmpty()) {
          throw new DomainException("project.csv.unknownProject", "projectCode");
        }
        byCode.computeIfAbsent(code, k -> new ArrayList<>()).add(new RecordedTender(
            RegisterCells.text(row, 1, "sectionCode", 64, true), RegisterCells.text(row, 2, "sectionName", 200, true),
            RegisterCells.kind(row, 3, "contractKind"), RegisterCells.method(row, 4, "method", true),
            RegisterCells.organisation(row, 5, "organisation"), RegisterCells.date(row, 6, "announcedOn", false),
            RegisterCells.yuan(row, 7, "estimate", false)));
      } catch (DomainException e) {
        rejected.add(rejectedLine(r + 1, e));
      }
    }
    Instant at = clock.instant();
    int taken = 0;
    for (Map.Entry<String, List<RecordedTender>> e : byCode.entrySet()) {
      for (ApprovedProject p : projects.byProjectCode(caller.tenant(), e.getKey())) {
        Map<String, RecordedTender> merged = new LinkedHashMap<>();
        p.facts().tenders().forEach(t -> merged.put(t.sectionCode(), t));
        e.getValue().forEach(t -> merged.put(t.sectionCode(), t));
        projects.store(caller.tenant(), p.reimported(withTenders(p.facts(), List.copyOf(merged.values())), at));
      }
      taken += e.getValue().size();
    }
    audit.record(caller.tenant(), at, caller.login().value(), "project.IMPORT_TENDERS", "register",
        taken + " tenders, " + rejected.size() + " rejected");
    return new ImportResult(rows.size() - 1, byCode.size(), taken, rejected);
  }

  @Override
  public Page list(Caller caller, int offset, int limit) {
    keeper(caller, "project.list");
    int from = Math.max(0, offset);
    int size = limit <= 0 ? 20 : Math.min(limit, 200);
    LocalDate today = today();
    if (office(caller)) {
      OfficeScope scope = scopes.open(caller, "project.list");
      return new Page(projects.list(scope, from, size).stream().map(p -> summary(p, today)).toList(),
          projects.count(scope), from, size);
    }
    return new Page(projects.list(caller.tenant(), from, size).stream().map(p -> summary(p, today)).toList(),
        projects.count(caller.tenant()), from, size);
  }

  @Override
  public Detail find(Caller caller, String id) {
    keeper(caller, "project.find");
    return detail(load(caller, id, "project.find"));
  }

  @Override
  public Detail dismiss(Caller caller, String id, String alertKey, String reason) {
    keeper(caller, "project.dismiss");
    ApprovedProject p = load(caller, id, "project.dismiss");
    alert(p, alertKey);
    Instant at = clock.instant();
    p.dismiss(alertKey, reason, caller.login().value(), at);
    projects.store(p.tenant(), p);
    audit.record(p.tenant(), at, caller.login().value(), "project.alert.DISMISS", p.id(), alertKey + " " + reason);
    return find(caller, p.id());
  }

  @Override
  public Detail openCase(Caller caller, String id, String alertKey) {
    keeper(caller, "project.openCase");
    ApprovedProject p = load(caller, id, "project.openCase");
    ProjectAlert a = alert(p, alertKey);
    if (p.decision(alertKey).isPresent()) {
      throw new StateConflictException("project.alert.decided", "alert");
    }
    ApprovedProject.Facts f = p.facts();
    CaseViews.Detail opened = cases.register(caller, new CaseRegister.NewCase(CaseSource.SMART_WARNING,
        Industry.supervisedBy(p.tenant()), "应进必进、应招必招预警：" + f.projectName(), a.evidence() + "\n依据：" + a.basis(),
        f.projectCode(), f.projectName(), f.employer(), "project:" + p.id() + ":" + alertKey, false));
    Instant at = clock.instant();
    p.caseOpened(alertKey, opened.id(), opened.number(), caller.login().value(), at);
    projects.store(p.tenant(), p);
    audit.record(p.tenant(), at, caller.login().value(), "project.alert.OPEN_CASE", p.id(), opened.number());
    return find(caller, p.id());
  }

  private ProjectAlert alert(ApprovedProject p, String key) {
    return checks.check(p.facts(), inPlatform(p), today()).stream().filter(a -> a.key().equals(key)).findFirst()
        .orElseThrow(() -> new NotFoundException("alert"));
  }

  private boolean inPlatform(ApprovedProject p) {
    return bids.anyBidOfProject(p.tenant(), p.facts().projectCode());
  }

  private Summary summary(ApprovedProject p, LocalDate today) {
    List<ProjectAlert> alerts = checks.check(p.facts(), inPlatform(p), today);
    int open = (int) alerts.stream().filter(a -> p.decision(a.key()).isEmpty()).count();
    ApprovedProject.Facts f = p.facts();
    return new Summary(p.id(), p.tenant().value(), name(p.tenant()), f.approvalNumber(), f.projectCode(),
        f.projectName(), f.employer(), f.approvedOn(), f.plannedTenderDate(), alerts.size(), open);
  }

  private Detail detail(ApprovedProject p) {
    ApprovedProject.Facts f = p.facts();
    Thresholds.Rule rule = Thresholds.standard().on(f.approvedOn());
    List<AlertView> alerts = checks.check(f, inPlatform(p), today()).stream().map(a -> {
      var d = p.decision(a.key());
      return new AlertView(a.key(), a.kind().name(), a.evidence(), a.evidenceEn(), a.basis(),
          d.map(x -> x.state().name()).orElse("OPEN"), d.map(x -> x.reason()).orElse(null),
          d.map(x -> x.caseNumber()).orElse(null), d.map(x -> x.by()).orElse(null), d.map(x -> x.at()).orElse(null),
          d.map(x -> x.caseId()).orElse(null));
    }).toList();
    return new Detail(p.id(), p.tenant().value(), name(p.tenant()), f.approvalNumber(), f.projectCode(),
        f.projectName(), f.employer(), f.approvedOn(), f.method() == null ? null : f.method().name(),
        f.organisation() == null ? null : f.organisation().name(), f.mandatory(), f.plannedTenderDate(),
        f.contracts().stream().map(c -> new ContractView(c.kind().name(), c.name(), c.estimate(), rule.of(c.kind()),
            f.mandatory() && c.estimate().compareTo(rule.of(c.kind())) >= 0)).toList(),
        f.tenders().stream().map(t -> new TenderView(t.sectionCode(), t.sectionName(), t.kind().name(),
            t.method() == null ? null : t.method().name(), t.organisation() == null ? null : t.organisation().name(),
            t.announcedOn(), t.estimate())).toList(),
        alerts, rule.source(), p.version());
  }

  private static ApprovedProject.Facts withContract(ApprovedProject.Facts f, PlannedContract c) {
    List<PlannedContract> all = new ArrayList<>(f.contracts());
    all.add(c);
    return new ApprovedProject.Facts(f.approvalNumber(), f.projectCode(), f.projectName(), f.employer(), f.approvedOn(),
        f.method(), f.organisation(), f.mandatory(), f.plannedTenderDate(), all, f.tenders());
  }

  private static ApprovedProject.Facts withTenders(ApprovedProject.Facts f, List<RecordedTender> tenders) {
    return new ApprovedProject.Facts(f.approvalNumber(), f.projectCode(), f.projectName(), f.employer(), f.approvedOn(),
        f.method(), f.organisation(), f.mandatory(), f.plannedTenderDate(), f.contracts(), tenders);
  }

  private static List<List<String>> rows(String csv, List<String> header) {
    List<List<String>> rows = CsvText.records(csv, "project.csv.malformed");
    if (rows.isEmpty() || !rows.get(0).stream().map(String::strip).toList().equals(header)) {
      throw new DomainException("project.csv.header", "file");
    }
    if (rows.size() - 1 > MAX_LINES) {
      throw new DomainException("project.csv.tooMany", "file");
    }
    return rows;
  }

  private static RejectedLine rejectedLine(int line, DomainException e) {
    return new RejectedLine(line, e.code(), Messages.text(e.code(), Messages.CHINESE),
        Messages.text(e.code(), Locale.ENGLISH), e.field());
  }

  private void keeper(Caller caller, String action) {
    if (!caller.may(Permission.REVIEW_DOCUMENTS)) {
      throw new AccessDeniedException(action);
    }
  }

  private boolean office(Caller caller) {
    return reach.office(caller);
  }

  private ApprovedProject load(Caller caller, String id, String purpose) {
    return reach.load(caller, id, purpose, "projectId", projects::find, projects::find);
  }

  private String name(TenantId tenant) {
    return reach.name(tenant);
  }

  private LocalDate today() {
    return LocalDate.ofInstant(clock.instant(), WorkingCalendar.ZONE);
  }
}
