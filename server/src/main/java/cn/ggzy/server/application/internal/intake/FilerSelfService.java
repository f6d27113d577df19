package cn.ggzy.server.application.internal.intake;

import cn.ggzy.server.application.CaseRegister;
import cn.ggzy.server.application.IntakeViews.Client;
import cn.ggzy.server.application.IntakeViews.Tracking;
import cn.ggzy.server.application.MySubmissions;
import cn.ggzy.server.application.TenantDirectory;
import cn.ggzy.server.domain.model.AccessDeniedException;
import cn.ggzy.server.domain.model.DomainException;
import cn.ggzy.server.domain.model.NotFoundException;
import cn.ggzy.server.domain.model.enforcement.CaseRepository;
import cn.ggzy.server.domain.model.intake.AbuseCounters;
import cn.ggzy.server.domain.model.intake.FilerAccessStore;
import cn.ggzy.server.domain.model.intake.FilerAccessStore.Code;
import cn.ggzy.server.domain.model.intake.FilerMessenger;
import cn.ggzy.server.domain.model.intake.Identifiers;
import cn.ggzy.server.domain.model.intake.RateLimitedException;
import cn.ggzy.server.domain.model.intake.Submission;
import cn.ggzy.server.domain.model.intake.SubmissionRepository;
import cn.ggzy.server.domain.service.IntakeSecrets;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** "我的投诉" (see {@link MySubmissions}): codes by SMS, sessions, the filer's submissions. */
@ApplicationScoped
public class FilerSelfService implements MySubmissions {
  static final Duration CODE_VALID = Duration.ofMinutes(5);
  static final Duration RESEND_AFTER = Duration.ofMinutes(1);
  static final Duration WINDOW = Duration.ofDays(1);
  static final int CODES_PER_WINDOW = 10;
  static final int FAILURES = 5;
  static final Duration SESSION = Duration.ofMinutes(30);
  private static final int CODE_REQUESTS_PER_MINUTE_CLIENT = 6;
  private static final int VERIFICATIONS_PER_MINUTE_CLIENT = 20;

  private FilerAccessStore store;
  private SubmissionRepository submissions;
  private CaseRepository cases;
  private CaseRegister register;
  private TenantDirectory directory;
  private FilerMessenger messenger;
  private IntakeSecrets secrets;
  private Clock clock;
  private FilerPhones phones;
  private RateLimits rates;
  private final SecureRandom random = new SecureRandom();
  private volatile boolean backfilled;

  protected FilerSelfService() {}

  @Inject
  public FilerSelfService(FilerAccessStore store, SubmissionRepository submissions, CaseRepository cases,
      CaseRegister register, TenantDirectory directory, FilerMessenger messenger, IntakeSecrets secrets,
      AbuseCounters counters, Clock clock) {
    this.store = store;
    this.submissions = submissions;
    this.cases = cases;
    this.register = register;
    this.directory = directory;
    this.messenger = messenger;
    this.secrets = secrets;
    this.clock = clock;
    this.phones = new FilerPhones(secrets, store);
    this.rates = new RateLimits(counters, clock);
  }

  @Override
  public CodeSent sendCode(Client client, String phone) {
    String number = number(phone);
    rates.check("my-code", client, CODE_REQUESTS_PER_MINUTE_CLIENT, CODE_REQUESTS_PER_MINUTE_CLIENT);
    String key = phones.key(number);
    Instant now = clock.instant();
    Optional<Code> last = store.code(key);
    Instant windowStart = now;
    int sentInWindow = 0;
    if (last.isPresent()) {
      Code c = last.get();
      long wait = Duration.between(now, c.sentAt().plus(RESEND_AFTER)).toSeconds();
      if (wait > 0) {
        throw new RateLimitedException("intake.my.code.wait", wait);
      }
      if (now.isBefore(c.windowStart().plus(WINDOW))) {
        windowStart = c.windowStart();
        sentInWindow = c.sentInWindow();
      }
      if (sentInWindow >= CODES_PER_WINDOW) {
        throw new RateLimitedException("intake.my.code.tooMany",
            Math.max(1, Duration.between(now, windowStart.plus(WINDOW)).toSeconds()));
      }
    }
    String code = String.format("%06d", random.nextInt(1_000_000));
    store.saveCode(new Code(key, codeHash(key, code), now, now.plus(CODE_VALID), 0, windowStart, sentInWindow + 1));
    messenger.send(number, "【公共资源交易监管】您的验证码是" + code + "，" + CODE_VALID.toMinutes()
        + "分钟内有效，用于查看您提交的投诉举报。请勿告诉他人。");
    return new CodeSent(number.substring(0, 3) + "****" + number.substring(7), (int) CODE_VALID.toSeconds(), (int) RESEND_AFTER.toSeconds());
  }

  @Override
  public Session verify(Client client, String phone, String code) {
    String number = number(phone);
    rates.check("my-verify", client, VERIFICATIONS_PER_MINUTE_CLIENT, VERIFICATIONS_PER_MINUTE_CLIENT);
    String typed = code == null ? "" : code.strip();
    if (!typed.matches("\\d{6}")) {
      throw new DomainException("intake.my.code.invalid", "code");
    }
    String key = phones.key(number);
    Instant now = clock.instant();
    Code c = store.code(key).filter(x -> now.isBefore(x.expiresAt()) && x.failures() < FAILURES)
        .orElseThrow(() -> new DomainException("intake.my.code.invalid", "code"));
    if (!MessageDigest.isEqual(codeHash(key, typed).getBytes(StandardCharsets.US_ASCII),
        c.codeHash().getBytes(StandardCharsets.US_ASCII))) {
      store.saveCode(new Code(key, c.codeHash(), c.sentAt(), c.expiresAt(), c.failures() + 1, c.windowStart(),
          c.sentInWindow()));
      throw new DomainException("intake.my.code.invalid", "code");
    }
    // used once: voided, keeping the day's count
    store.saveCode(new Code(key, "-", c.sentAt(), c.expiresAt(), FAILURES, c.windowStart(), c.sentInWindow()));
    byte[] bytes = new byte[32];
    random.nextBytes(bytes);
    String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    Instant until = now.plus(SESSION);
    store.saveSession(tokenHash(token), key, until);
    return new Session(token, until);
  }

  @Override
  public List<Tracking> submissions(Client client, String token) {
    String key = session(token);
    ensureBackfilled();
    return store.receipts(key).stream().map(submissions::find).flatMap(Optional::stream)
        .sorted(Comparator.comparing(Submission::receivedAt).reversed()).map(this::view).toList();
  }

  @Override
  public Tracking submission(Client client, String token, String receiptNumber) {
    return view(owned(session(token), receiptNumber));
  }

  @Override
  public byte[] noticePdf(Client client, String token, String receiptNumber, String kind) {
    return IntakeTracking.noticeForFiler(owned(session(token), receiptNumber), kind, register);
  }

  private Submission owned(String key, String receiptNumber) {
    String receipt = Codes.normaliseReceipt(receiptNumber == null ? "" : receiptNumber);
    ensureBackfilled();
    if (!store.receipts(key).contains(receipt)) {
      throw new NotFoundException("intake.my.notFound", "receiptNumber");
    }
    return submissions.find(receipt)
        .orElseThrow(() -> new NotFoundException("intake.my.notFound", "receiptNumber"));
  }

  private Tracking view(Submission s) {
    return PublicProgress.tracking(s, cases, directory);
  }

  private String session(String token) {
    if (token == null || token.isBlank() || token.length() > 100) {
      throw new AccessDeniedException("intake.my.session.expired", "token");
    }
    return store.session(tokenHash(token), clock.instant())
        .orElseThrow(() -> new AccessDeniedException("intake.my.session.expired", "token"));
  }

  private static String number(String phone) {
    String number = Identifiers.normaliseMobile(IntakeRules.clean(phone));
    if (number == null) {
      throw new DomainException("intake.phone.required", "phone");
    }
    if (!Identifiers.isMobile(number)) {
      throw new DomainException("intake.phone.invalid", "phone");
    }
    return number;
  }

  private String codeHash(String key, String code) {
    return Base64.getEncoder().encodeToString(secrets.mac("filer-code", key + "|" + code));
  }

  private String tokenHash(String token) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(secrets.mac("filer-session", token));
  }

  /** Submissions filed before the numbers were indexed are added once, by the first node to ask. */
  private void ensureBackfilled() {
    if (backfilled) {
      return;
    }
    synchronized (this) {
      if (!backfilled && !store.backfilled()) {
        for (String receipt : submissions.allReceipts()) {
          submissions.find(receipt).ifPresent(phones::filed);
        }
        store.markBackfilled();
      }
      backfilled = true;
    }
  }
}
