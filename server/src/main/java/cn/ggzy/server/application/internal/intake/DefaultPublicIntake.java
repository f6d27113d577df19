package cn.ggzy.server.application.internal.intake;

import cn.ggzy.server.application.Caller;
import cn.ggzy.server.application.CaseRegister;
import cn.ggzy.server.application.DevicePush;
import cn.ggzy.server.application.IntakeDocuments;
import cn.ggzy.server.application.IntakeSettings;
import cn.ggzy.server.application.IntakeViews.AllowedType;
import cn.ggzy.server.application.IntakeViews.Challenge;
import cn.ggzy.server.application.IntakeViews.Client;
import cn.ggzy.server.application.IntakeViews.ComplaintInput;
import cn.ggzy.server.application.IntakeViews.Download;
import cn.ggzy.server.application.IntakeViews.Identity;
import cn.ggzy.server.application.IntakeViews.Kind;
import cn.ggzy.server.application.IntakeViews.Limits;
import cn.ggzy.server.application.IntakeViews.Matter;
import cn.ggzy.server.application.IntakeViews.Message;
import cn.ggzy.server.application.IntakeViews.PushSubscriptionInput;
import cn.ggzy.server.application.IntakeViews.Receipt;
import cn.ggzy.server.application.IntakeViews.ReplyInput;
import cn.ggzy.server.application.IntakeViews.ReportInput;
import cn.ggzy.server.application.IntakeViews.Submission;
import cn.ggzy.server.application.IntakeViews.Tracking;
import cn.ggzy.server.application.IntakeViews.Upload;
import cn.ggzy.server.application.IntakeViews.UploadStart;
import cn.ggzy.server.application.PublicIntake;
import cn.ggzy.server.application.TenantDirectory;
import cn.ggzy.server.application.WaitingCases;
import cn.ggzy.server.application.internal.notification.PushChannels;
import cn.ggzy.server.domain.model.DomainException;
import cn.ggzy.server.domain.model.audit.AuditLog;
import cn.ggzy.server.domain.model.enforcement.CaseRepository;
import cn.ggzy.server.domain.model.enforcement.Industry;
import cn.ggzy.server.domain.model.intake.AbuseCounters;
import cn.ggzy.server.domain.model.intake.EvidenceStore;
import cn.ggzy.server.domain.model.intake.FileType;
import cn.ggzy.server.domain.model.intake.FilerAccessStore;
import cn.ggzy.server.domain.model.intake.FilerAccessStore.PushSubscription;
import cn.ggzy.server.domain.model.intake.SubmissionRepository;
import cn.ggzy.server.domain.model.intake.UploadRepository;
import cn.ggzy.server.domain.model.notification.DeviceChannel;
import cn.ggzy.server.domain.service.IntakeSecrets;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The public channel's use cases, each delegated to the part that carries it out. */
@ApplicationScoped
public class DefaultPublicIntake implements PublicIntake, WaitingCases {
  private static final Duration ABANDONED = Duration.ofMinutes(2);

  private IntakeSettings settings;
  private Clock clock;
  private RateLimits rates;
  private ProofOfWorkChecks pow;
  private IntakeUploads uploads;
  private IntakeFiling filing;
  private IntakeTracking tracking;
  private IntakeOfficerDesk desk;
  private CaseRegistration registration;
  private SubmissionRepository submissions;
  private AbuseCounters counters;
  private FilerAccessStore filers;
  private PushChannels push;
  private boolean loopbackPush;
  private CaseRegister caseRegister;
  private IntakePace pace = new IntakePace();
  private RegistrationYield yielding = new RegistrationYield(pace::perSecond, System::nanoTime);

  protected DefaultPublicIntake() {}

  @Inject
  public DefaultPublicIntake(TenantDirectory directory, SubmissionRepository submissions, UploadRepository uploadStore,
      EvidenceStore evidenceStore, IntakeSecrets secrets, CaseRegister caseRegister, CaseRepository caseRepository,
      AuditLog audit, IntakeDocuments documents, Clock clock, IntakeSettings settings, AbuseCounters counters,
      FilerAccessStore filers, PushChannels push,
      @ConfigProperty(name = "platform.intake.push.allow-loopback", defaultValue = "false") boolean loopbackPush,
      @ConfigProperty(name = "platform.public-url", defaultValue = "http://localhost:9080/") String publicUrl) {
    this.settings = settings;
    this.clock = clock;
    this.submissions = submissions;
    this.counters = counters;
    this.rates = new RateLimits(counters, clock);
    this.pow = new ProofOfWorkChecks(secrets, counters);
    Codes codes = new Codes(secrets);
    EvidenceAttachments evidence = new EvidenceAttachments(uploadStore);
    this.uploads = new IntakeUploads(uploadStore, evidenceStore, clock);
    this.filers = filers;
    this.push = push;
    this.loopbackPush = loopbackPush;
    this.filing = new IntakeFiling(directory, submissions, evidence, codes, pow, rates, clock, pace::filed,
        new FilerPhones(secrets, filers)::filed);
    this.tracking = new IntakeTracking(submissions, caseRepository, evidence, codes, rates, new AttemptThrottle(),
        documents, directory, clock, publicUrl + (publicUrl.endsWith("/") ? "" : "/") + "tracking/");
    this.caseRegister = caseRegister;
    this.desk = new IntakeOfficerDesk(caseRegister, submissions, evidenceStore, audit, clock);
    this.registration = new CaseRegistration(submissions, caseRegister, clock, settings.filingWindowDays());
  }

  /** The same use cases under other limits (tests, tools). */
  public DefaultPublicIntake withSettings(IntakeSettings other) {
    DefaultPublicIntake copy = new DefaultPublicIntake();
    copy.settings = other;
    copy.clock = clock;
    copy.counters = counters;
    copy.rates = new RateLimits(counters, clock);
    copy.pow = pow;
    copy.uploads = uploads;
    copy.filing = filing;
    copy.tracking = tracking;
    copy.desk = desk;
    copy.caseRegister = caseRegister;
    copy.registration = registration;
    copy.pace = pace;
    copy.yielding = yielding;
    copy.submissions = submissions;
    copy.filers = filers;
    copy.push = push;
    copy.loopbackPush = loopbackPush;
    return copy;
  }

  /** Registers the cases of submissions waiting for one; answers how many (see {@link CaseRegistration}). */
  public int registerWaitingCases() {
    return registerWaitingCases(CaseRegistration.BATCH);
  }

  @Override
  public int registerWaitingCases(int limit) {
    return registration.registerWaiting(ABANDONED, limit);
  }

  @Override
  public int registerWaitingCases(int limit, BooleanSupplier stopEarly) {
    return registration.registerWaiting(ABANDONED, limit, stopEarly);
  }

  /** New submissions stored by this node per second, over the last second or two. */
  public double submissionsPerSecond() {
    return pace.perSecond();
  }

  /**
   * Whether the case registration should make way for filers now ({@link RegistrationYield}: above
   * {@code registrationYieldAbovePerSecond}, for at most {@code registrationYieldAtMost} a burst).
   */
  @Override
  public boolean registrationShouldYield() {
    return yielding.now(settings.registrationYieldAbovePerSecond(), settings.registrationYieldAtMost());
  }

  @Override
  public long casesWaiting() {
    return submissions.waitingCount();
  }

  public IntakeSettings settings() {
    return settings;
  }

  @Override
  public Limits limits() {
    return new Limits(settings.maxFileBytes(), settings.maxSubmissionBytes(), settings.maxFiles(),
        settings.chunkBytes(),
        FileType.ACCEPTED.stream().map(t -> new AllowedType(t.mimeType(), t.extensions(), t.category())).toList(),
        settings.filingWindowDays(), settings.powDifficulty(), Arrays.asList(Matter.values()),
        List.of(Industry.values()));
  }

  @Override
  public Challenge challenge(Client client) {
    rates.check("challenge", client, settings.challengePerMinuteClient(), settings.challengePerMinuteClient());
    return pow.issue(clock.instant(), settings);
  }

  @Override
  public Upload startUpload(Client client, UploadStart start) {
    rates.check("upload", client, settings.uploadPerMinuteClient(), settings.uploadPerMinuteDevice());
    return uploads.start(start, settings);
  }

  @Override
  public Upload appendChunk(Client client, String uploadId, long offset, InputStream bytes) {
    rates.check("upload", client, settings.uploadPerMinuteClient(), settings.uploadPerMinuteDevice());
    return uploads.append(uploadId, offset, bytes, settings);
  }

  @Override
  public Upload upload(String uploadId) {
    return uploads.status(uploadId, settings);
  }

  @Override
  public Upload uploadWhole(Client client, String uploadId, String fileName, InputStream content) {
    rates.check("upload", client, settings.uploadPerMinuteClient(), settings.uploadPerMinuteDevice());
    return uploads.whole(uploadId, fileName, content, settings);
  }

  @Override
  public Receipt fileComplaint(Client client, ComplaintInput input) {
    if (input == null) {
      throw new DomainException("request.invalid", null);
    }
    return filing.file(Kind.COMPLAINT, client, input.region(), input.idempotencyKey(), input.proof(),
        rules -> rules.complaint(input), settings);
  }

  @Override
  public Receipt fileReport(Client client, ReportInput input) {
    if (input == null) {
      throw new DomainException("request.invalid", null);
    }
    return filing.file(Kind.REPORT, client, input.region(), input.idempotencyKey(), input.proof(),
        rules -> rules.report(input), settings);
  }

  @Override
  public Tracking track(Client client, String receiptNumber, String accessCode) {
    return tracking.track(client, receiptNumber, accessCode, settings);
  }

  @Override
  public Tracking reply(Client client, String receiptNumber, String accessCode, ReplyInput input) {
    return tracking.reply(client, receiptNumber, accessCode, input, settings);
  }

  @Override
  public byte[] receiptPdf(Client client, String receiptNumber, String accessCode) {
    return tracking.receipt(client, receiptNumber, accessCode, settings);
  }

  @Override
  public byte[] noticePdf(Client client, String receiptNumber, String accessCode, String kind) {
    return tracking.notice(client, receiptNumber, accessCode, kind, settings, caseRegister);
  }

  @Override
  public void subscribe(Client client, String receiptNumber, String accessCode, PushSubscriptionInput sub) {
    PushSubscription checked = FilerPushRules.check(sub, loopbackPush);
    filers.addPush(tracking.authenticated(client, receiptNumber, accessCode, settings).receiptNumber(), checked);
  }

  @Override
  public Optional<String> pushKey() {
    return push.of(DeviceChannel.WEB_PUSH).filter(DevicePush::enabled).flatMap(DevicePush::applicationServerKey);
  }

  @Override
  public Submission submission(Caller caller, String caseId) {
    return desk.submission(caller, caseId);
  }

  @Override
  public Identity revealIdentity(Caller caller, String caseId, String reason) {
    return desk.reveal(caller, caseId, reason);
  }

  @Override
  public Message sendMessage(Caller caller, String caseId, String text) {
    return desk.send(caller, caseId, text);
  }

  @Override
  public Download evidence(Caller caller, String caseId, String evidenceId) {
    return desk.evidence(caller, caseId, evidenceId);
  }
}
