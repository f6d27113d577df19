package cn.ggzy.server.application.internal.intake;

import cn.ggzy.server.application.CaseDocuments;
import cn.ggzy.server.application.CaseRegister;
import cn.ggzy.server.application.IntakeDocuments;
import cn.ggzy.server.application.IntakeDocuments.ReceiptFacts;
import cn.ggzy.server.application.IntakeSettings;
import cn.ggzy.server.application.IntakeViews.Client;
import cn.ggzy.server.application.IntakeViews.EvidenceRole;
import cn.ggzy.server.application.IntakeViews.ReplyInput;
import cn.ggzy.server.application.IntakeViews.Tracking;
import cn.ggzy.server.application.Messages;
import cn.ggzy.server.application.TenantDirectory;
import cn.ggzy.server.domain.model.ConcurrentChangeException;
import cn.ggzy.server.domain.model.DomainException;
import cn.ggzy.server.domain.model.NotFoundException;
import cn.ggzy.server.domain.model.enforcement.CaseRepository;
import cn.ggzy.server.domain.model.intake.EvidenceFile;
import cn.ggzy.server.domain.model.intake.Submission;
import cn.ggzy.server.domain.model.intake.SubmissionMessage;
import cn.ggzy.server.domain.model.intake.SubmissionRepository;
import cn.ggzy.server.domain.service.WorkingCalendar;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Following up with the receipt number and access code: the public view, the filer's replies and
 * supplements (补正), the PDF receipt. A wrong code and an unknown receipt answer the same
 * "not found", and both count as failures that slow further tries down.
 */
final class IntakeTracking {
  private static final int MAX_RECEIPT = 40;
  private static final int MAX_MESSAGES = 200;
  private final SubmissionRepository submissions;
  private final CaseRepository cases;
  private final EvidenceAttachments evidence;
  private final Codes codes;
  private final RateLimits rates;
  private final AttemptThrottle throttle;
  private final IntakeDocuments documents;
  private final TenantDirectory directory;
  private final Clock clock;
  /** The public tracking page's address up to the receipt number ({@code …/tracking/}). */
  private final String trackingPages;
  private final SecureRandom random = new SecureRandom();

  IntakeTracking(SubmissionRepository submissions, CaseRepository cases, EvidenceAttachments evidence, Codes codes,
      RateLimits rates, AttemptThrottle throttle, IntakeDocuments documents, TenantDirectory directory, Clock clock,
      String trackingPages) {
    this.submissions = submissions;
    this.cases = cases;
    this.evidence = evidence;
    this.codes = codes;
    this.rates = rates;
    this.throttle = throttle;
    this.documents = documents;
    this.directory = directory;
    this.clock = clock;
    this.trackingPages = trackingPages;
  }

  Tracking track(Client client, String receipt, String accessCode, IntakeSettings settings) {
    return view(authenticate(client, receipt, accessCode, settings));
  }

  Tracking reply(Client client, String receipt, String accessCode, ReplyInput input, IntakeSettings settings) {
    Submission s = authenticate(client, receipt, accessCode, settings);
    if (input == null) {
      throw new DomainException("request.invalid", null);
    }
    IntakeRules.key(input.idempotencyKey(), "idempotencyKey");
    String keyHash = codes.keyHash(input.idempotencyKey());
    if (answered(s, keyHash)) {
      return view(s);
    }
    Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
    Map<String, EvidenceRole> named = new LinkedHashMap<>();
    String text = new IntakeRules(now.atZone(WorkingCalendar.ZONE).toLocalDate())
        .replyText(input.text(), input.uploadIds(), named);
    if (s.messages().size() >= MAX_MESSAGES) {
      throw new DomainException("intake.evidence.tooMany", "text");
    }
    rates.check("submit", client, settings.submitPerMinuteClient(), settings.submitPerMinuteDevice());
    String owner = s.receiptNumber() + "/" + keyHash.substring(0, 16);
    List<EvidenceFile> files = evidence.check(named, owner, settings, now).stream()
        .map(f -> new EvidenceFile(f.id(), EvidenceRole.SUPPLEMENT.name(), f.fileName(), f.contentType(), f.size(),
            f.sha256(), f.uploadedAt(), f.storageId())).toList();
    evidence.attach(files, owner);
    SubmissionMessage message = new SubmissionMessage(newId(), "FILER", now, text,
        files.stream().map(EvidenceFile::id).toList(), null, keyHash);
    for (int attempt = 0; attempt < 20; attempt++) {
      if (submissions.replace(s.with(message, files))) {
        return view(submissions.find(s.receiptNumber()).orElseThrow());
      }
      s = submissions.find(s.receiptNumber()).orElseThrow();
      if (answered(s, keyHash)) {
        return view(s);
      }
    }
    throw new ConcurrentChangeException("submission");
  }

  byte[] receipt(Client client, String receipt, String accessCode, IntakeSettings settings) {
    Submission s = authenticate(client, receipt, accessCode, settings);
    String region = directory.region(s.region()).map(r -> r.nameZh()).orElse(s.region().value());
    List<String> files = s.files().stream().map(f -> f.fileName() + "（" + size(f.size()) + "） " + f.sha256())
        .toList();
    return documents.receipt(new ReceiptFacts(s.receiptNumber(), formatted(accessCode),
        Messages.chinese("intake.kind." + s.kind()), region, s.receivedAt().atZone(WorkingCalendar.ZONE),
        Messages.chinese("intake.matter." + s.details().matter()), s.details().projectName(),
        s.details().respondent(), s.late(), files, trackingPages + s.receiptNumber(),
        clock.instant().atZone(WorkingCalendar.ZONE)));
  }

  /**
   * A notice of the filer's case as PDF (受理通知书, 不予受理通知书, 补正通知书, 处理决定书 once served),
   * addressed to the filer by name (a unit's name for a unit) unless anonymous.
   */
  byte[] notice(Client client, String receipt, String accessCode, String kind, IntakeSettings settings,
      CaseRegister register) {
    return noticeForFiler(authenticate(client, receipt, accessCode, settings), kind, register);
  }

  /**
   * A notice of the submission's case as its filer receives it, once the filer is known to be
   * entitled to it (by access code, or by the number of 我的投诉); an unknown kind, or no case yet, is
   * "intake.notice.notFound".
   */
  static byte[] noticeForFiler(Submission s, String kind, CaseRegister register) {
    CaseDocuments.NoticeKind which;
    try {
      which = CaseDocuments.NoticeKind.valueOf(kind == null ? "" : kind);
    } catch (IllegalArgumentException e) {
      throw new NotFoundException("intake.notice.notFound", "kind");
    }
    if (s.caseId() == null) {
      throw new NotFoundException("intake.notice.notFound", "kind");
    }
    return register.noticeForFiler(s.owner(), s.caseId(), which, s.identity().addressee(), s.receiptNumber());
  }

  /** The submission of a receipt and its access code (as tracking: wrong codes slowed down). */
  Submission authenticated(Client client, String receipt, String accessCode, IntakeSettings settings) {
    return authenticate(client, receipt, accessCode, settings);
  }

  private Submission authenticate(Client client, String receipt, String accessCode, IntakeSettings settings) {
    String r = Codes.normaliseReceipt(receipt);
    String address = client == null ? null : client.address();
    throttle.check(r, address, settings.freeTrackingFailures());
    rates.check("track", client, settings.trackPerMinuteClient(), 0);
    Optional<Submission> s = r.isEmpty() || r.length() > MAX_RECEIPT ? Optional.empty() : submissions.find(r);
    String code = accessCode == null || accessCode.length() > 64 ? "" : accessCode;
    if (!codes.accessCodeMatches(r, code, s.map(Submission::accessCodeHash).orElse(null))) {
      throttle.failed(r, address);
      throw new NotFoundException("intake.tracking.notFound", "receiptNumber");
    }
    throttle.succeeded(r);
    return s.get();
  }

  private Tracking view(Submission s) {
    return PublicProgress.tracking(s, cases, directory);
  }

  private static boolean answered(Submission s, String keyHash) {
    return s.messages().stream().anyMatch(m -> keyHash.equals(m.keyHash()));
  }

  private String newId() {
    byte[] bytes = new byte[12];
    random.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  private static String formatted(String accessCode) {
    String raw = Codes.normaliseAccessCode(accessCode);
    return raw.length() == Codes.ACCESS_CODE_LENGTH
        ? raw.substring(0, 4) + "-" + raw.substring(4, 8) + "-" + raw.substring(8, 12) + "-" + raw.substring(12)
        : raw;
  }

  private static String size(long bytes) {
    return bytes >= 1 << 20 ? String.format("%.1f MB", bytes / 1048576.0)
        : bytes >= 1024 ? String.format("%.0f KB", bytes / 1024.0) : bytes + " B";
  }
}
