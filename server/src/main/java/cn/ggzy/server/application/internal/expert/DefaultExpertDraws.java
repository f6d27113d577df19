package cn.ggzy.server.application.internal.expert;

import cn.ggzy.server.application.Caller;
import cn.ggzy.server.application.CreditRecords;
import cn.ggzy.server.application.CreditRecords.NewRecord;
import cn.ggzy.server.application.CreditViews.RecordView;
import cn.ggzy.server.application.ExpertDraws;
import cn.ggzy.server.application.OfficeScopes;
import cn.ggzy.server.application.Permission;
import cn.ggzy.server.application.TenantDirectory;
import cn.ggzy.server.domain.model.AccessDeniedException;
import cn.ggzy.server.domain.model.ConcurrentChangeException;
import cn.ggzy.server.domain.model.DomainException;
import cn.ggzy.server.domain.model.NotFoundException;
import cn.ggzy.server.domain.model.StateConflictException;
import cn.ggzy.server.domain.model.audit.AuditLog;
import cn.ggzy.server.domain.model.credit.BlacklistEntry;
import cn.ggzy.server.domain.model.credit.BlacklistRepository;
import cn.ggzy.server.domain.model.credit.PublicQuery;
import cn.ggzy.server.domain.model.credit.RecordKind;
import cn.ggzy.server.domain.model.credit.ResidentId;
import cn.ggzy.server.domain.model.credit.SubjectKind;
import cn.ggzy.server.domain.model.draw.Hashes;
import cn.ggzy.server.domain.model.draw.PublishedDraw;
import cn.ggzy.server.domain.model.expert.Assignment;
import cn.ggzy.server.domain.model.expert.AssignmentStatus;
import cn.ggzy.server.domain.model.expert.DrawRequest;
import cn.ggzy.server.domain.model.expert.DrawRound;
import cn.ggzy.server.domain.model.expert.DrawState;
import cn.ggzy.server.domain.model.expert.Expert;
import cn.ggzy.server.domain.model.expert.ExpertDraw;
import cn.ggzy.server.domain.model.expert.ExpertDrawDocument;
import cn.ggzy.server.domain.model.expert.ExpertDrawDocument.Candidate;
import cn.ggzy.server.domain.model.expert.ExpertDrawRepository;
import cn.ggzy.server.domain.model.expert.ExpertDrawResult;
import cn.ggzy.server.domain.model.expert.ExpertDrawVerification;
import cn.ggzy.server.domain.model.expert.ExpertMessenger;
import cn.ggzy.server.domain.model.expert.ExpertPanelDraw;
import cn.ggzy.server.domain.model.expert.ExpertRecusal;
import cn.ggzy.server.domain.model.expert.ExpertRecusal.Outcome;
import cn.ggzy.server.domain.model.expert.ExpertRecusal.Service;
import cn.ggzy.server.domain.model.expert.ExpertRepository;
import cn.ggzy.server.domain.model.expert.ExpertRules;
import cn.ggzy.server.domain.model.expert.Rating;
import cn.ggzy.server.domain.model.expert.Specialties;
import cn.ggzy.server.domain.model.expert.SpecialtyQuota;
import cn.ggzy.tenants.OfficeScope;
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
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

@ApplicationScoped
public class DefaultExpertDraws implements ExpertDraws {
  private static final Logger LOG = Logger.getLogger(DefaultExpertDraws.class.getName());
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final int MAX_TEXT = 200;
  /** The conduct of evaluation committee members (应当回避而不回避、擅离职守、不按评标标准评标、私下接触投标人…). */
  private static final String LEGAL_BASIS = "《中华人民共和国招标投标法实施条例》第七十一条";

  private ExpertDrawRepository draws;
  private ExpertRepository experts;
  private TenantDirectory directory;
  private OfficeScopes scopes;
  private AuditLog audit;
  private ExpertMessenger messenger;
  private BlacklistRepository blacklist;
  private CreditRecords credit;
  private Clock clock;
  private String publicUrl;
  private final Specialties list = Specialties.standard();
  private final ExpertRules rules = ExpertRules.DEFAULT;

  protected DefaultExpertDraws() {}

  @Inject
  public DefaultExpertDraws(ExpertDrawRepository draws, ExpertRepository experts, TenantDirectory directory,
      OfficeScopes scopes, AuditLog audit, ExpertMessenger messenger, BlacklistRepository blacklist, CreditRecords credit, Clock clock,
      @ConfigProperty(name = "platform.public-url", defaultValue = "http://localhost:9080/") String publicUrl) {
    this.draws = draws;
    this.experts = experts;
    this.directory = directory;
    this.scopes = scopes;
    this.audit = audit;
    this.messenger = messenger;
    this.blacklist = blacklist;
    this.credit = credit;
    this.clock = clock;
    this.publicUrl = publicUrl.endsWith("/") ? publicUrl : publicUrl + "/";
  }

  @Override
  public boolean mayDraw(Caller caller) {
    return caller.may(Permission.DRAW_EXPERTS) && directory.department(caller.tenant()).isPresent();
  }

  @Override
  public ExpertDrawView request(Caller caller, DrawRequest request) {
    requireDrawer(caller);
    Instant now = clock.instant();
    request.validate(list, now);
    RegionCode region = caller.tenant().region();
    String id = draws.nextId();
    Outcome outcome = screen(region, request, Set.of());
    ExpertDrawDocument document = document(id, 1, region, request, request.quotas(), outcome.eligible(), List.of());
    ExpertPanelDraw.check(document);
    ExpertDraw draw = ExpertDraw.committed(id, caller.tenant(), request, round(1, DrawRound.INITIAL, document, now),
        outcome.recused(), caller.login().value(), now);
    ExpertDraw stored = draws.store(caller.tenant(), draw);
    audit.record(caller.tenant(), now, caller.login().value(), "expert.draw.REQUEST", id, null, null,
        "commitment " + stored.round(1).commitment());
    return view(stored, now);
  }

  @Override
  public ExpertDrawView draw(Caller caller, String id, long version, String witnessName, String witnessValue) {
    requireDrawer(caller);
    ExpertDraw draw = own(caller, id);
    if (draw.version() != version) {
      throw new ConcurrentChangeException("expertDraw");
    }
    String witness = text(witnessName, "witnessName");
    String value = text(witnessValue, "witnessValue");
    Instant now = clock.instant();
    if (!draw.sealed(now)) {
      throw new StateConflictException("expert.draw.started", "evaluationStart");
    }
    DrawRound first = draw.round(1);
    ExpertDrawResult result = ExpertPanelDraw.run(ExpertDrawDocument.parse(first.document()),
        HexFormat.of().parseHex(first.seed()), value);
    List<Invite> invites = invitations(draw, result, 1, now);
    ExpertDraw stored = draws.store(caller.tenant(), draw.drawn(witness, value, now, caller.login().value(), result,
        invites.stream().map(Invite::assignment).toList()));
    audit.record(caller.tenant(), now, caller.login().value(), "expert.draw.DRAW", id, null, null,
        "round 1: " + result.members().size() + " invited");
    send(stored, invites);
    return view(stored, now);
  }

  @Override
  public ExpertDrawView find(Caller caller, String id) {
    return view(readable(caller, id), clock.instant());
  }

  @Override
  public List<ExpertDrawView> list(Caller caller, int offset, int limit) {
    requireDrawer(caller);
    Instant now = clock.instant();
    int from = Math.max(0, offset);
    int size = Math.min(Math.max(1, limit), 100);
    List<ExpertDraw> found = officeWide(caller)
        ? draws.list(scopes.open(caller, "expert draws"), from, size)
        : draws.list(caller.tenant(), from, size);
    return found.stream().map(d -> view(d, now)).toList();
  }

  @Override
  public List<PanelMember> unseal(Caller caller, String id) {
    ExpertDraw draw = readable(caller, id);
    Instant now = clock.instant();
    if (draw.state() != DrawState.DRAWN) {
      throw new StateConflictException("expert.draw.state", "state");
    }
    if (draw.sealed(now)) {
      throw new StateConflictException("expert.draw.sealed", "evaluationStart");
    }
    audit.record(caller.tenant(), now, caller.login().value(), "expert.draw.UNSEAL", id, null);
    List<PanelMember> members = new ArrayList<>();
    for (Assignment a : draw.assignments()) {
      Optional<Expert> e = expert(a.expertId());
      Optional<Rating> rating = draw.ratings().stream().filter(r -> r.expertId().equals(a.expertId())).findFirst();
      members.add(new PanelMember(a.expertId(), e.map(x -> x.profile().name()).orElse(""),
          e.map(x -> x.profile().employer()).orElse(""), e.map(x -> x.profile().title()).orElse(""), a.specialty(),
          a.round(), a.status(), a.answeredAt(), e.map(x -> x.profile().maskedPhone()).orElse(""),
          rating.map(Rating::points).orElse(null), rating.map(Rating::negative).orElse(false),
          rating.map(Rating::creditRecord).orElse(null)));
    }
    return members;
  }

  @Override
  public ExpertDrawView cancel(Caller caller, String id, long version, String reason) {
    requireDrawer(caller);
    ExpertDraw draw = own(caller, id);
    if (draw.version() != version) {
      throw new ConcurrentChangeException("expertDraw");
    }
    String why = text(reason, "reason");
    Instant now = clock.instant();
    ExpertDraw stored = draws.store(caller.tenant(), draw.cancelled());
    audit.record(caller.tenant(), now, caller.login().value(), "expert.draw.CANCEL", id, why, draw.state().name(),
        DrawState.CANCELLED.name());
    return view(stored, now);
  }

  @Override
  public ExpertDrawView rate(Caller caller, String id, RatingInput input) {
    ExpertDraw draw = readable(caller, id);
    Instant now = clock.instant();
    Rating rating = new Rating(input.expertId(), input.punctuality(), input.independence(), input.judgement(),
        input.discipline(), input.note(), caller.login().value(), now);
    ExpertDraw stored = draws.store(draw.tenant(), draw.rated(rating, now));
    audit.record(caller.tenant(), now, caller.login().value(), "expert.RATE", rating.expertId(), null, null,
        "draw " + id + ": " + rating.points() + (rating.negative() ? " negative" : ""));
    return view(stored, now);
  }

  @Override
  public RecordView creditRecord(Caller caller, String id, String expertId) {
    ExpertDraw draw = readable(caller, id);
    Rating rating = draw.ratings().stream().filter(r -> r.expertId().equals(expertId)).findFirst()
        .orElseThrow(() -> new NotFoundException("expert.rating.notFound", "expertId"));
    if (!rating.negative()) {
      throw new DomainException("expert.rating.notNegative", "expertId");
    }
    if (rating.creditRecord() != null) {
      throw new StateConflictException("expert.rating.inCredit", "expertId");
    }
    Expert expert = expert(expertId).orElseThrow(() -> new NotFoundException("expertId"));
    String summary = "一标一评（" + draw.request().sectionName() + "）：" + rating.note();
    RecordView record = credit.enter(caller, new NewRecord(SubjectKind.EXPERT, expert.profile().name(), null,
        expert.profile().residentId(), RecordKind.POOR_PERFORMANCE, summary.length() > 500 ? summary.substring(0, 500)
            : summary, LEGAL_BASIS, "expert draw " + draw.id(), rating.ratedAt().atZone(clock.getZone()).toLocalDate()));
    draws.store(draw.tenant(), draw.ratingInCredit(expertId, record.id()));
    return record;
  }

  @Override
  public PublicDraw published(String id) {
    ExpertDraw draw = draws.byPublicId(id == null ? "" : id.strip())
        .orElseThrow(() -> new NotFoundException("expert.draw.notFound", "id"));
    Instant now = clock.instant();
    boolean sealed = draw.sealed(now);
    List<PublishedRound> rounds = new ArrayList<>();
    for (DrawRound r : draw.rounds()) {
      if (sealed || !r.drawn()) {
        rounds.add(new PublishedRound(r.number(), r.reason(), r.commitment(), r.seedHash(), r.committedAt(), null,
            null, null, null, null));
      } else {
        rounds.add(new PublishedRound(r.number(), r.reason(), r.commitment(), r.seedHash(), r.committedAt(),
            r.document(), r.seed(), r.witnessValue(), r.result(), ExpertDrawVerification.verify(
                new PublishedDraw(r.document(), r.commitment(), r.seed(), r.seedHash(),
                    r.witnessValue(), r.result()))));
      }
    }
    return new PublicDraw(draw.id(), draw.tenant().region().value(), draw.request().sectionCode(),
        draw.request().sectionName(), draw.request().evaluationStart(), sealed, rounds);
  }

  @Override
  public Invitation invitation(String token) {
    ExpertDraw draw = byToken(token);
    return invitationView(draw, draw.invitation(hash(token)).orElseThrow());
  }

  @Override
  public Invitation reply(String token, boolean accept, String reason) {
    ExpertDraw draw = byToken(token);
    String why = reason == null ? null : reason.strip();
    if (!accept && (why == null || why.isEmpty() || why.length() > MAX_TEXT)) {
      throw new DomainException("expert.reply.reason", "reason");
    }
    Instant now = clock.instant();
    ExpertDraw answered = draws.store(draw.tenant(), draw.answer(hash(token), accept, accept ? null : why, now));
    Assignment a = answered.invitation(hash(token)).orElseThrow();
    audit.record(draw.tenant(), now, "expert:" + a.expertId(), accept ? "expert.invitation.ACCEPT"
        : "expert.invitation.DECLINE", draw.id(), why);
    if (!accept) {
      answered = replace(answered, now).orElse(answered);
    }
    return invitationView(answered, answered.invitation(hash(token)).orElseThrow());
  }

  @Override
  public int replaceUnanswered() {
    Instant now = clock.instant();
    int replaced = 0;
    for (ExpertDraw draw : draws.awaitingReplacement(now, 50)) {
      try {
        ExpertDraw expired = draw.expired(now);
        int before = expired.toReplace().size();
        Optional<ExpertDraw> done = replace(expired, now);
        if (done.isPresent()) {
          replaced += before;
        } else if (!expired.equals(draw)) {
          draws.store(draw.tenant(), expired);
        }
      } catch (ConcurrentChangeException e) {
        // changed meanwhile (an answer came in): the next round sees it
      }
    }
    return replaced;
  }

  /**
   * Draws replacements for those who declined or did not answer, while the evaluation has not
   * started; stores the draw and sends the invitations. Empty when nothing was drawn (nobody to
   * replace, too late, or too few experts left: then tried again on the next round).
   */
  private Optional<ExpertDraw> replace(ExpertDraw draw, Instant now) {
    List<Assignment> gone = draw.toReplace();
    if (gone.isEmpty() || !draw.sealed(now)) {
      return Optional.empty();
    }
    Map<String, Integer> counts = new LinkedHashMap<>();
    gone.forEach(a -> counts.merge(a.specialty(), 1, Integer::sum));
    List<SpecialtyQuota> quotas = counts.entrySet().stream().map(e -> new SpecialtyQuota(e.getKey(), e.getValue()))
        .toList();
    RegionCode region = draw.tenant().region();
    Outcome outcome = screen(region, draw.request(), draw.invited());
    List<String> panelGroups = draw.panel().stream().map(a -> expert(a.expertId()))
        .flatMap(Optional::stream).map(e -> ExpertDrawDocument.group(draw.id(), e.profile().employer())).toList();
    int number = draw.rounds().size() + 1;
    ExpertDrawDocument document = document(draw.id(), number, region, draw.request(), quotas, outcome.eligible(),
        panelGroups);
    if (ExpertPanelDraw.shortfall(document).isPresent()) {
      LOG.info(() -> "expert draw " + draw.id() + ": too few experts left to replace " + gone.size());
      return Optional.empty();
    }
    DrawRound committed = round(number, DrawRound.REPLACEMENT, document, now);
    String witnessValue = now.toString();
    ExpertDrawResult result = ExpertPanelDraw.run(document, HexFormat.of().parseHex(committed.seed()), witnessValue);
    DrawRound drawn = new DrawRound(number, DrawRound.REPLACEMENT, committed.document(), committed.candidates(),
        committed.commitment(),
        committed.seedHash(), committed.seed(), now, "platform", witnessValue, now, "platform",
        result.canonicalJson());
    List<Invite> invites = invitations(draw, result, number, now);
    ExpertDraw stored = draws.store(draw.tenant(), draw.replaced(gone, drawn, invites.stream()
        .map(Invite::assignment).toList(), outcome.recused()));
    audit.record(draw.tenant(), now, "system", "expert.draw.REPLACE", draw.id(), null, null,
        "round " + number + ": " + result.members().size() + " invited");
    send(stored, invites);
    return Optional.of(stored);
  }

  private record Invite(Assignment assignment, String token) {}

  private List<Invite> invitations(ExpertDraw draw, ExpertDrawResult result, int round, Instant now) {
    Instant replyBy = now.plus(Duration.ofMinutes(rules.replyMinutes()));
    if (replyBy.isAfter(draw.request().evaluationStart())) {
      replyBy = draw.request().evaluationStart();
    }
    List<Invite> all = new ArrayList<>();
    for (ExpertDrawResult.Member m : result.members()) {
      byte[] bytes = new byte[32];
      RANDOM.nextBytes(bytes);
      String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
      all.add(new Invite(new Assignment(m.expert(), m.specialty(), round, AssignmentStatus.INVITED, now, replyBy, null,
          null, hash(token), false), token));
    }
    return all;
  }

  /** Sends each invitation; a failed message leaves the invitation unanswered, so it is replaced in time. */
  private void send(ExpertDraw draw, List<Invite> invites) {
    for (Invite invite : invites) {
      Optional<Expert> e = expert(invite.assignment().expertId());
      if (e.isEmpty()) {
        continue;
      }
      try {
        messenger.invite(e.get().profile().phone(), e.get().profile().name(), draw.request().sectionName(),
            draw.request().evaluationStart(), invite.assignment().replyBy(), publicUrl + "experts/reply/" + invite.token());
      } catch (RuntimeException ex) {
        LOG.log(Level.WARNING, "invitation of draw " + draw.id() + " not sent; it will be replaced if unanswered",
            ex.getClass().getName());
      }
    }
  }

  private Outcome screen(RegionCode region, DrawRequest request, Set<String> alreadyInvited) {
    List<String> wanted = request.quotas().stream().map(SpecialtyQuota::specialty).toList();
    List<Expert> pool = new ArrayList<>(experts.pool(region, wanted));
    if (request.remote()) {
      pool.addAll(experts.shared(region, wanted));
    }
    Instant since = request.evaluationStart().atZone(clock.getZone()).minusMonths(request.recentMonths()).toInstant();
    List<Service> services = new ArrayList<>();
    if (request.recentMonths() > 0) {
      OfficeScope scope = scopes.forSystem(region, "expert recusal: recent service");
      services.addAll(draws.servedSince(scope, since));
    }
    return ExpertRecusal.screen(pool, region.value(), request, rules, services, alreadyInvited, blacklisted(region),
        clock.getZone());
  }

  /** The pool ids of the experts on the region's published black list today (the credit module decides). */
  private Set<String> blacklisted(RegionCode region) {
    Set<String> ids = new HashSet<>();
    LocalDate today = LocalDate.now(clock);
    for (int offset = 0; ; offset += PublicQuery.MAX_LIMIT) {
      List<BlacklistEntry> page = blacklist.published(new PublicQuery(region, today, null, SubjectKind.EXPERT, null,
          null, offset, PublicQuery.MAX_LIMIT));
      for (BlacklistEntry entry : page) {
        ResidentId person = entry.data().subject().residentId();
        if (person != null) {
          experts.byResidentId(region, person.value()).ifPresent(e -> ids.add(e.id()));
        }
      }
      if (page.size() < PublicQuery.MAX_LIMIT) {
        return ids;
      }
    }
  }

  private ExpertDrawDocument document(String id, int round, RegionCode region, DrawRequest request,
      List<SpecialtyQuota> quotas, List<Expert> eligible, List<String> excludedGroups) {
    List<String> wanted = quotas.stream().map(SpecialtyQuota::specialty).toList();
    List<Candidate> candidates = eligible.stream()
        .filter(e -> e.profile().specialties().stream().anyMatch(wanted::contains))
        .map(e -> new Candidate(e.id(), ExpertDrawDocument.group(id, e.profile().employer()),
            e.profile().specialties().stream().filter(wanted::contains).toList()))
        .toList();
    return new ExpertDrawDocument(id, round, region.value(), request.sectionCode(),
        LocalDate.now(clock).toString(), quotas, candidates, excludedGroups);
  }

  private static DrawRound round(int number, String reason, ExpertDrawDocument document, Instant now) {
    byte[] seed = new byte[32];
    RANDOM.nextBytes(seed);
    return new DrawRound(number, reason, document.canonicalJson(), document.candidates().size(), document.hash(),
        Hashes.sha256(seed),
        HexFormat.of().formatHex(seed), now, null, null, null, null, null);
  }

  private Optional<Expert> expert(String id) {
    int dash = id.indexOf("-E");
    if (dash < 1) {
      return Optional.empty();
    }
    try {
      return experts.find(RegionCode.of(id.substring(0, dash)), id);
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private ExpertDraw byToken(String token) {
    if (token == null || token.length() < 20 || token.length() > 100) {
      throw new NotFoundException("expert.reply.notFound", "token");
    }
    return draws.byInvitation(hash(token)).orElseThrow(() -> new NotFoundException("expert.reply.notFound", "token"));
  }

  private Invitation invitationView(ExpertDraw draw, Assignment a) {
    String name = expert(a.expertId()).map(e -> e.profile().name()).orElse("");
    return new Invitation(draw.id(), draw.request().sectionName(), draw.request().projectName(), a.specialty(),
        draw.request().evaluationStart(), draw.request().remote() ? null : draw.request().place(),
        draw.request().remote(), a.status(), a.replyBy(), name);
  }

  private ExpertDraw own(Caller caller, String id) {
    return draws.find(caller.tenant(), id == null ? "" : id).orElseThrow(() -> new NotFoundException("expertDrawId"));
  }

  private ExpertDraw readable(Caller caller, String id) {
    requireDrawer(caller);
    String key = id == null ? "" : id;
    Optional<ExpertDraw> own = draws.find(caller.tenant(), key);
    if (own.isPresent()) {
      return own.get();
    }
    if (officeWide(caller)) {
      return draws.find(scopes.open(caller, "expert draw " + key), key)
          .orElseThrow(() -> new NotFoundException("expertDrawId"));
    }
    throw new NotFoundException("expertDrawId");
  }

  private boolean officeWide(Caller caller) {
    return caller.may(Permission.OFFICE_WORK) && directory.department(caller.tenant()).map(d -> d.isOffice())
        .orElse(false);
  }

  private void requireDrawer(Caller caller) {
    if (!mayDraw(caller)) {
      throw new AccessDeniedException("expertDraws");
    }
  }

  private static String text(String value, String field) {
    String s = value == null ? "" : value.strip();
    if (s.isEmpty() || s.length() > MAX_TEXT) {
      throw new DomainException("expert.draw.text", field);
    }
    return s;
  }

  static String hash(String token) {
    return Hashes.sha256(token);
  }

  private ExpertDrawView view(ExpertDraw d, Instant now) {
    DrawRequest r = d.request();
    List<RoundView> rounds = d.rounds().stream().map(x -> new RoundView(x.number(), x.reason(), x.commitment(),
        x.seedHash(), x.committedAt(), x.witnessName(), x.witnessValue(), x.drawnAt(),
        x.result() == null ? 0 : ExpertDrawResult.parse(x.result()).members().size())).toList();
    int eligible = d.round(1).candidates();
    return new ExpertDrawView(d.id(), d.tenant().value(), r.projectName(), r.sectionCode(), r.sectionName(), r.tenderer(),
        r.agency(), r.bidders(), r.quotas(), r.tendererRepresentatives(), r.evaluationStart(), r.place(), r.remote(),
        r.recentMonths(), d.state(), d.sealed(now), rounds, eligible, d.recused().size(), d.assignments().size(),
        count(d, AssignmentStatus.ACCEPTED), count(d, AssignmentStatus.DECLINED), count(d, AssignmentStatus.NO_ANSWER),
        d.createdBy(), d.createdAt(), d.version());
  }

  private static int count(ExpertDraw d, AssignmentStatus status) {
    return (int) d.assignments().stream().filter(a -> a.status() == status).count();
  }
}
