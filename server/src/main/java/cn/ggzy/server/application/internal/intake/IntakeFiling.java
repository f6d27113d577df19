package cn.ggzy.server.application.internal.intake;

import cn.ggzy.server.application.IntakeSettings;
import cn.ggzy.server.application.IntakeViews.Client;
import cn.ggzy.server.application.IntakeViews.Kind;
import cn.ggzy.server.application.IntakeViews.ProofOfWork;
import cn.ggzy.server.application.IntakeViews.Receipt;
import cn.ggzy.server.application.TenantDirectory;
import cn.ggzy.server.domain.model.DomainException;
import cn.ggzy.server.domain.model.StateConflictException;
import cn.ggzy.server.domain.model.intake.EvidenceFile;
import cn.ggzy.server.domain.model.intake.IntakeValidationException;
import cn.ggzy.server.domain.model.intake.IntakeValidationException.Violation;
import cn.ggzy.server.domain.model.intake.Submission;
import cn.ggzy.server.domain.model.intake.SubmissionRepository;
import cn.ggzy.server.domain.service.WorkingCalendar;
import cn.ggzy.tenants.RegionCode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Files a 投诉 or 举报: checks it, recognises a retry by its idempotency key (same receipt and
 * access code back, never a second submission), asks for the proof of work and the rate limits
 * only for new submissions, and answers only once the submission is durably stored. The case is
 * registered afterwards by {@link CaseRegistration}.
 */
final class IntakeFiling {
  private final TenantDirectory directory;
  private final SubmissionRepository submissions;
  private final EvidenceAttachments evidence;
  private final Codes codes;
  private final ProofOfWorkChecks pow;
  private final RateLimits rates;
  private final Clock clock;
  private final Runnable onStored;
  private final Consumer<Submission> beforeStoring;
  /** Regions known to exist, until when (regions are added rarely and never removed). */
  private final Map<String, Long> knownRegions = new ConcurrentHashMap<>();
  private static final long REGION_MEMORY_NANOS = 60_000_000_000L;

  IntakeFiling(TenantDirectory directory, SubmissionRepository submissions, EvidenceAttachments evidence, Codes codes,
      ProofOfWorkChecks pow, RateLimits rates, Clock clock,
      Runnable onStored, Consumer<Submission> beforeStoring) {
    this.directory = directory;
    this.submissions = submissions;
    this.evidence = evidence;
    this.codes = codes;
    this.pow = pow;
    this.rates = rates;
    this.clock = clock;
    this.onStored = onStored;
    this.beforeStoring = beforeStoring;
  }

  Receipt file(Kind kind, Client client, String region, String key, ProofOfWork proof,
      Function<IntakeRules, IntakeRules.Checked> rules, IntakeSettings settings) {
    RegionCode code = region(region);
    IntakeRules.key(key, "idempotencyKey");
    Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
    LocalDate today = now.atZone(WorkingCalendar.ZONE).toLocalDate();
    IntakeRules.Checked checked = rules.apply(new IntakeRules(today));
    String receipt = codes.receiptNumber(kind.name(), code.value(), key);
    String fingerprint = codes.fingerprint(checked.canonical());
    String keyHash = codes.keyHash(key);
    List<EvidenceFile> files = List.of();
    if (!checked.uploads().isEmpty()) {
      // files are attached to the receipt: a retry must find its submission before checking them
      Optional<Submission> stored = submissions.find(receipt);
      if (stored.isPresent()) {
        return replay(stored.get(), fingerprint, key);
      }
      files = evidence.check(checked.uploads(), receipt, settings, now);
    }
    try {
      rates.check("submit", client, settings.submitPerMinuteClient(), settings.submitPerMinuteDevice());
      pow.verify(proof == null ? null : proof.challenge(), proof == null ? null : proof.counter(), keyHash, now);
    } catch (DomainException refused) {
      // a retry of a stored submission is answered even when its proof expired or the client is paced
      Optional<Submission> stored = files.isEmpty() ? submissions.find(receipt) : Optional.empty();
      if (stored.isPresent()) {
        return replay(stored.get(), fingerprint, key);
      }
      throw refused;
    }
    evidence.attach(files, receipt);
    boolean late = kind == Kind.COMPLAINT
        && today.isAfter(checked.details().learnedOn().plusDays(settings.filingWindowDays()));
    String accessCode = codes.accessCode(receipt, key);
    Submission submission = new Submission(receipt, code, kind.name(), now, late, keyHash, fingerprint,
        codes.accessCodeHash(receipt, accessCode), checked.identity(), checked.details(), files, List.of(), null,
        null, null, 0);
    Optional<Submission> raced;
    try {
      // e.g. the filer's number → receipt, written before the submission whose durable write covers it
      beforeStoring.accept(submission);
      raced = submissions.insert(submission);
    } catch (RuntimeException e) {
      evidence.release(files, receipt);
      throw e;
    }
    if (raced.isPresent()) {
      return replay(raced.get(), fingerprint, key);
    }
    onStored.run();
    return new Receipt(receipt, accessCode, kind, now, late, false);
  }

  private Receipt replay(Submission stored, String fingerprint, String key) {
    if (!stored.fingerprint().equals(fingerprint)) {
      throw new StateConflictException("intake.idempotencyKey.conflict", "idempotencyKey");
    }
    return new Receipt(stored.receiptNumber(), codes.accessCode(stored.receiptNumber(), key),
        Kind.valueOf(stored.kind()), stored.receivedAt(), stored.late(), true);
  }

  private RegionCode region(String region) {
    try {
      RegionCode code = RegionCode.of(region == null ? "" : region.strip());
      Long until = knownRegions.get(code.value());
      if (until != null && until > System.nanoTime()) {
        return code;
      }
      if (directory.region(code).isPresent()) {
        knownRegions.put(code.value(), System.nanoTime() + REGION_MEMORY_NANOS);
        return code;
      }
    } catch (IllegalArgumentException e) {
      // not a region code
    }
    throw new IntakeValidationException(List.of(new Violation("intake.region.unknown", "region")));
  }
}
