package cn.ggzy.server.domain.model.enforcement;

import cn.ggzy.server.domain.model.notification.NotificationIntent;
import cn.ggzy.tenants.TenantId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The changing part of a case. Only {@link EnforcementCase} changes it; persistence reads it
 * through the getters and rebuilds it with {@link #restore}.
 */
public final class CaseState {
  TenantId owner;
  CaseStatus status;
  CaseStatus statusBeforePause;
  String assignee;
  String assigneeName;
  Instant acceptedAt;
  Boolean acceptedOnTime;
  CaseDeadlines deadlines = CaseDeadlines.NONE;
  NonAcceptanceGround nonAcceptanceGround;
  String nonAcceptanceReason;
  PendingRequest pending;
  PendingRequest pendingExtension;
  int extensionDays;
  String supplementItems;
  final List<Pause> pauses = new ArrayList<>();
  TenderSuspension suspension;
  final List<Transfer> transfers = new ArrayList<>();
  final Set<TenantId> tracers = new LinkedHashSet<>();
  final List<Referral> referrals = new ArrayList<>();
  final List<Consultation> consultations = new ArrayList<>();
  Decision decision;
  Instant decidedAt;
  Boolean completedOnTime;
  Instant deliveredAt;
  Instant closedAt;
  final List<ApprovalRecord> approvals = new ArrayList<>();
  final List<CaseEvent> timeline = new ArrayList<>();
  /** Notifications caused by changes, stored with the case until they are delivered (outbox). */
  final List<NotificationIntent> outbox = new ArrayList<>();
  long version;

  CaseState(TenantId owner) {
    this.owner = owner;
  }

  /** Rebuilds stored state (persistence only). */
  @SuppressWarnings("checkstyle:ParameterNumber")
  public static CaseState restore(TenantId owner, CaseStatus status, CaseStatus statusBeforePause,
      String assignee, String assigneeName, Instant acceptedAt, Boolean acceptedOnTime,
      CaseDeadlines deadlines, NonAcceptanceGround ground, String nonAcceptanceReason,
      PendingRequest pending, PendingRequest pendingExtension, int extensionDays,
      String supplementItems, List<Pause> pauses, TenderSuspension suspension,
      List<Transfer> transfers, Set<TenantId> tracers, List<Referral> referrals,
      List<Consultation> consultations, Decision decision, Instant decidedAt,
      Boolean completedOnTime, Instant deliveredAt, Instant closedAt,
      List<ApprovalRecord> approvals, List<CaseEvent> timeline, long version) {
    CaseState s = new CaseState(owner);
    s.status = status;
    s.statusBeforePause = statusBeforePause;
    s.assignee = assignee;
    s.assigneeName = assigneeName;
    s.acceptedAt = acceptedAt;
    s.acceptedOnTime = acceptedOnTime;
    s.deadlines = deadlines == null ? CaseDeadlines.NONE : deadlines;
    s.nonAcceptanceGround = ground;
    s.nonAcceptanceReason = nonAcceptanceReason;
    s.pending = pending;
    s.pendingExtension = pendingExtension;
    s.extensionDays = extensionDays;
    s.supplementItems = supplementItems;
    s.pauses.addAll(pauses);
    s.suspension = suspension;
    s.transfers.addAll(transfers);
    s.tracers.addAll(tracers);
    s.referrals.addAll(referrals);
    s.consultations.addAll(consultations);
    s.decision = decision;
    s.decidedAt = decidedAt;
    s.completedOnTime = completedOnTime;
    s.deliveredAt = deliveredAt;
    s.closedAt = closedAt;
    s.approvals.addAll(approvals);
    s.timeline.addAll(timeline);
    s.version = version;
    return s;
  }

  public TenantId owner() { return owner; }
  public CaseStatus status() { return status; }
  public CaseStatus statusBeforePause() { return statusBeforePause; }
  public String assignee() { return assignee; }
  public String assigneeName() { return assigneeName; }
  public Instant acceptedAt() { return acceptedAt; }
  public Boolean acceptedOnTime() { return acceptedOnTime; }
  public CaseDeadlines deadlines() { return deadlines; }
  public NonAcceptanceGround nonAcceptanceGround() { return nonAcceptanceGround; }
  public String nonAcceptanceReason() { return nonAcceptanceReason; }
  public PendingRequest pending() { return pending; }
  public PendingRequest pendingExtension() { return pendingExtension; }
  public int extensionDays() { return extensionDays; }
  public String supplementItems() { return supplementItems; }
  public List<Pause> pauses() { return List.copyOf(pauses); }
  public TenderSuspension suspension() { return suspension; }
  public List<Transfer> transfers() { return List.copyOf(transfers); }
  public Set<TenantId> tracers() { return Set.copyOf(tracers); }
  public List<Referral> referrals() { return List.copyOf(referrals); }
  public List<Consultation> consultations() { return List.copyOf(consultations); }
  public Decision decision() { return decision; }
  public Instant decidedAt() { return decidedAt; }
  public Boolean completedOnTime() { return completedOnTime; }
  public Instant deliveredAt() { return deliveredAt; }
  public Instant closedAt() { return closedAt; }
  public List<ApprovalRecord> approvals() { return List.copyOf(approvals); }
  public List<CaseEvent> timeline() { return List.copyOf(timeline); }
  public List<NotificationIntent> outbox() { return List.copyOf(outbox); }
  public long version() { return version; }
}
