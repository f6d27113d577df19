package cn.ggzy.server.application.internal.intake;

import cn.ggzy.server.application.CaseRegister;
import cn.ggzy.server.application.CaseViews.Detail;
import cn.ggzy.server.application.Messages;
import cn.ggzy.server.domain.model.enforcement.CaseSource;
import cn.ggzy.server.domain.model.enforcement.Registration;
import cn.ggzy.server.domain.model.intake.Submission;
import cn.ggzy.server.domain.model.intake.SubmissionDetails;
import cn.ggzy.server.domain.model.intake.SubmissionRepository;
import cn.ggzy.tenants.TenantId;
import java.text.MessageFormat;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Turns stored submissions into cases (统一立案), after the filer has their receipt: every
 * submission waiting for its case is registered with {@code CaseRegister.registerFiled} (which
 * makes one case per receipt number, also when run twice after a crash) and then marked with its
 * case. Runs at start-up, after each submission and periodically; logs receipt numbers only.
 */
final class CaseRegistration {
  private static final Logger LOG = Logger.getLogger(CaseRegistration.class.getName());
  static final int BATCH = 500;
  private final SubmissionRepository submissions;
  private final CaseRegister cases;
  private final Clock clock;
  private final int windowDays;

  CaseRegistration(SubmissionRepository submissions, CaseRegister cases, Clock clock, int windowDays) {
    this.submissions = submissions;
    this.cases = cases;
    this.clock = clock;
    this.windowDays = windowDays;
  }

  /**
   * Registers every submission waiting for its case; answers how many. A marker whose submission
   * is missing belongs to a submission still being stored, or to one whose storing failed: it is
   * dropped only once older than {@code abandoned}.
   */
  int registerWaiting(Duration abandoned) {
    return registerWaiting(abandoned, BATCH);
  }

  /** As {@link #registerWaiting(Duration)}, at most {@code limit} of them. */
  int registerWaiting(Duration abandoned, int limit) {
    return registerWaiting(abandoned, limit, () -> false);
  }

  /**
   * As {@link #registerWaiting(Duration, int)}, stopping early, after at least one case, once
   * {@code stopEarly} says so (asked before each further case).
   */
  int registerWaiting(Duration abandoned, int limit, java.util.function.BooleanSupplier stopEarly) {
    int registered = 0;
    boolean missing = false;
    List<String> waiting = submissions.waitingForCase(clock.instant().plusSeconds(1), limit);
    for (String receipt : waiting) {
      if (registered > 0 && stopEarly.getAsBoolean()) {
        break;
      }
      try {
        Optional<Submission> found = submissions.find(receipt);
        if (found.isEmpty()) {
          missing = true;
        } else if (register(found.get())) {
          registered++;
        }
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "Case registration of receipt " + receipt + " failed; will retry", e);
      }
    }
    if (missing) {
      for (String receipt : submissions.waitingForCase(clock.instant().minus(abandoned), BATCH)) {
        if (submissions.find(receipt).isEmpty()) {
          submissions.caseRegistered(receipt);
        }
      }
    }
    return registered;
  }

  /** Registers the case (one per receipt, whatever happened before) and marks the submission. */
  private boolean register(Submission first) {
    Submission s = first;
    for (int attempt = 0; attempt < 10 && !s.registered(); attempt++) {
      Detail d = cases.registerFiled(s.region(), registration(s), s.receivedAt());
      if (submissions.replaceLazily(s.registeredAs(d.id(), d.number(), TenantId.of(d.ownerTenant())))) {
        break;
      }
      s = submissions.find(s.receiptNumber()).orElseThrow();
    }
    submissions.caseRegistered(s.receiptNumber());
    return true;
  }

  Registration registration(Submission s) {
    SubmissionDetails d = s.details();
    boolean complaint = "COMPLAINT".equals(s.kind());
    String matter = Messages.chinese("intake.matter." + d.matter());
    String title = Messages.chinese("intake.kind." + s.kind()) + "：" + matter
        + (d.projectName() == null ? "" : "（" + d.projectName() + "）");
    StringBuilder summary = new StringBuilder();
    if (s.late()) {
      summary.append("【").append(MessageFormat.format(Messages.chinese("intake.late.flag"),
          d.learnedOn().toString(), String.valueOf(windowDays))).append("】\n");
    }
    if (d.section() != null) {
      summary.append("标段：").append(d.section()).append('\n');
    }
    if (complaint) {
      summary.append("涉及环节：").append(Messages.chinese("intake.objectionSubject." + d.objectionSubject()));
      if (d.objectionRaisedOn() != null) {
        summary.append("（").append(d.objectionRaisedOn()).append(" 已提出异议）");
      }
      summary.append('\n');
    }
    summary.append("事实和理由：").append(d.facts());
    if (d.request() != null) {
      summary.append("\n投诉请求：").append(d.request());
    }
    summary.append("\n回执编号：").append(s.receiptNumber());
    return new Registration(complaint ? CaseSource.COMPLAINT : CaseSource.REPORT, d.industry(), cut(title, 200),
        cut(summary.toString(), 4000), d.projectCode(), d.projectName() == null ? null : cut(d.projectName(), 200),
        d.respondent(), s.receiptNumber());
  }

  private static String cut(String text, int max) {
    return text.codePointCount(0, text.length()) <= max ? text
        : text.substring(0, text.offsetByCodePoints(0, max - 1)) + "…";
  }
}
