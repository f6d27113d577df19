package cn.ggzy.server.application;

import cn.ggzy.server.domain.model.enforcement.CaseAction;
import cn.ggzy.server.domain.model.enforcement.CaseSource;
import cn.ggzy.server.domain.model.enforcement.CaseStatus;
import cn.ggzy.server.domain.model.enforcement.DecisionKind;
import cn.ggzy.server.domain.model.enforcement.Industry;
import cn.ggzy.server.domain.model.enforcement.NonAcceptanceGround;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** What the faces show of cases (no domain objects leave the application layer). */
public final class CaseViews {
  private CaseViews() {}

  /**
   * A running clock as a person reads it: the deadline (end of {@code lastDay}, 24:00 Asia/Shanghai),
   * the working days left after today (0: due today; negative: overdue by that many), whether it is
   * stopped by a pause, and the calendar year to load when it cannot be computed.
   */
  /**
   * A legal clock. {@code provisional}: the due date was computed without the State Council
   * notice of {@code missingCalendarYear} (weekends and statutory holidays, no 调休) and may move
   * when that notice is loaded; with no {@code due}, {@code missingCalendarYear} is the year that
   * kept it from being computed at all.
   */
  public record Clock(String kind, Instant due, LocalDate lastDay, Integer remainingWorkingDays,
      boolean overdue, boolean paused, boolean provisional, Integer missingCalendarYear) {}

  /** An inbox line; {@code titleEn} is the English of a title the system wrote (else null: as typed). */
  public record Line(String id, String number, String ownerTenant, String ownerName, String title,
      CaseSource source, CaseStatus status, String assignee, String assigneeName, Instant receivedAt,
      Clock clock, String titleEn, boolean lateFiling) {}

  public record InboxPage(List<Line> lines, long total, int offset, int limit) {}

  /**
   * A timeline line; {@code subjectKey} is the message key of what the action was about (the kind
   * of decision proposed: {@code case.decisionKind.DISMISSED}), null when it is about nothing more.
   */
  public record Event(Instant at, String actor, String actorName, String action, CaseStatus from,
      CaseStatus to, String note, String subjectKey) {}

  public record Approval(String kind, String requestedBy, String requestedByName, Instant requestedAt,
      String requestReason,
      String decidedBy, String decidedByName, Instant decidedAt, boolean approved, String decisionReason,
      int workingDays) {}

  public record Request(String kind, String requestedBy, String requestedByName, Instant requestedAt,
      String reason, int workingDays) {}

  public record TransferLine(String from, String fromName, String to, String toName, Instant at, String by,
      String reason) {}

  public record ReferralLine(String organ, String organName, Instant at, String by, String reason,
      List<String> documents) {}

  public record OpinionLine(String department, String departmentName, String by, String byName, Instant at,
      String text) {}

  public record ConsultationView(String topic, List<String> invited, Instant openedAt, String openedBy,
      List<OpinionLine> opinions, String conclusion, Instant concludedAt) {}

  public record DecisionView(DecisionKind kind, String text, Long fineYuan, boolean confiscation,
      Integer disqualificationYears, boolean licenceRevoked) {}

  public record PauseLine(String kind, LocalDate startedOn, LocalDate endedOn, String reason) {}

  /**
   * A case as its sheet shows it; {@code titleEn} and {@code summaryEn} are the English of a title
   * and summary the system wrote (the public channel's), null for what officers typed.
   */
  public record Detail(String id, String number, long version, String ownerTenant, String ownerName,
      boolean readOnly, CaseSource source, Industry industry, String title, String summary,
      String projectCode, String projectName, String respondent, String originReference,
      Instant receivedAt, CaseStatus status, String assignee, String assigneeName, Instant acceptedAt,
      Clock acceptanceClock, Clock completionClock, int extensionWorkingDays, int pausedWorkingDays,
      List<PauseLine> pauses, NonAcceptanceGround nonAcceptanceGround, String nonAcceptanceReason,
      String supplementItems, Request pending, Request pendingExtension, boolean tenderSuspended,
      String tenderSuspensionReason, DecisionView decision, List<TransferLine> transfers,
      List<ReferralLine> referrals, List<ConsultationView> consultations, List<Approval> approvals,
      List<Event> timeline, Set<CaseAction> actions, Set<CaseDocuments.NoticeKind> notices, String titleEn,
      String summaryEn, boolean lateFiling, int completionWorkingDays, int statutoryCompletionWorkingDays) {}

  /** Timeliness over a period: clocks that ended in it, and how many ended in time. */
  public record Timeliness(String key, String name, int acceptanceTotal, int acceptanceOnTime,
      int completionTotal, int completionOnTime) {
    public double rate() {
      int total = acceptanceTotal + completionTotal;
      return total == 0 ? 1.0 : (acceptanceOnTime + completionOnTime) / (double) total;
    }
  }

  public record TimelinessReport(LocalDate from, LocalDate to, List<Timeliness> departments,
      List<Timeliness> officers) {}
}
