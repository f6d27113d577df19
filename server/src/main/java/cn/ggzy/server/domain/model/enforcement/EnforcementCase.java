package cn.ggzy.server.domain.model.enforcement;

import cn.ggzy.server.domain.model.calendar.DeadlineSettings;
import cn.ggzy.server.domain.model.enforcement.Transitions.Rule;
import cn.ggzy.server.domain.model.notification.NotificationIntent;
import cn.ggzy.server.domain.service.WorkingCalendar;
import cn.ggzy.tenants.TenantId;
import cn.ggzy.tenants.TenantOwned;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * An enforcement case (案件) of one department tenant. Every change is a named method that checks
 * the transition table and the actor, records a timeline event and re-derives the legal clocks.
 */
public final class EnforcementCase implements TenantOwned {
  private final CaseId id;
  private final CaseNumber number;
  private final Registration registration;
  private final Instant receivedAt;
  private final int acceptanceDays;
  private final int completionDays;
  private final CaseState s;

  EnforcementCase(CaseId id, CaseNumber number, Registration registration, Instant receivedAt,
      int acceptanceDays, int completionDays, CaseState state) {
    this.id = id;
    this.number = number;
    this.registration = registration;
    this.receivedAt = receivedAt;
    this.acceptanceDays = acceptanceDays;
    this.completionDays = completionDays;
    this.s = state;
  }

  /**
   * Registers a case (统一立案) for {@code owner}. Complaints, reports and cases passed on by
   * another authority wait for acceptance; cases the officers find themselves start accepted.
   */
  public static EnforcementCase register(CaseId id, CaseNumber number, TenantId owner,
      Registration registration, Actor by, Instant at, DeadlineSettings settings,
      WorkingCalendar calendar) {
    CaseState state = new CaseState(owner);
    EnforcementCase c = new EnforcementCase(id, number, registration, at,
        settings.acceptanceWorkingDays(), settings.completionWorkingDays(), state);
    state.status = CaseStatus.REGISTERED;
    state.timeline.add(new CaseEvent(at, by.login(), by.name(), "REGISTER", null, CaseStatus.REGISTERED,
        registration.title()));
    if (!registration.source().needsAcceptance()) {
      state.acceptedAt = at;
      c.move(CaseStatus.ACCEPTED, by, at, "ACCEPT", null, null);
    }
    c.refresh(calendar);
    return c;
  }

  /** Rebuilds a stored case (persistence only). */
  public static EnforcementCase restore(CaseId id, CaseNumber number, Registration registration,
      Instant receivedAt, int acceptanceDays, int completionDays, CaseState state) {
    return new EnforcementCase(id, number, registration, receivedAt, acceptanceDays, completionDays, state);
  }

  // --- acceptance -------------------------------------------------------------------------------

  public void accept(Actor actor, Instant at, WorkingCalendar calendar) {
    CaseGuard.check(this, CaseAction.ACCEPT, actor);
    s.acceptedAt = at;
    s.acceptedOnTime = onTime(at, s.deadlines.acceptanceDue());
    apply(CaseAction.ACCEPT, actor, at, null, calendar);
  }

  public void proposeNonAcceptance(Actor actor, Instant at, NonAcceptanceGround ground, String reason) {
    CaseGuard.check(this, CaseAction.PROPOSE_NON_ACCEPTANCE, actor);
    if (ground == null) {
      throw new CaseException("case.nonAcceptance.ground.required", "ground");
    }
    String why = OfficerTexts.required(reason, 2000, "case.reason.required", "reason");
    s.nonAcceptanceGround = ground;
    s.nonAcceptanceReason = why;
    s.pending = new PendingRequest(ApprovalKind.NON_ACCEPTANCE, actor.login(), actor.name(), at, why, 0);
    apply(CaseAction.PROPOSE_NON_ACCEPTANCE, actor, at, ground.name() + "：" + why, null);
  }

  public void approveNonAcceptance(Actor actor, Instant at, String reason) {
    CaseGuard.check(this, CaseAction.APPROVE_NON_ACCEPTANCE, actor);
    s.acceptedOnTime = onTime(at, s.deadlines.acceptanceDue());
    decidePending(actor, at, reason, true);
    apply(CaseAction.APPROVE_NON_ACCEPTANCE, actor, at, reason, null);
  }

  public void refuseNonAcceptance(Actor actor, Instant at, String reason) {
    CaseGuard.check(this, CaseAction.REFUSE_NON_ACCEPTANCE, actor);
    decidePending(actor, at, OfficerTexts.required(reason, 2000, "case.reason.required", "reason"), false);
    s.nonAcceptanceGround = null;
    s.nonAcceptanceReason = null;
    apply(CaseAction.REFUSE_NON_ACCEPTANCE, actor, at, reason, null);
  }

  // --- handling ---------------------------------------------------------------------------------

  /** Assigns the case to an officer of the owning department. */
  public void assign(Actor actor, Instant at, String officerLogin, String officerName, TenantId officerTenant) {
    CaseGuard.check(this, CaseAction.ASSIGN, actor);
    if (officerLogin == null || !s.owner.equals(officerTenant)) {
      throw new CaseException("case.assignee.notInDepartment", "assignee");
    }
    s.assignee = officerLogin;
    s.assigneeName = officerName;
    apply(CaseAction.ASSIGN, actor, at, officerName, null);
  }

  /** Starts the investigation; an officer who starts an unassigned case takes it. */
  public void startInvestigation(Actor actor, Instant at) {
    CaseGuard.check(this, CaseAction.START_INVESTIGATION, actor);
    if (s.assignee == null) {
      s.assignee = actor.login();
      s.assigneeName = actor.name();
    }
    apply(CaseAction.START_INVESTIGATION, actor, at, null, null);
  }

  /** 补正: asks the complainant for material; the completion clock stops until it arrives. */
  public void requestSupplement(Actor actor, Instant at, String items) {
    CaseGuard.check(this, CaseAction.REQUEST_SUPPLEMENT, actor);
    String what = OfficerTexts.required(items, 2000, "case.supplement.items.required", "items");
    s.supplementItems = what;
    startPause(PauseKind.SUPPLEMENT, at, what);
    apply(CaseAction.REQUEST_SUPPLEMENT, actor, at, what, null);
  }

  public void receiveSupplement(Actor actor, Instant at, String note, WorkingCalendar calendar) {
    CaseGuard.check(this, CaseAction.RECEIVE_SUPPLEMENT, actor);
    endPause(at);
    apply(CaseAction.RECEIVE_SUPPLEMENT, actor, at, OfficerTexts.optional(note, 2000, "note"), calendar);
  }

  /** Testing, appraisal or expert review: the completion clock stops. */
  public void pause(Actor actor, Instant at, PauseKind kind, String reason) {
    CaseGuard.check(this, CaseAction.PAUSE, actor);
    if (kind == null || kind == PauseKind.SUPPLEMENT) {
      throw new CaseException("case.pause.kind.invalid", "kind");
    }
    String why = OfficerTexts.required(reason, 2000, "case.reason.required", "reason");
    startPause(kind, at, why);
    apply(CaseAction.PAUSE, actor, at, kind.name() + "：" + why, null);
  }

  public void resume(Actor actor, Instant at, WorkingCalendar calendar) {
    CaseGuard.check(this, CaseAction.RESUME, actor);
    endPause(at);
    apply(CaseAction.RESUME, actor, at, null, calendar);
  }

  public void suspendTender(Actor actor, Instant at, String reason) {
    CaseGuard.check(this, CaseAction.SUSPEND_TENDER, actor);
    if (tenderSuspended()) {
      throw new CaseException("case.tender.alreadySuspended", "action");
    }
    String why = OfficerTexts.required(reason, 2000, "case.reason.required", "reason");
    s.suspension = new TenderSuspension(at, actor.login(), why, null, null);
    apply(CaseAction.SUSPEND_TENDER, actor, at, why, null);
  }

  public void liftTenderSuspension(Actor actor, Instant at, String reason) {
    CaseGuard.check(this, CaseAction.LIFT_TENDER_SUSPENSION, actor);
    if (!tenderSuspended()) {
      throw new CaseException("case.tender.notSuspended", "action");
    }
    lift(actor, at);
    apply(CaseAction.LIFT_TENDER_SUSPENSION, actor, at, OfficerTexts.optional(reason, 2000, "reason"), null);
  }

  // --- extension --------------------------------------------------------------------------------

  public void requestExtension(Actor actor, Instant at, int workingDays, String reason) {
    CaseGuard.check(this, CaseAction.REQUEST_EXTENSION, actor);
    if (s.pendingExtension != null) {
      throw new CaseException("case.extension.alreadyRequested", "action");
    }
    if (workingDays < 1 || completionDays + s.extensionDays + workingDays > DeadlineSettings.COMPLETION_CEILING) {
      throw new CaseException("case.extension.days.range", "workingDays");
    }
    String why = OfficerTexts.required(reason, 2000, "case.reason.required", "reason");
    s.pendingExtension = new PendingRequest(ApprovalKind.EXTENSION, actor.login(), actor.name(), at, why,
        workingDays);
    apply(CaseAction.REQUEST_EXTENSION, actor, at, workingDays + "：" + why, null);
  }

  public void approveExtension(Actor actor, Instant at, String reason, WorkingCalendar calendar) {
    requireExtensionPending(actor, CaseAction.APPROVE_EXTENSION);
    PendingRequest request = s.pendingExtension;
    s.approvals.add(decided(request, actor, at, OfficerTexts.optional(reason, 2000, "reason"), true));
    s.extensionDays += request.workingDays();
    s.pendingExtension = null;
    apply(CaseAction.APPROVE_EXTENSION, actor, at, request.workingDays() + "：" + request.reason(), calendar);
  }

  public void refuseExtension(Actor actor, Instant at, String reason) {
    requireExtensionPending(actor, CaseAction.REFUSE_EXTENSION);
    String why = OfficerTexts.required(reason, 2000, "case.reason.required", "reason");
    s.approvals.add(decided(s.pendingExtension, actor, at, why, false));
    s.pendingExtension = null;
    apply(CaseAction.REFUSE_EXTENSION, actor, at, why, null);
  }

  private void requireExtensionPending(Actor actor, CaseAction action) {
    CaseGuard.check(this, action, actor);
    if (s.pendingExtension == null) {
      throw new CaseException("case.extension.noneRequested", "action");
    }
  }

  // --- transfer, referral, consultation --------------------------------------------------------

  /** 转办: the receiver handles the case from now on; the sender keeps a read-only trace. */
  public void transfer(Actor actor, Instant at, TenantId to, String reason) {
    CaseGuard.check(this, CaseAction.TRANSFER, actor);
    if (to == null || !to.region().equals(s.owner.region())) {
      throw new CaseException("case.transfer.target.invalid", "to");
    }
    if (to.equals(s.owner)) {
      throw new CaseException("case.transfer.target.same", "to");
    }
    String why = OfficerTexts.required(reason, 2000, "case.reason.required", "reason");
    s.transfers.add(new Transfer(s.owner, to, at, actor.login(), why));
    s.tracers.add(s.owner);
    s.tracers.remove(to);
    s.owner = to;
    s.assignee = null;
    s.assigneeName = null;
    apply(CaseAction.TRANSFER, actor, at, to.value() + "：" + why, null);
  }

  /** 移送 to the public security organ or the discipline inspection and supervision organ. */
  public void refer(Actor actor, Instant at, ReferralOrgan organ, String organName, String reason,
      List<String> documents) {
    CaseGuard.check(this, CaseAction.REFER, actor);
    if (organ == null) {
      throw new CaseException("case.referral.organ.required", "organ");
    }
    String name = OfficerTexts.required(organName, 200, "case.referral.organName.required", "organName");
    String why = OfficerTexts.required(reason, 2000, "case.reason.required", "reason");
    List<String> sent = documents == null ? List.of()
        : documents.stream().map(d -> OfficerTexts.optional(d, 200, "documents")).filter(d -> d != null).toList();
    if (sent.isEmpty()) {
      throw new CaseException("case.referral.documents.required", "documents");
    }
    s.referrals.add(new Referral(organ, name, at, actor.login(), why, sent));
    apply(CaseAction.REFER, actor, at, name + "：" + why, null);
  }

  public void openConsultation(Actor actor, Instant at, String topic, Set<TenantId> invited) {
    CaseGuard.check(this, CaseAction.OPEN_CONSULTATION, actor);
    if (openConsultation().isPresent()) {
      throw new CaseException("case.consultation.alreadyOpen", "action");
    }
    String subject = OfficerTexts.required(topic, 500, "case.consultation.topic.required", "topic");
    Set<TenantId> others = new LinkedHashSet<>(invited == null ? Set.of() : invited);
    others.remove(s.owner);
    if (others.isEmpty() || others.stream().anyMatch(t -> !t.region().equals(s.owner.region()))) {
      throw new CaseException("case.consultation.invited.invalid", "invited");
    }
    s.consultations.add(new Consultation(subject, List.copyOf(others), at, actor.login(), List.of(), null,
        null, null));
    apply(CaseAction.OPEN_CONSULTATION, actor, at, subject, null);
  }

  public void recordOpinion(Actor actor, Instant at, String text) {
    CaseGuard.check(this, CaseAction.RECORD_OPINION, actor);
    Consultation open = openConsultation().orElseThrow(
        () -> new CaseException("case.consultation.noneOpen", "action"));
    String opinion = OfficerTexts.required(text, 4000, "case.consultation.opinion.required", "text");
    replaceOpen(open.with(new Opinion(actor.tenant(), actor.login(), actor.name(), at, opinion)));
    apply(CaseAction.RECORD_OPINION, actor, at, actor.tenant().value() + "：" + opinion, null);
  }

  public void concludeConsultation(Actor actor, Instant at, String conclusion) {
    CaseGuard.check(this, CaseAction.CONCLUDE_CONSULTATION, actor);
    Consultation open = openConsultation().orElseThrow(
        () -> new CaseException("case.consultation.noneOpen", "action"));
    if (open.opinions().isEmpty()) {
      throw new CaseException("case.consultation.noOpinions", "conclusion");
    }
    String text = OfficerTexts.required(conclusion, 4000, "case.consultation.conclusion.required", "conclusion");
    replaceOpen(open.concluded(text, at, actor.login()));
    apply(CaseAction.CONCLUDE_CONSULTATION, actor, at, text, null);
  }

  private void replaceOpen(Consultation updated) {
    s.consultations.set(s.consultations.size() - 1, updated);
  }

  // --- decision and closing ---------------------------------------------------------------------

  public void proposeDecision(Actor actor, Instant at, Decision decision) {
    CaseGuard.check(this, CaseAction.PROPOSE_DECISION, actor);
    if (decision == null) {
      throw new CaseException("case.decision.kind.required", "kind");
    }
    if (openConsultation().isPresent()) {
      throw new CaseException("case.consultation.stillOpen", "action");
    }
    s.decision = decision;
    s.pending = new PendingRequest(ApprovalKind.DECISION, actor.login(), actor.name(), at, decision.text(), 0);
    CaseStatus to = Transitions.target(CaseAction.PROPOSE_DECISION, s.status, s.statusBeforePause).orElseThrow();
    move(to, actor, at, CaseAction.PROPOSE_DECISION.name(), decision.text(), decision.kind().name());
  }

  public void approveDecision(Actor actor, Instant at, String reason) {
    CaseGuard.check(this, CaseAction.APPROVE_DECISION, actor);
    decidePending(actor, at, reason, true);
    s.decidedAt = at;
    s.completedOnTime = onTime(at, s.deadlines.completionDue());
    if (tenderSuspended()) {
      lift(actor, at);
    }
    apply(CaseAction.APPROVE_DECISION, actor, at, reason, null);
  }

  public void refuseDecision(Actor actor, Instant at, String reason) {
    CaseGuard.check(this, CaseAction.REFUSE_DECISION, actor);
    decidePending(actor, at, OfficerTexts.required(reason, 2000, "case.reason.required", "reason"), false);
    s.decision = null;
    apply(CaseAction.REFUSE_DECISION, actor, at, reason, null);
  }

  /** The written decision (or non-acceptance notice) has been delivered to all parties. */
  public void deliver(Actor actor, Instant at, String note) {
    CaseGuard.check(this, CaseAction.DELIVER, actor);
    s.deliveredAt = at;
    apply(CaseAction.DELIVER, actor, at, OfficerTexts.optional(note, 2000, "note"), null);
  }

  public void proposeClose(Actor actor, Instant at, String reason) {
    CaseGuard.check(this, CaseAction.PROPOSE_CLOSE, actor);
    String why = OfficerTexts.required(reason, 2000, "case.reason.required", "reason");
    s.pending = new PendingRequest(ApprovalKind.CLOSING, actor.login(), actor.name(), at, why, 0);
    apply(CaseAction.PROPOSE_CLOSE, actor, at, why, null);
  }

  public void approveClose(Actor actor, Instant at, String reason) {
    CaseGuard.check(this, CaseAction.APPROVE_CLOSE, actor);
    decidePending(actor, at, reason, true);
    s.closedAt = at;
    apply(CaseAction.APPROVE_CLOSE, actor, at, reason, null);
  }

  public void refuseClose(Actor actor, Instant at, String reason) {
    CaseGuard.check(this, CaseAction.REFUSE_CLOSE, actor);
    decidePending(actor, at, OfficerTexts.required(reason, 2000, "case.reason.required", "reason"), false);
    apply(CaseAction.REFUSE_CLOSE, actor, at, reason, null);
  }

  // --- clocks and views -------------------------------------------------------------------------

  /** Re-derives both deadlines, e.g. after a missing calendar year was loaded. */
  public void refresh(WorkingCalendar calendar) {
    LocalDate acceptedOn = s.acceptedAt == null ? null : day(s.acceptedAt);
    s.deadlines = CaseDeadlines.compute(calendar, s.owner.region(), day(receivedAt), acceptanceDays,
        acceptedOn, completionDays, s.extensionDays, s.pauses);
  }

  /** The deadline that runs now (acceptance or completion), if any and if known. */
  public Optional<Instant> currentDue() {
    if (s.status.beforeAcceptance()) {
      return Optional.ofNullable(s.deadlines.acceptanceDue());
    }
    if (s.status.completionClockRuns()) {
      return Optional.ofNullable(s.deadlines.completionDue());
    }
    return Optional.empty();
  }

  /** The actions {@code actor} may take now (the buttons a screen shows). */
  public Set<CaseAction> availableActions(Actor actor) {
    Set<CaseAction> actions = EnumSet.noneOf(CaseAction.class);
    for (CaseAction action : CaseAction.values()) {
      try {
        CaseGuard.check(this, action, actor);
        if (preconditionHolds(action)) {
          actions.add(action);
        }
      } catch (RuntimeException refused) {
        // not available to this actor now
      }
    }
    return actions;
  }

  private boolean preconditionHolds(CaseAction action) {
    boolean consulting = openConsultation().isPresent();
    return switch (action) {
      case SUSPEND_TENDER -> !tenderSuspended();
      case LIFT_TENDER_SUSPENSION -> tenderSuspended();
      case REQUEST_EXTENSION -> s.pendingExtension == null
          && completionDays + s.extensionDays < DeadlineSettings.COMPLETION_CEILING;
      case APPROVE_EXTENSION, REFUSE_EXTENSION -> s.pendingExtension != null;
      case OPEN_CONSULTATION -> !consulting;
      case RECORD_OPINION -> consulting;
      case CONCLUDE_CONSULTATION -> consulting && !openConsultation().get().opinions().isEmpty();
      case PROPOSE_DECISION -> !consulting;
      default -> true;
    };
  }

  /** Who may read the case besides its owner: former owners (trace) and consulted departments. */
  public boolean readableBy(TenantId tenant) {
    return s.owner.equals(tenant) || s.tracers.contains(tenant)
        || s.consultations.stream().anyMatch(k -> k.invited().contains(tenant));
  }

  /**
   * Puts notifications into the case's outbox: they are stored in the same write as the change
   * that causes them and delivered afterwards (also used to restore a stored outbox).
   */
  public void announce(List<NotificationIntent> notifications) {
    s.outbox.addAll(notifications);
  }

  // --- internals --------------------------------------------------------------------------------

  private void apply(CaseAction action, Actor actor, Instant at, String note, WorkingCalendar calendar) {
    CaseStatus to = Transitions.target(action, s.status, s.statusBeforePause).orElseThrow();
    move(to, actor, at, action.name(), note, null);
    if (calendar != null) {
      refresh(calendar);
    }
  }

  private void move(CaseStatus to, Actor actor, Instant at, String action, String note, String subject) {
    CaseStatus from = s.status;
    if (to.paused() && !from.paused()) {
      s.statusBeforePause = from;
    }
    s.status = to;
    s.timeline.add(new CaseEvent(at, actor.login(), actor.name(), action, from, to, note, subject));
  }

  private void startPause(PauseKind kind, Instant at, String reason) {
    s.pauses.add(new Pause(kind, day(at), at, null, reason));
  }

  private void endPause(Instant at) {
    int last = s.pauses.size() - 1;
    s.pauses.set(last, s.pauses.get(last).endedOn(day(at)));
  }

  private void lift(Actor actor, Instant at) {
    TenderSuspension t = s.suspension;
    s.suspension = new TenderSuspension(t.orderedAt(), t.orderedBy(), t.reason(), at, actor.login());
  }

  private void decidePending(Actor actor, Instant at, String reason, boolean approved) {
    s.approvals.add(decided(s.pending, actor, at, OfficerTexts.optional(reason, 2000, "reason"), approved));
    s.pending = null;
  }

  private static ApprovalRecord decided(PendingRequest request, Actor actor, Instant at, String reason,
      boolean approved) {
    return new ApprovalRecord(request.kind(), request.requestedBy(), request.requestedByName(),
        request.requestedAt(), request.reason(), actor.login(), actor.name(), at, approved, reason,
        request.workingDays());
  }

  private static Boolean onTime(Instant at, Instant due) {
    return due == null ? null : !at.isAfter(due);
  }

  private static LocalDate day(Instant at) {
    return at.atZone(WorkingCalendar.ZONE).toLocalDate();
  }

  public Optional<Consultation> openConsultation() {
    return s.consultations.isEmpty() ? Optional.empty()
        : Optional.of(s.consultations.get(s.consultations.size() - 1)).filter(Consultation::open);
  }

  public boolean tenderSuspended() {
    return s.suspension != null && s.suspension.inForce();
  }

  public CaseId id() { return id; }
  public CaseNumber number() { return number; }
  public Registration registration() { return registration; }
  public Instant receivedAt() { return receivedAt; }
  public int acceptanceDays() { return acceptanceDays; }
  public int completionDays() { return completionDays; }
  public TenantId owner() { return s.owner; }
  @Override public TenantId tenantId() { return s.owner; }
  public CaseStatus status() { return s.status; }
  public String assignee() { return s.assignee; }
  public PendingRequest pending() { return s.pending; }
  public PendingRequest pendingExtension() { return s.pendingExtension; }
  public CaseDeadlines deadlines() { return s.deadlines; }
  /** The stored state, read-only use (persistence and views). */
  public CaseState state() { return s; }
  public List<CaseEvent> timeline() { return List.copyOf(s.timeline); }
  public long version() { return s.version; }

  static List<Rule> table() {
    List<Rule> rules = new ArrayList<>();
    for (CaseAction a : CaseAction.values()) {
      rules.add(Transitions.rule(a));
    }
    return rules;
  }
}
