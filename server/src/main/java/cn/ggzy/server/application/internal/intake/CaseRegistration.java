package cn.ggzy.server.application.internal.intake;

import cn.ggzy.server.application.CaseRegister;
import cn.ggzy.server.application.CaseViews.Detail;
import cn.ggzy.server.application.Messages;
import cn.ggzy.server.domain.model.enforcement.CaseSource;
import cn.ggzy.server.domain.model.enforcement.Phrase;
import cn.ggzy.server.domain.model.enforcement.Phrase.Arg;
import cn.ggzy.server.domain.model.enforcement.Registration;
import cn.ggzy.server.domain.model.intake.Submission;
import cn.ggzy.server.domain.model.intake.SubmissionDetails;
import cn.ggzy.server.domain.model.intake.SubmissionRepository;
import cn.ggzy.tenants.TenantId;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
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
  int registerWaiting(Duration abandoned, int limit, BooleanSupplier stopEarly) {
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
    Arg kind = Arg.code("intake.kind." + s.kind());
    Arg matter = Arg.code("intake.matter." + d.matter());
    Phrase title = d.projectName() == null ? Phrase.of("intake.case.titleWithoutProject", kind, matter)
        : Phrase.of("intake.case.title", kind, matter, Arg.value(d.projectName()));
    List<Phrase> lines = new ArrayList<>();
    if (s.late()) {
      lines.add(Phrase.of(Registration.LATE_FILING, Arg.value(d.learnedOn().toString()),
          Arg.value(String.valueOf(windowDays))));
    }
    if (d.section() != null) {
      lines.add(Phrase.of("intake.case.section", Arg.value(d.section())));
    }
    if (complaint) {
      Arg stage = Arg.code("intake.objectionSubject." + d.objectionSubject());
      lines.add(d.objectionRaisedOn() == null ? Phrase.of("intake.case.objection", stage)
          : Phrase.of("intake.case.objectionRaised", stage, Arg.value(d.objectionRaisedOn().toString())));
    }
    lines.add(Phrase.of("intake.case.facts", Arg.value(d.facts())));
    if (d.request() != null) {
      lines.add(Phrase.of("intake.case.request", Arg.value(d.request())));
    }
    lines.add(Phrase.of("intake.case.receipt", Arg.value(s.receiptNumber())));
    String summary = String.join("\n", lines.stream().map(p -> Messages.render(p, Messages.CHINESE)).toList());
    return new Registration(complaint ? CaseSource.COMPLAINT : CaseSource.REPORT, d.industry(),
        cut(Messages.render(title, Messages.CHINESE), 200), cut(summary, 4000), d.projectCode(),
        d.projectName() == null ? null : cut(d.projectName(), 200), d.respondent(), s.receiptNumber(), title, lines);
  }

  private static String cut(String text, int max) {
    return text.codePointCount(0, text.length()) <= max ? text
        : text.substring(0, text.offsetByCodePoints(0, max - 1)) + "…";
  }
}
