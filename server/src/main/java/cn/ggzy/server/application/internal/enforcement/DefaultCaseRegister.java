package cn.ggzy.server.application.internal.enforcement;


import cn.ggzy.server.application.Caller;
import cn.ggzy.server.application.CaseDocuments;
import cn.ggzy.server.application.CaseDocuments.NoticeKind;
import cn.ggzy.server.application.CaseRegister;
import cn.ggzy.server.application.CaseViews.Detail;
import cn.ggzy.server.application.CaseViews.InboxPage;
import cn.ggzy.server.application.CaseViews.TimelinessReport;
import cn.ggzy.server.application.OfficeScopes;
import cn.ggzy.server.application.Permission;
import cn.ggzy.server.application.TenantDirectory;
import cn.ggzy.server.domain.model.AccessDeniedException;
import cn.ggzy.server.domain.model.ConcurrentChangeException;
import cn.ggzy.server.domain.model.DomainException;
import cn.ggzy.server.domain.model.NotFoundException;
import cn.ggzy.server.domain.model.account.Role;
import cn.ggzy.server.domain.model.audit.AuditLog;
import cn.ggzy.server.domain.model.calendar.CalendarChanged;
import cn.ggzy.server.domain.model.credit.CreditCode;
import cn.ggzy.server.domain.model.enforcement.Actor;
import cn.ggzy.server.domain.model.enforcement.CaseAction;
import cn.ggzy.server.domain.model.enforcement.CaseDecided;
import cn.ggzy.server.domain.model.enforcement.CaseId;
import cn.ggzy.server.domain.model.enforcement.CaseNumber;
import cn.ggzy.server.domain.model.enforcement.CaseRepository;
import cn.ggzy.server.domain.model.enforcement.EnforcementCase;
import cn.ggzy.server.domain.model.enforcement.InboxQuery;
import cn.ggzy.server.domain.model.enforcement.Registration;
import cn.ggzy.server.domain.model.intake.SubmissionRepository;
import cn.ggzy.server.domain.service.WorkingCalendar;
import cn.ggzy.tenants.Department;
import cn.ggzy.tenants.OfficeScope;
import cn.ggzy.tenants.Region;
import cn.ggzy.tenants.RegionCode;
import cn.ggzy.tenants.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

@ApplicationScoped
public class DefaultCaseRegister implements CaseRegister {
  private static final Actor INTAKE = new Actor("system:intake", "网上受理平台", TenantId.of("000000-system"),
      Set.of(), false);

  private CaseRepository cases;
  private TenantDirectory directory;
  private OfficeScopes scopes;
  private WorkingCalendar calendar;
  private AuditLog audit;
  private CaseDocuments documents;
  private CaseLookup lookup;
  private Clock clock;
  private Event<CaseDecided> decided;
  private SubmissionRepository submissions;
  private boolean newCasesToOfficers = true;

  protected DefaultCaseRegister() {}

  @Inject
  public DefaultCaseRegister(CaseRepository cases, TenantDirectory directory, OfficeScopes scopes,
      WorkingCalendar calendar, AuditLog audit, CaseDocuments documents, CaseLookup lookup, Clock clock,
      Event<CaseDecided> decided,
      SubmissionRepository submissions,
      @org.eclipse.microprofile.config.inject.ConfigProperty(name = "platform.notifications.new-case-to-officers",
          defaultValue = "true") boolean newCasesToOfficers) {
    this.submissions = submissions;
    this.newCasesToOfficers = newCasesToOfficers;
    this.cases = cases;
    this.directory = directory;
    this.scopes = scopes;
    this.calendar = calendar;
    this.audit = audit;
    this.documents = documents;
    this.lookup = lookup;
    this.clock = clock;
    this.decided = decided;
  }

  @Override
  public Detail register(Caller caller, NewCase input) {
    Actor actor = actor(caller);
    if (!caller.may(Permission.OFFICER_WORK)) {
      throw new AccessDeniedException("case.register");
    }
    if (input == null) {
      throw new DomainException("request.invalid", null);
    }
    Registration registration = input.registration();
    TenantId owner = actor.office() ? route(caller.tenant().region(), registration, input.keepInOffice())
        : caller.tenant();
    EnforcementCase c = create(owner, registration, actor, clock.instant(), cases.nextId());
    return mapper().detail(c, actor);
  }

  @Override
  public Detail registerFiled(RegionCode region, Registration registration, Instant receivedAt) {
    TenantId owner = route(region, registration, false);
    CaseId id = cases.nextId();
    String origin = registration.originReference();
    if (origin != null) {
      // one receipt, one case: a repeated registration (after a crash) finds the case of the first
      CaseId claimed = cases.claimOrigin(region, origin, id);
      if (!claimed.equals(id)) {
        Optional<EnforcementCase> existing =
            cases.find(scopes.forSystem(region, "case.registerFiled:" + origin), claimed);
        if (existing.isPresent()) {
          return mapper().detail(existing.get(), INTAKE);
        }
        id = claimed;
      }
    }
    EnforcementCase c = create(owner, registration, INTAKE, receivedAt, id);
    return mapper().detail(c, INTAKE);
  }

  private EnforcementCase create(TenantId owner, Registration registration, Actor actor, Instant at, CaseId id) {
    Region region = directory.region(owner.region()).orElseThrow(() -> new NotFoundException("region"));
    int year = at.atZone(WorkingCalendar.ZONE).getYear();
    CaseNumber number = CaseNumber.of(region.caseNumberPrefix(), year, cases.nextSequence(region.code(), year));
    EnforcementCase c = EnforcementCase.register(id, number, owner, registration, actor, at,
        calendar.settings(region.code()), calendar);
    c.announce(CaseNotificationPolicy.registered(c, newCasesToOfficers));
    cases.store(owner, c);
    audit.record(owner, at, actor.login(), "case.REGISTER", c.id().value(), number.value(), null, snapshot(c));
    return cases.find(owner, c.id()).orElseThrow();
  }

  /** Classification by industry: the competent department of the region, else the office. */
  private TenantId route(RegionCode code, Registration registration, boolean keepInOffice) {
    Region region = directory.region(code).orElseThrow(() -> new NotFoundException("region"));
    if (keepInOffice) {
      return region.office().id();
    }
    return registration.industry().departmentCode()
        .map(dept -> TenantId.of(code.value() + "-" + dept))
        .flatMap(region::department)
        .map(Department::id)
        .orElse(region.office().id());
  }

  @Override
  public Detail find(Caller caller, String caseId) {
    Actor actor = actor(caller);
    return mapper().detail(load(caller, actor, id(caseId)), actor);
  }

  @Override
  public InboxPage inbox(Caller caller, InboxRequest request) {
    Inbox which = request.inbox() == null ? Inbox.MINE : request.inbox();
    int limit = request.limit() <= 0 ? 20 : request.limit();
    TenantId department = null;
    if (request.department() != null && !request.department().isBlank()) {
      department = CaseLookup.tenant(request.department().strip())
          .orElseThrow(() -> new DomainException("case.inbox.department.invalid", "department"));
    }
    InboxQuery query = switch (which) {
      case MINE -> new InboxQuery(caller.tenant(), null, caller.login().value(), request.statuses(),
          request.source(), null, request.overdueOnly(), clock.instant(), request.numberContains(),
          request.offset(), limit);
      case DEPARTMENT -> new InboxQuery(caller.tenant(), null, null, request.statuses(), request.source(), null,
          request.overdueOnly(), clock.instant(), request.numberContains(), request.offset(), limit);
      case OFFICE -> new InboxQuery(null, scopes.open(caller, "case.inbox"), null, request.statuses(),
          request.source(), department, request.overdueOnly(), clock.instant(), request.numberContains(),
          request.offset(), limit);
    };
    CaseViewMapper mapper = mapper();
    return new InboxPage(cases.inbox(query).stream().map(mapper::line).toList(), cases.count(query),
        query.offset(), query.limit());
  }

  @Override
  public Detail act(Caller caller, String caseId, Command command) {
    Actor actor = actor(caller);
    if (command == null) {
      throw new DomainException("request.invalid", null);
    }
    EnforcementCase c = load(caller, actor, id(caseId));
    if (c.version() != command.version()) {
      throw new ConcurrentChangeException("case");
    }
    TenantId ownerBefore = c.owner();
    String before = snapshot(c);
    Instant at = clock.instant();
    CaseCommands.apply(c, command, actor, at, calendar, lookup);
    c.announce(CaseNotificationPolicy.after(c, command.action(), officeOf(c.owner())));
    cases.store(ownerBefore, c);
    String after = snapshot(c);
    audit.record(ownerBefore, at, actor.login(), "case." + command.action().name(), c.id().value(),
        c.timeline().get(c.timeline().size() - 1).note(), before, after);
    if (!c.owner().equals(ownerBefore)) {
      audit.record(c.owner(), at, actor.login(), "case.TRANSFER.received", c.id().value(), null, before, after);
    }
    if (command.action() == CaseAction.APPROVE_DECISION) {
      decided.fire(decidedEvent(c, at));
    }
    return mapper().detail(cases.find(c.owner(), c.id()).orElseThrow(), actor);
  }

  @Override
  public byte[] notice(Caller caller, String caseId, NoticeKind kind) {
    Actor actor = actor(caller);
    EnforcementCase c = load(caller, actor, id(caseId));
    if (kind == null || !CaseViewMapper.notices(c).contains(kind)) {
      throw new NotFoundException("notice");
    }
    String addressee = addressee(c, actor);
    audit.record(c.owner(), clock.instant(), actor.login(), "case.notice." + kind, c.id().value(),
        addressee == null ? null : "filer's name in the notice");
    return documents.notice(new NoticeFacts(directory, clock).notice(c, kind, addressee));
  }

  @Override
  public byte[] noticeForFiler(TenantId owner, String caseId, NoticeKind kind, String addressee,
      String receiptNumber) {
    EnforcementCase c = cases.find(owner, id(caseId)).orElseThrow(() -> new NotFoundException("notice"));
    if (kind == null || !filerNotices(c).contains(kind)) {
      throw new NotFoundException("intake.notice.notFound", "kind");
    }
    audit.record(c.owner(), clock.instant(), "public:" + receiptNumber, "case.notice." + kind + ".filer",
        c.id().value(), null);
    return documents.notice(new NoticeFacts(directory, clock).notice(c, kind, addressee));
  }

  /** The notices served on the filer so far (see {@code CaseViewMapper.filerNotices}). */
  public static Set<NoticeKind> filerNotices(EnforcementCase c) {
    return CaseViewMapper.filerNotices(c);
  }

  /**
   * The filer's name for a notice of a case filed through the public channel (a unit's name for a
   * unit), for those who handle the case (its department, an office leader) as for the audited
   * identity reveal; null for anonymous reports, officer-registered cases and other readers. The
   * notice's own audit line says when the name was put in.
   */
  private String addressee(EnforcementCase c, Actor actor) {
    String receipt = c.registration().originReference();
    boolean handling = (c.owner().equals(actor.tenant()) && !actor.roles().contains(Role.SYSTEM_ADMIN))
        || actor.has(Role.OFFICE_LEADER);
    if (receipt == null || !handling) {
      return null;
    }
    return submissions.find(receipt).map(s -> s.identity().addressee()).orElse(null);
  }

  @Override
  public byte[] caseFile(Caller caller, String caseId) {
    Actor actor = actor(caller);
    EnforcementCase c = load(caller, actor, id(caseId));
    audit.record(c.owner(), clock.instant(), actor.login(), "case.export", c.id().value(), null);
    return documents.caseFile(new NoticeFacts(directory, clock).caseFile(c, actor));
  }

  @Override
  public TimelinessReport timeliness(Caller caller, LocalDate from, LocalDate to) {
    return new TimelinessFigures(cases, scopes, directory).report(caller, from, to);
  }

  private TenantId officeOf(TenantId tenant) {
    return directory.region(tenant.region()).map(r -> r.office().id())
        .orElseThrow(() -> new NotFoundException("region"));
  }

  /** Loads a case the caller may read: own/traced/consulted, or any of the region for the office. */
  private EnforcementCase load(Caller caller, Actor actor, CaseId id) {
    if (actor.office() && caller.roles().stream().anyMatch(Role::officeWide)) {
      return cases.find(caller.tenant(), id)
          .or(() -> cases.find(scopes.open(caller, "case.read:" + id.value()), id))
          .orElseThrow(() -> new NotFoundException("caseId"));
    }
    return cases.find(caller.tenant(), id).orElseThrow(() -> new NotFoundException("caseId"));
  }

  /** What other areas (credit) learn of an approved decision; the credit code when the respondent names one. */
  private static CaseDecided decidedEvent(EnforcementCase c, Instant at) {
    String respondent = c.registration().respondent();
    String code = null;
    if (respondent != null) {
      Matcher m = Pattern.compile("[0-9A-HJ-NPQRTUWXY]{18}").matcher(respondent);
      while (code == null && m.find()) {
        code = CreditCode.valid(m.group()) ? m.group() : null;
      }
    }
    String name = respondent == null ? null : respondent.replaceAll("[（(]?[0-9A-HJ-NPQRTUWXY]{18}[)）]?", "").strip();
    return new CaseDecided(c.id(), c.number(), c.owner(), c.state().decision().kind(), c.state().decision().text(),
        name == null || name.isEmpty() ? null : name, code, at, c.registration().originReference());
  }

  /** The audited state of a case: status, owner, officer in charge, running deadline. No personal data. */
  static String snapshot(EnforcementCase c) {
    return "status=" + c.status() + ";owner=" + c.owner() + ";assignee=" + (c.assignee() == null ? "" : c.assignee())
        + ";due=" + c.currentDue().map(Instant::toString).orElse("") + ";extension=" + c.state().extensionDays()
        + ";suspended=" + c.tenderSuspended();
  }

  private static CaseId id(String value) {
    return new CaseId(value == null ? "" : value.strip());
  }

  Actor actor(Caller caller) {
    boolean office = directory.department(caller.tenant()).map(Department::isOffice).orElse(false);
    return new Actor(caller.login().value(), caller.displayName(), caller.tenant(), caller.roles(), office);
  }

  private CaseViewMapper mapper() {
    return new CaseViewMapper(calendar, t -> directory.department(t).map(Department::nameZh).orElse(t.value()),
        clock.instant());
  }

  /** A newly loaded calendar year makes the provisional deadlines that relied on it final. */
  void onCalendarChanged(@jakarta.enterprise.event.Observes CalendarChanged change) {
    if (!change.settingsChanged()) {
      refreshUnknownDeadlines(change.region());
    }
  }

  /**
   * Re-derives the deadlines of a region's open cases that were provisional (or unknown) for want
   * of a calendar year; where the running deadline moved, its officer (else the department's heads)
   * is told in the same write.
   */
  public int refreshUnknownDeadlines(RegionCode region) {
    OfficeScope scope = scopes.forSystem(region, "calendar.loaded");
    int refreshed = 0;
    for (CaseId id : cases.withUnknownDeadline(region)) {
      for (int attempt = 0; attempt < 3; attempt++) {
        EnforcementCase c = cases.find(scope, id).orElse(null);
        if (c == null) {
          break;
        }
        Optional<Instant> before = c.currentDue();
        c.refresh(calendar);
        c.currentDue().filter(due -> !before.equals(Optional.of(due)))
            .ifPresent(due -> c.announce(CaseNotificationPolicy.deadlineMoved(c, due, clock.instant())));
        try {
          cases.store(c.owner(), c);
          refreshed++;
          break;
        } catch (ConcurrentChangeException raced) {
          // an officer changed it meanwhile: reload and derive again
        }
      }
    }
    return refreshed;
  }
}
