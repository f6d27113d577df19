package cn.ggzy.server.application.internal.intake;

import cn.ggzy.server.application.IntakeViews;
import cn.ggzy.server.application.IntakeViews.Author;
import cn.ggzy.server.application.IntakeViews.EvidenceLine;
import cn.ggzy.server.application.IntakeViews.EvidenceRole;
import cn.ggzy.server.application.IntakeViews.Kind;
import cn.ggzy.server.application.IntakeViews.Message;
import cn.ggzy.server.application.IntakeViews.PublicDeadline;
import cn.ggzy.server.application.IntakeViews.PublicDecision;
import cn.ggzy.server.application.IntakeViews.PublicEvent;
import cn.ggzy.server.application.IntakeViews.Tracking;
import cn.ggzy.server.application.Messages;
import cn.ggzy.server.application.TenantDirectory;
import cn.ggzy.server.application.internal.enforcement.DefaultCaseRegister;
import cn.ggzy.server.domain.model.enforcement.CaseEvent;
import cn.ggzy.server.domain.model.enforcement.CaseId;
import cn.ggzy.server.domain.model.enforcement.CaseRepository;
import cn.ggzy.server.domain.model.enforcement.CaseState;
import cn.ggzy.server.domain.model.enforcement.CaseStatus;
import cn.ggzy.server.domain.model.enforcement.EnforcementCase;
import cn.ggzy.server.domain.model.intake.EvidenceFile;
import cn.ggzy.server.domain.model.intake.Submission;
import cn.ggzy.server.domain.model.intake.SubmissionMessage;
import cn.ggzy.tenants.Region;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What the filer may see of their case: public statuses (approvals pending, assignment and
 * internal steps are folded into the status the public knows), the public steps of the timeline,
 * running deadlines, the supplement asked for, the non-acceptance ground and reason, and the
 * decision once delivered. Never officers' names, notes, consultations or referrals.
 */
final class PublicProgress {
  /** Timeline actions a filer is told of. */
  static final Set<String> PUBLIC_ACTIONS = Set.of("REGISTER", "ACCEPT", "APPROVE_NON_ACCEPTANCE",
      "START_INVESTIGATION", "REQUEST_SUPPLEMENT", "RECEIVE_SUPPLEMENT", "PAUSE", "RESUME", "APPROVE_EXTENSION",
      "TRANSFER", "DELIVER", "APPROVE_CLOSE");

  private PublicProgress() {}

  static CaseStatus publicStatus(CaseStatus status) {
    return switch (status) {
      case REGISTERED, NON_ACCEPTANCE_PENDING -> CaseStatus.REGISTERED;
      case NOT_ACCEPTED -> CaseStatus.NOT_ACCEPTED;
      case ACCEPTED, ASSIGNED -> CaseStatus.ACCEPTED;
      case INVESTIGATING, DECISION_PENDING, DECIDED -> CaseStatus.INVESTIGATING;
      case AWAITING_SUPPLEMENT -> CaseStatus.AWAITING_SUPPLEMENT;
      case PAUSED -> CaseStatus.PAUSED;
      case DELIVERED, CLOSE_PENDING -> CaseStatus.DELIVERED;
      case CLOSED -> CaseStatus.CLOSED;
    };
  }

  /** Review within 60 days (行政复议法 §20), litigation within 6 months (行政诉讼法 §46). */
  static final int REVIEW_DAYS = 60;
  static final int LITIGATION_MONTHS = 6;

  /** The public view of a submission, with its case (if registered) and its region read. */
  static Tracking tracking(Submission s, CaseRepository cases, TenantDirectory directory) {
    EnforcementCase c = s.caseId() == null ? null : cases.find(s.owner(), new CaseId(s.caseId())).orElse(null);
    return tracking(s, c, directory.region(s.region()).orElse(null));
  }

  static Tracking tracking(Submission s, EnforcementCase c, Region region) {
    List<PublicEvent> timeline = new ArrayList<>();
    timeline.add(event(s.receivedAt(), "RECEIVED", null));
    CaseStatus status = null;
    String supplement = null;
    List<PublicDeadline> deadlines = List.of();
    PublicDecision decision = null;
    if (c != null) {
      CaseState state = c.state();
      status = publicStatus(state.status());
      for (CaseEvent e : c.timeline()) {
        if (PUBLIC_ACTIONS.contains(e.action())) {
          String detail = "REGISTER".equals(e.action()) ? c.number().value()
              : "APPROVE_NON_ACCEPTANCE".equals(e.action()) && state.nonAcceptanceGround() != null
                  ? state.nonAcceptanceGround().name() : null;
          timeline.add(event(e.at(), e.action(), detail));
        }
      }
      if (state.status() == CaseStatus.AWAITING_SUPPLEMENT) {
        supplement = state.supplementItems();
      }
      deadlines = deadlines(state, c.timeline());
      if (state.decision() != null && state.deliveredAt() != null) {
        String kind = state.decision().kind().name();
        decision = new PublicDecision(kind, Messages.chinese("case.decisionKind." + kind),
            Messages.english("case.decisionKind." + kind), state.decision().text(), state.decidedAt(),
            state.deliveredAt());
      }
      if (state.status() == CaseStatus.NOT_ACCEPTED && state.nonAcceptanceGround() != null) {
        String ground = state.nonAcceptanceGround().name();
        decision = new PublicDecision("NOT_ACCEPTED:" + ground, Messages.chinese("case.ground." + ground),
            Messages.english("case.ground." + ground), state.nonAcceptanceReason(),
            last(c.timeline(), "APPROVE_NON_ACCEPTANCE"), null);
      }
    }
    String statusKey = status == null ? "intake.public.status.RECEIVED" : "intake.public.status." + status.name();
    Map<String, EvidenceFile> byId = s.files().stream()
        .collect(Collectors.toMap(EvidenceFile::id, Function.identity(), (a, b) -> a));
    return new Tracking(s.receiptNumber(), Kind.valueOf(s.kind()), s.receivedAt(), s.late(),
        c == null ? null : c.number().value(), status, Messages.chinese(statusKey), Messages.english(statusKey),
        supplement, deadlines, timeline, messages(s, byId), s.files().stream().map(PublicProgress::line).toList(),
        decision, c == null ? List.of()
            : DefaultCaseRegister.filerNotices(c).stream().map(Enum::name)
                .toList(),
        decision == null || region == null ? null : new IntakeViews.Remedies(REVIEW_DAYS,
            region.nameZh() + "人民政府", region.nameEn() + " People's Government", LITIGATION_MONTHS,
            region.nameZh() + "人民法院", region.nameEn() + " People's Court"));
  }

  private static List<PublicDeadline> deadlines(CaseState state, List<CaseEvent> timeline) {
    List<PublicDeadline> out = new ArrayList<>();
    if (state.deadlines().acceptanceDue() != null) {
      Instant done = state.status().beforeAcceptance() ? null
          : state.acceptedAt() != null ? state.acceptedAt() : last(timeline, "APPROVE_NON_ACCEPTANCE");
      out.add(new PublicDeadline("ACCEPTANCE", state.deadlines().acceptanceDue(), false,
          done == null && state.deadlines().acceptanceProvisional(), done));
    }
    if (state.acceptedAt() != null && state.deadlines().completionDue() != null) {
      Instant done = state.status().completionClockRuns() ? null : state.decidedAt();
      boolean running = state.status().completionClockRuns();
      out.add(new PublicDeadline("COMPLETION", state.deadlines().completionDue(), running && state.status().paused(),
          running && state.deadlines().completionProvisional(), done));
    }
    return out;
  }

  private static Instant last(List<CaseEvent> timeline, String action) {
    Instant at = null;
    for (CaseEvent e : timeline) {
      if (action.equals(e.action())) {
        at = e.at();
      }
    }
    return at;
  }

  static List<Message> messages(Submission s, Map<String, EvidenceFile> byId) {
    List<Message> out = new ArrayList<>();
    for (SubmissionMessage m : s.messages()) {
      out.add(new Message(m.id(), Author.valueOf(m.author()), m.at(), m.text(),
          m.fileIds().stream().map(byId::get).filter(f -> f != null).map(PublicProgress::line).toList()));
    }
    return out;
  }

  static EvidenceLine line(EvidenceFile f) {
    return new EvidenceLine(f.id(), EvidenceRole.valueOf(f.role()), f.fileName(), f.contentType(), f.size(),
        f.sha256(), f.uploadedAt());
  }

  private static PublicEvent event(Instant at, String code, String detail) {
    String key = "intake.public.event." + code;
    String zh = Messages.chinese(key);
    String en = Messages.english(key);
    if (detail != null && "REGISTER".equals(code)) {
      zh = zh + "（" + detail + "）";
      en = en + " (" + detail + ")";
    } else if (detail != null) {
      zh = zh + "：" + Messages.chinese("case.ground." + detail);
      en = en + ": " + Messages.english("case.ground." + detail);
    }
    return new PublicEvent(at, code, zh, en);
  }
}
