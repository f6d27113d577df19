package cn.ggzy.server.application.internal.enforcement;

import cn.ggzy.server.application.CaseDocuments.NoticeKind;
import cn.ggzy.server.application.CaseViews.Approval;
import cn.ggzy.server.application.CaseViews.Clock;
import cn.ggzy.server.application.CaseViews.ConsultationView;
import cn.ggzy.server.application.CaseViews.DecisionView;
import cn.ggzy.server.application.CaseViews.Detail;
import cn.ggzy.server.application.CaseViews.Event;
import cn.ggzy.server.application.CaseViews.Line;
import cn.ggzy.server.application.CaseViews.OpinionLine;
import cn.ggzy.server.application.CaseViews.PauseLine;
import cn.ggzy.server.application.CaseViews.ReferralLine;
import cn.ggzy.server.application.CaseViews.Request;
import cn.ggzy.server.application.CaseViews.TransferLine;
import cn.ggzy.server.application.Messages;
import cn.ggzy.server.domain.model.calendar.CalendarMissingException;
import cn.ggzy.server.domain.model.calendar.DeadlineSettings;
import cn.ggzy.server.domain.model.enforcement.Actor;
import cn.ggzy.server.domain.model.enforcement.CaseDeadlines;
import cn.ggzy.server.domain.model.enforcement.CaseEvent;
import cn.ggzy.server.domain.model.enforcement.CaseState;
import cn.ggzy.server.domain.model.enforcement.CaseSummary;
import cn.ggzy.server.domain.model.enforcement.EnforcementCase;
import cn.ggzy.server.domain.model.enforcement.PendingRequest;
import cn.ggzy.server.domain.model.enforcement.Phrase;
import cn.ggzy.server.domain.service.WorkingCalendar;
import cn.ggzy.tenants.RegionCode;
import cn.ggzy.tenants.TenantId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

/** Builds the views of cases, with each running clock read against today's date. */
final class CaseViewMapper {
  private final WorkingCalendar calendar;
  private final Function<TenantId, String> names;
  private final Instant now;

  CaseViewMapper(WorkingCalendar calendar, Function<TenantId, String> names, Instant now) {
    this.calendar = calendar;
    this.names = names;
    this.now = now;
  }

  Clock clock(String kind, Instant due, boolean running, boolean paused, Integer missingYear, RegionCode region) {
    if (due == null) {
      return new Clock(kind, null, null, null, false, paused, false, running ? missingYear : null);
    }
    LocalDate lastDay = due.atZone(WorkingCalendar.ZONE).toLocalDate().minusDays(1);
    Integer remaining = null;
    if (running && !paused) {
      LocalDate today = now.atZone(WorkingCalendar.ZONE).toLocalDate();
      try {
        remaining = today.isAfter(lastDay) ? -calendar.workingDaysBetween(region, lastDay, today)
            : calendar.workingDaysBetween(region, today, lastDay);
      } catch (CalendarMissingException e) {
        remaining = null;
      }
    }
    boolean provisional = CaseDeadlines.provisional(due, missingYear);
    return new Clock(kind, due, lastDay, remaining, running && now.isAfter(due), paused, provisional,
        provisional ? missingYear : null);
  }

  Line line(CaseSummary s) {
    String kind = s.status().beforeAcceptance() ? "acceptance" : "completion";
    boolean running = s.status().beforeAcceptance() || s.status().completionClockRuns();
    return new Line(s.id().value(), s.number().value(), s.owner().value(), names.apply(s.owner()), s.title(),
        s.source(), s.status(), s.assignee(), s.assigneeName(), s.receivedAt(),
        clock(kind, s.due(), running, s.pausedClock(), s.missingCalendarYear(), s.owner().region()),
        english(s.titlePhrase()), s.lateFiling());
  }

  Detail detail(EnforcementCase c, Actor viewer) {
    CaseState s = c.state();
    RegionCode region = c.owner().region();
    boolean readOnly = !c.owner().equals(viewer.tenant()) && !viewer.office();
    var reg = c.registration();
    var d = s.deadlines();
    Clock acceptance = clock("acceptance", d.acceptanceDue(), s.status().beforeAcceptance(), false,
        d.missingYear(), region);
    Clock completion = clock("completion", d.completionDue(), s.status().completionClockRuns(),
        s.status().paused(), s.acceptedAt() == null ? null : d.missingYear(), region);
    var decision = s.decision() == null ? null : new DecisionView(s.decision().kind(), s.decision().text(),
        s.decision().fineYuan(), s.decision().confiscation(), s.decision().disqualificationYears(),
        s.decision().licenceRevoked());
    return new Detail(c.id().value(), c.number().value(), c.version(), c.owner().value(), names.apply(c.owner()),
        readOnly, reg.source(), reg.industry(), reg.title(), reg.summary(), reg.projectCode(), reg.projectName(),
        reg.respondent(), reg.originReference(), c.receivedAt(), s.status(), s.assignee(), s.assigneeName(),
        s.acceptedAt(), acceptance, completion, s.extensionDays(), d.pausedWorkingDays(),
        s.pauses().stream().map(p -> new PauseLine(p.kind().name(), p.startedOn(), p.endedOn(), p.reason()))
            .toList(),
        s.nonAcceptanceGround(), s.nonAcceptanceReason(), s.supplementItems(), request(s.pending()),
        request(s.pendingExtension()), c.tenderSuspended(),
        s.suspension() == null ? null : s.suspension().reason(), decision,
        s.transfers().stream().map(t -> new TransferLine(t.from().value(), names.apply(t.from()), t.to().value(),
            names.apply(t.to()), t.at(), t.by(), t.reason())).toList(),
        s.referrals().stream().map(r -> new ReferralLine(r.organ().name(), r.organName(), r.at(), r.by(),
            r.reason(), r.documents())).toList(),
        s.consultations().stream().map(k -> new ConsultationView(k.topic(),
            k.invited().stream().map(TenantId::value).toList(), k.openedAt(), k.openedBy(),
            k.opinions().stream().map(o -> new OpinionLine(o.department().value(), names.apply(o.department()),
                o.by(), o.byName(), o.at(), o.text())).toList(), k.conclusion(), k.concludedAt())).toList(),
        s.approvals().stream().map(a -> new Approval(a.kind().name(), a.requestedBy(),
            a.requestedByName() != null ? a.requestedByName() : nameIn(s.timeline(), a.requestedBy()),
            a.requestedAt(), a.requestReason(), a.decidedBy(), a.decidedByName(), a.decidedAt(), a.approved(), a.decisionReason(),
            a.workingDays())).toList(),
        s.timeline().stream().map(e -> new Event(e.at(), e.actor(), e.actorName(), e.action(), e.from(), e.to(),
            e.note(), e.subject() == null ? null : "case.decisionKind." + e.subject())).toList(),
        c.availableActions(viewer), notices(c), english(reg.titlePhrase()),
        reg.summaryPhrases().isEmpty() ? null : String.join("\n", reg.summaryPhrases().stream().map(CaseViewMapper::english)
            .toList()), reg.lateFiling(), c.completionDays(),
        DeadlineSettings.COMPLETION_CEILING);
  }

  private static String english(Phrase phrase) {
    return phrase == null ? null : Messages.render(phrase, Locale.ENGLISH);
  }

  /** The name a login acted under in the case's timeline (approvals stored before names were kept). */
  static String nameIn(List<CaseEvent> timeline, String login) {
    return timeline.stream().filter(e -> login != null && login.equals(e.actor()) && e.actorName() != null)
        .map(CaseEvent::actorName).findFirst().orElse(login);
  }

  private static Request request(PendingRequest r) {
    return r == null ? null : new Request(r.kind().name(), r.requestedBy(), r.requestedByName(), r.requestedAt(),
        r.reason(), r.workingDays());
  }

  /** The notices that exist in the case's story so far. */
  /** The notices served on the filer so far: those of the case, the decision once served (送达). */
  public static Set<NoticeKind> filerNotices(EnforcementCase c) {
    Set<NoticeKind> kinds = notices(c);
    if (c.state().deliveredAt() == null) {
      kinds.remove(NoticeKind.DECISION);
    }
    return kinds;
  }

  static Set<NoticeKind> notices(EnforcementCase c) {
    CaseState s = c.state();
    Set<NoticeKind> kinds = EnumSet.noneOf(NoticeKind.class);
    if (s.acceptedAt() != null && c.registration().source().needsAcceptance()) {
      kinds.add(NoticeKind.ACCEPTANCE);
    }
    if (s.nonAcceptanceGround() != null && s.acceptedAt() == null && !s.status().beforeAcceptance()) {
      kinds.add(NoticeKind.NON_ACCEPTANCE);
    }
    if (s.supplementItems() != null) {
      kinds.add(NoticeKind.SUPPLEMENT_REQUEST);
    }
    if (s.decidedAt() != null) {
      kinds.add(NoticeKind.DECISION);
    }
    return kinds;
  }
}
