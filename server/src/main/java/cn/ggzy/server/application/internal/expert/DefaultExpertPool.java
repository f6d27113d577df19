package cn.ggzy.server.application.internal.expert;

import cn.ggzy.server.application.Caller;
import cn.ggzy.server.application.ExpertLetters;
import cn.ggzy.server.application.ExpertPool;
import cn.ggzy.server.application.IntakeViews.Client;
import cn.ggzy.server.application.OfficeScopes;
import cn.ggzy.server.application.Permission;
import cn.ggzy.server.application.TenantDirectory;
import cn.ggzy.server.application.internal.intake.RateLimits;
import cn.ggzy.server.domain.model.AccessDeniedException;
import cn.ggzy.server.domain.model.ConcurrentChangeException;
import cn.ggzy.server.domain.model.DomainException;
import cn.ggzy.server.domain.model.NotFoundException;
import cn.ggzy.server.domain.model.audit.AuditLog;
import cn.ggzy.server.domain.model.credit.ResidentId;
import cn.ggzy.server.domain.model.draw.Hashes;
import cn.ggzy.server.domain.model.expert.Disqualification;
import cn.ggzy.server.domain.model.expert.DisqualificationRepository;
import cn.ggzy.server.domain.model.expert.Expert;
import cn.ggzy.server.domain.model.expert.ExpertAccess;
import cn.ggzy.server.domain.model.expert.ExpertApplication;
import cn.ggzy.server.domain.model.expert.ExpertDraw;
import cn.ggzy.server.domain.model.expert.ExpertDrawRepository;
import cn.ggzy.server.domain.model.expert.ExpertMessenger;
import cn.ggzy.server.domain.model.expert.ExpertProfile;
import cn.ggzy.server.domain.model.expert.ExpertRepository;
import cn.ggzy.server.domain.model.expert.ExpertRules;
import cn.ggzy.server.domain.model.expert.ExpertScore;
import cn.ggzy.server.domain.model.expert.ExpertState;
import cn.ggzy.server.domain.model.expert.Specialties;
import cn.ggzy.server.domain.model.intake.AbuseCounters;
import cn.ggzy.server.domain.model.intake.IntakeValidationException;
import cn.ggzy.server.domain.model.intake.IntakeValidationException.Violation;
import cn.ggzy.tenants.Region;
import cn.ggzy.tenants.RegionCode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

@ApplicationScoped
public class DefaultExpertPool implements ExpertPool {
  private static final Logger LOG = Logger.getLogger(DefaultExpertPool.class.getName());
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final int MAX_REASON = 500;

  private ExpertRepository experts;
  private ExpertDrawRepository draws;
  private DisqualificationRepository disqualifications;
  private ExpertLetters letters;
  private ExpertAccess access;
  private ExpertMessenger messenger;
  private String publicUrl;
  private int applicationsPerMinute;
  private OfficeScopes scopes;
  private TenantDirectory directory;
  private AuditLog audit;
  private RateLimits rates;
  private Clock clock;
  private final Specialties list = Specialties.standard();
  private final ExpertRules rules = ExpertRules.DEFAULT;

  protected DefaultExpertPool() {}

  @Inject
  public DefaultExpertPool(ExpertRepository experts, ExpertDrawRepository draws,
      DisqualificationRepository disqualifications, ExpertLetters letters, ExpertAccess access,
      ExpertMessenger messenger, OfficeScopes scopes, TenantDirectory directory, AuditLog audit,
      AbuseCounters counters, Clock clock,
      @ConfigProperty(name = "platform.public-url", defaultValue = "http://localhost:9080/") String publicUrl,
      @ConfigProperty(name = "platform.experts.applications-per-minute", defaultValue = "5") int applicationsPerMinute) {
    this.experts = experts;
    this.draws = draws;
    this.disqualifications = disqualifications;
    this.letters = letters;
    this.access = access;
    this.messenger = messenger;
    this.publicUrl = publicUrl.endsWith("/") ? publicUrl : publicUrl + "/";
    this.applicationsPerMinute = applicationsPerMinute;
    this.scopes = scopes;
    this.directory = directory;
    this.audit = audit;
    this.rates = new RateLimits(counters, clock);
    this.clock = clock;
  }

  @Override
  public List<SpecialtyView> specialties() {
    return list.all().stream().map(s -> new SpecialtyView(s.code(), s.nameZh(), s.nameEn(), s.parent(),
        list.drawable(s.code()))).toList();
  }

  @Override
  public ApplicationReceipt apply(Client client, String region, ExpertApplication application) {
    rates.check("expert-application", client, applicationsPerMinute, applicationsPerMinute);
    Region r = region(region);
    Instant now = clock.instant();
    ExpertProfile profile = application.validate(list, rules, LocalDate.now(clock));
    if (experts.knows(r.code(), profile.residentId())) {
      throw new DomainException("expert.application.duplicate", "residentId");
    }
    Expert expert = experts.store(r.code(), Expert.apply(experts.nextId(r.code()), r.code(), profile, now));
    audit.record(r.office().id(), now, "public", "expert.APPLY", expert.id(), null, null, ExpertState.CANDIDATE.name());
    return new ApplicationReceipt(expert.id(), expert.state(), expert.appliedAt());
  }

  @Override
  public void requestAccess(Client client, String region, String residentId, String phone) {
    rates.check("expert-access", client, 3, 3);
    Region r = region(region);
    String id = residentId == null ? "" : residentId.strip().toUpperCase(Locale.ROOT);
    String typedPhone = phone == null ? "" : phone.replaceAll("[\\s-]", "");
    if (!ResidentId.valid(id)) {
      return;
    }
    Optional<Expert> found = experts.byResidentId(r.code(), id);
    if (found.isEmpty() || !found.get().profile().phone().equals(typedPhone)
        || found.get().state() == ExpertState.REJECTED) {
      return;
    }
    Expert e = found.get();
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    Instant until = clock.instant().plus(Duration.ofHours(24));
    access.grant(r.code(), Hashes.sha256(token), e.id(), until);
    audit.record(r.office().id(), clock.instant(), "expert:" + e.id(), "expert.ACCESS_LINK", e.id(), null);
    try {
      messenger.access(e.profile().phone(), e.profile().name(), until, publicUrl + "experts/me/" + token);
    } catch (RuntimeException ex) {
      LOG.warning("expert access link not sent: " + ex.getClass().getName());
    }
  }

  @Override
  public ExpertSelf self(String token) {
    if (token == null || token.length() < 20 || token.length() > 100) {
      throw new NotFoundException("expert.access.notFound", "token");
    }
    Instant now = clock.instant();
    ExpertAccess.Grant grant = access.open(Hashes.sha256(token), now)
        .orElseThrow(() -> new NotFoundException("expert.access.notFound", "token"));
    Expert e = experts.find(grant.region(), grant.expertId())
        .orElseThrow(() -> new NotFoundException("expert.access.notFound", "token"));
    List<ExpertDraw> invited = draws.invitingExpert(grant.region(), e.id());
    List<ServedAssignment> served = new ArrayList<>();
    List<ExpertScore.Rated> rated = new ArrayList<>();
    int upcoming = 0;
    for (ExpertDraw d : invited) {
      if (d.sealed(now)) {
        upcoming++;
        continue;
      }
      for (var a : d.assignments()) {
        if (a.expertId().equals(e.id())) {
          served.add(new ServedAssignment(d.id(), d.request().sectionName(), a.specialty(), d.request().evaluationStart(),
              d.request().remote() ? null : d.request().place(), d.request().remote(), a.status()));
        }
      }
      d.ratings().stream().filter(x -> x.expertId().equals(e.id()))
          .forEach(x -> rated.add(new ExpertScore.Rated(d.id(), d.request().sectionName(), x)));
    }
    ExpertProfile p = e.profile();
    return new ExpertSelf(p.name(), p.maskedResidentId(), e.state(), p.specialties(), e.reviewDue(),
        e.suspendedUntil(), grant.until(), served, upcoming, ExpertScore.of(rated, now));
  }

  @Override
  public boolean mayManage(Caller caller) {
    return caller.may(Permission.MANAGE_EXPERTS) && directory.region(caller.tenant().region())
        .map(r -> r.office().id().equals(caller.tenant())).orElse(false);
  }

  @Override
  public List<ExpertSummary> list(Caller caller, ExpertState state, int offset, int limit) {
    RegionCode region = manager(caller);
    return experts.list(region, state, Math.max(0, offset), Math.min(Math.max(1, limit), 200)).stream()
        .map(DefaultExpertPool::summary).toList();
  }

  @Override
  public long count(Caller caller, ExpertState state) {
    return experts.count(manager(caller), state);
  }

  @Override
  public ExpertDetail find(Caller caller, String id) {
    return detail(load(caller, id));
  }

  @Override
  public ExpertIdentity reveal(Caller caller, String id) {
    Expert e = load(caller, id);
    audit.record(caller.tenant(), clock.instant(), caller.login().value(), "expert.READ_IDENTITY", e.id(), null);
    return new ExpertIdentity(e.profile().residentId(), e.profile().phone());
  }

  @Override
  public ExpertDetail decide(Caller caller, String id, long version, Decision decision) {
    Expert e = load(caller, id);
    if (e.version() != version) {
      throw new ConcurrentChangeException("expert");
    }
    String by = caller.login().value();
    Instant now = clock.instant();
    LocalDate today = LocalDate.now(clock);
    String reason = decision.reason() == null ? "" : decision.reason().strip();
    if (reason.length() > MAX_REASON) {
      throw new DomainException("expert.decision.reason", "reason");
    }
    Expert next = switch (decision.kind()) {
      case APPROVE -> e.approve(by, now, today, rules, reason);
      case REJECT -> e.reject(by, now, required(reason));
      case SUSPEND -> {
        if (decision.until() == null || decision.until().isBefore(today)) {
          throw new DomainException("expert.decision.until", "until");
        }
        yield e.suspend(by, now, decision.until(), required(reason));
      }
      case REINSTATE -> e.reinstate(by, now, reason);
      case REVIEW -> e.reviewed(by, now, today, rules, reason);
      case EXIT -> e.exit(by, now, required(reason));
    };
    Expert stored = experts.store(e.region(), next);
    audit.record(caller.tenant(), now, by, "expert." + decision.kind().name(), e.id(), reason.isEmpty() ? null : reason,
        e.state().name(), stored.state().name());
    return detail(stored);
  }

  @Override
  public DisqualificationView requestDisqualification(Caller caller, String expertId, DisqualificationInput input) {
    Expert e = load(caller, expertId);
    Instant now = clock.instant();
    List<Violation> faults = new ArrayList<>();
    String caseNumber = checked(input.caseNumber(), "caseNumber", 60, faults);
    String facts = checked(input.facts(), "facts", 1000, faults);
    String legalBasis = checked(input.legalBasis(), "legalBasis", 200, faults);
    String addressee = checked(input.addressee(), "addressee", 100, faults);
    if (!faults.isEmpty()) {
      throw new IntakeValidationException(faults);
    }
    Disqualification request = Disqualification.sent(disqualifications.nextId(), caller.tenant(), e.id(), caseNumber,
        facts, legalBasis, addressee, caller.login().value(), now);
    Disqualification stored = disqualifications.store(caller.tenant(), request);
    audit.record(caller.tenant(), now, caller.login().value(), "expert.DISQUALIFICATION_REQUEST", e.id(),
        stored.caseNumber(), null, stored.addressee());
    return view(stored, e);
  }

  @Override
  public DisqualificationView answerDisqualification(Caller caller, String requestId, long version, boolean cancelled,
      String note) {
    manager(caller);
    Disqualification request = disqualifications.find(caller.tenant(), requestId == null ? "" : requestId)
        .orElseThrow(() -> new NotFoundException("disqualificationId"));
    if (request.version() != version) {
      throw new ConcurrentChangeException("disqualification");
    }
    Instant now = clock.instant();
    String by = caller.login().value();
    Disqualification stored = disqualifications.store(caller.tenant(), request.answered(cancelled,
        text(note, "note", 500), by, now));
    Expert e = load(caller, request.expertId());
    if (cancelled && e.state() != ExpertState.EXITED) {
      e = experts.store(e.region(), e.exit(by, now, "评标专家资格已被取消（" + request.addressee() + "）"));
    }
    audit.record(caller.tenant(), now, by, "expert.DISQUALIFICATION_ANSWER", request.expertId(), stored.answerNote(),
        Disqualification.State.SENT.name(), stored.state().name());
    return view(stored, e);
  }

  @Override
  public List<DisqualificationView> disqualifications(Caller caller, int offset, int limit) {
    RegionCode region = manager(caller);
    return disqualifications.list(caller.tenant(), Math.max(0, offset), Math.min(Math.max(1, limit), 100)).stream()
        .map(d -> view(d, experts.find(region, d.expertId()).orElse(null))).toList();
  }

  @Override
  public List<DisqualificationView> disqualificationsOf(Caller caller, String expertId) {
    Expert e = load(caller, expertId);
    return disqualifications.ofExpert(caller.tenant(), e.id()).stream().map(d -> view(d, e)).toList();
  }

  @Override
  public byte[] disqualificationLetter(Caller caller, String requestId) {
    manager(caller);
    Disqualification d = disqualifications.find(caller.tenant(), requestId == null ? "" : requestId)
        .orElseThrow(() -> new NotFoundException("disqualificationId"));
    Expert e = load(caller, d.expertId());
    audit.record(caller.tenant(), clock.instant(), caller.login().value(), "expert.READ_IDENTITY", e.id(),
        "disqualification letter " + d.id());
    String office = directory.department(caller.tenant()).map(x -> x.nameZh()).orElse("");
    return letters.disqualification(new ExpertLetters.DisqualificationLetter(d.id(), d.addressee(), e.profile().name(),
        e.profile().residentId(), e.profile().employer(), d.caseNumber(), d.facts(), d.legalBasis(), office,
        d.sentAt().atZone(clock.getZone()).toLocalDate()));
  }

  private static DisqualificationView view(Disqualification d, Expert e) {
    return new DisqualificationView(d.id(), d.expertId(), e == null ? "" : e.profile().name(), d.caseNumber(),
        d.facts(), d.legalBasis(), d.addressee(), d.state(), d.sentBy(), d.sentAt(), d.answerNote(), d.answeredAt(),
        d.version());
  }

  private static String checked(String value, String field, int max, List<Violation> faults) {
    String s = value == null ? "" : value.strip();
    if (s.isEmpty() || s.length() > max) {
      faults.add(new Violation("expert.disqualification." + field, field));
    }
    return s;
  }

  private static String text(String value, String field, int max) {
    String s = value == null ? "" : value.strip();
    if (s.isEmpty() || s.length() > max) {
      throw new DomainException("expert.disqualification." + field, field);
    }
    return s;
  }

  @Override
  public ExpertScore score(Caller caller, String id) {
    Expert e = load(caller, id);
    return ExpertScore.of(draws.ratingsOf(scopes.open(caller, "expert score " + e.id()), e.id()), clock.instant());
  }

  private static String required(String reason) {
    if (reason.isEmpty()) {
      throw new DomainException("expert.decision.reasonRequired", "reason");
    }
    return reason;
  }

  private Expert load(Caller caller, String id) {
    return experts.find(manager(caller), id == null ? "" : id).orElseThrow(() -> new NotFoundException("expertId"));
  }

  private RegionCode manager(Caller caller) {
    if (!mayManage(caller)) {
      throw new AccessDeniedException("expertPool");
    }
    return caller.tenant().region();
  }

  private Region region(String code) {
    try {
      return directory.region(RegionCode.of(code == null ? "" : code.strip()))
          .orElseThrow(() -> new DomainException("expert.region.unknown", "region"));
    } catch (IllegalArgumentException e) {
      throw new DomainException("expert.region.unknown", "region");
    }
  }

  static ExpertSummary summary(Expert e) {
    ExpertProfile p = e.profile();
    return new ExpertSummary(e.id(), p.name(), p.maskedResidentId(), p.employer(), p.title(), p.specialties(),
        e.state(), e.appliedAt(), e.reviewDue(), e.suspendedUntil(), p.shareConsent(), e.version());
  }

  private static ExpertDetail detail(Expert e) {
    ExpertProfile p = e.profile();
    return new ExpertDetail(summary(e), p.maskedPhone(), p.birthDate(), p.certificates().stream()
        .map(c -> new CertificateView(c.name(), c.number(), c.validUntil())).toList(), p.conflicts(), e.decidedBy(),
        e.decidedAt(), e.note(), e.penalties());
  }
}
