package cn.ggzy.server.application.internal.enforcement;

import cn.ggzy.server.application.Messages;
import cn.ggzy.server.domain.model.enforcement.ApprovalRecord;
import cn.ggzy.server.domain.model.enforcement.CaseAction;
import cn.ggzy.server.domain.model.enforcement.CaseEvent;
import cn.ggzy.server.domain.model.enforcement.CaseSource;
import cn.ggzy.server.domain.model.enforcement.Consultation;
import cn.ggzy.server.domain.model.enforcement.EnforcementCase;
import cn.ggzy.server.domain.model.notification.Audience;
import cn.ggzy.server.domain.model.notification.CaseRef;
import cn.ggzy.server.domain.model.notification.NotificationIntent;
import cn.ggzy.server.domain.model.notification.NotificationKind;
import cn.ggzy.tenants.TenantId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Who must hear of a case change: a new case → the department's heads; assigned → the officer;
 * transferred → the receiving department's heads; consultation → the invited departments'
 * officers; approval requested → the approvers (department heads and office leaders; an extension
 * → office leaders only); approval decided → the officer who asked; the filer of a complaint or
 * report hears of its acceptance, 补正 and decision. The result goes into the
 * case's outbox, under ids derived from the case and its timeline, so it is written (and retried)
 * together with the change.
 */
final class CaseNotificationPolicy {
  private CaseNotificationPolicy() {}

  /**
   * The notifications of a newly registered case: its department's heads and, unless the region
   * keeps new cases for the heads to hand out ({@code toOfficers} false), its officers, so that
   * whoever is at work can accept it within the one working day.
   */
  static List<NotificationIntent> registered(EnforcementCase c, boolean toOfficers) {
    return List.of(intent(c, NotificationKind.CASE_RECEIVED, toOfficers
        ? List.of(Audience.heads(c.owner()), Audience.officers(c.owner())) : List.of(Audience.heads(c.owner()))));
  }

  /** The notifications caused by {@code action}, just applied to {@code c}; {@code office} of its region. */
  static List<NotificationIntent> after(EnforcementCase c, CaseAction action, TenantId office) {
    List<NotificationIntent> all = new ArrayList<>(officers(c, action, office));
    filer(c, action).ifPresent(all::add);
    return all;
  }

  /**
   * The filer of a complaint or report is told by SMS when it is accepted or not accepted, when
   * 补正 is asked of them and when the decision is served on them ({@code outcome}: the action).
   */
  static Optional<NotificationIntent> filer(EnforcementCase c, CaseAction action) {
    var r = c.registration();
    boolean fromPublic = r.originReference() != null
        && (r.source() == CaseSource.COMPLAINT || r.source() == CaseSource.REPORT);
    boolean told = action == CaseAction.ACCEPT || action == CaseAction.APPROVE_NON_ACCEPTANCE
        || action == CaseAction.REQUEST_SUPPLEMENT || action == CaseAction.DELIVER;
    return fromPublic && told
        ? Optional.of(withOutcome(intent(c, NotificationKind.FILER_PROGRESS, List.of(Audience.filer(c.owner()))),
            action.name()))
        : Optional.empty();
  }

  private static List<NotificationIntent> officers(EnforcementCase c, CaseAction action, TenantId office) {
    TenantId owner = c.owner();
    return switch (action) {
      case ASSIGN -> one(c, NotificationKind.CASE_ASSIGNED, Audience.officer(owner, c.assignee()));
      case TRANSFER -> one(c, NotificationKind.CASE_TRANSFERRED, Audience.heads(owner));
      case OPEN_CONSULTATION -> one(c, NotificationKind.CONSULTATION_INVITED, invited(c));
      case PROPOSE_NON_ACCEPTANCE, PROPOSE_DECISION, PROPOSE_CLOSE ->
          one(c, NotificationKind.APPROVAL_REQUESTED, Audience.heads(owner), Audience.officeLeaders(office));
      case REQUEST_EXTENSION -> one(c, NotificationKind.APPROVAL_REQUESTED, Audience.officeLeaders(office));
      case APPROVE_NON_ACCEPTANCE, REFUSE_NON_ACCEPTANCE, APPROVE_DECISION, REFUSE_DECISION, APPROVE_CLOSE,
          REFUSE_CLOSE, APPROVE_EXTENSION, REFUSE_EXTENSION -> requester(c)
          .map(login -> List.of(withOutcome(intent(c, NotificationKind.APPROVAL_DECIDED,
              List.of(Audience.officer(owner, login))), action.name().startsWith("APPROVE_") ? "APPROVED" : "REFUSED")))
          .orElse(List.of());
      default -> List.of();
    };
  }

  /**
   * The running deadline of {@code c} moved to {@code due} when the holiday notice it provisionally
   * relied on was loaded: its officer, else the department's heads, are told (one notification per
   * case and new deadline).
   */
  static List<NotificationIntent> deadlineMoved(EnforcementCase c, Instant due, Instant at) {
    Audience to = c.assignee() == null ? Audience.heads(c.owner()) : Audience.officer(c.owner(), c.assignee());
    NotificationKind kind = NotificationKind.DEADLINE_MOVED;
    return List.of(new NotificationIntent(NotificationIntent.alertId(c.id().value(), kind, due), kind, ref(c), at,
        null, null, due, List.of(to)));
  }

  private static Audience[] invited(EnforcementCase c) {
    Consultation open = c.openConsultation().orElseThrow();
    return open.invited().stream().map(Audience::officers).toArray(Audience[]::new);
  }

  private static NotificationIntent withOutcome(NotificationIntent n, String outcome) {
    return new NotificationIntent(n.id(), n.kind(), n.subject(), n.at(), n.actor(), n.actorName(), n.due(),
        n.audiences(), outcome);
  }

  private static Optional<String> requester(EnforcementCase c) {
    List<ApprovalRecord> approvals = c.state().approvals();
    return approvals.isEmpty() ? Optional.empty()
        : Optional.ofNullable(approvals.get(approvals.size() - 1).requestedBy());
  }

  private static List<NotificationIntent> one(EnforcementCase c, NotificationKind kind, Audience... to) {
    return List.of(intent(c, kind, List.of(to)));
  }

  private static NotificationIntent intent(EnforcementCase c, NotificationKind kind, List<Audience> to) {
    List<CaseEvent> timeline = c.timeline();
    CaseEvent last = timeline.get(timeline.size() - 1);
    return new NotificationIntent(NotificationIntent.changeId(c.id().value(), timeline.size(), kind), kind,
        ref(c), last.at(), last.actor(), last.actorName(), null, new ArrayList<>(to));
  }

  static CaseRef ref(EnforcementCase c) {
    var phrase = c.registration().titlePhrase();
    return new CaseRef(c.id().value(), c.number().value(), c.registration().title(), c.owner(),
        phrase == null ? null : Messages.render(phrase, Locale.ENGLISH));
  }
}
