package cn.ggzy.server.infrastructure.persistence.mongo.expert;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.gt;
import static com.mongodb.client.model.Filters.gte;
import static com.mongodb.client.model.Filters.lt;
import static com.mongodb.client.model.Filters.or;

import cn.ggzy.server.domain.model.ConcurrentChangeException;
import cn.ggzy.server.domain.model.NotFoundException;
import cn.ggzy.server.domain.model.expert.Assignment;
import cn.ggzy.server.domain.model.expert.AssignmentStatus;
import cn.ggzy.server.domain.model.expert.DrawRequest;
import cn.ggzy.server.domain.model.expert.DrawRound;
import cn.ggzy.server.domain.model.expert.DrawState;
import cn.ggzy.server.domain.model.expert.ExpertDraw;
import cn.ggzy.server.domain.model.expert.ExpertDrawRepository;
import cn.ggzy.server.domain.model.expert.ExpertRecusal.Recused;
import cn.ggzy.server.domain.model.expert.ExpertRecusal.Service;
import cn.ggzy.server.domain.model.expert.ExpertScore;
import cn.ggzy.server.domain.model.expert.Rating;
import cn.ggzy.server.domain.model.expert.SpecialtyQuota;
import cn.ggzy.server.infrastructure.persistence.mongo.BsonFields;
import cn.ggzy.tenants.OfficeScope;
import cn.ggzy.tenants.RegionCode;
import cn.ggzy.tenants.TenantId;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Sorts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * Expert draws, collection {@code expert_draws}, owned by the requesting department. Besides the
 * draw itself each document keeps what the background job and the reply links look up: the
 * invitation tokens' hashes, the earliest open reply time and the number of answers to replace.
 */
@ApplicationScoped
public class MongoExpertDrawRepository implements ExpertDrawRepository {
  public static final String COLLECTION = "expert_draws";
  /** Lists leave out the rounds' documents (a round's document holds every eligible expert). */
  private static final Bson LISTED = new Document("rounds.document", 0);
  private static final Bson NEWEST = Sorts.orderBy(Sorts.descending("createdAt"), Sorts.ascending("_id"));

  private MongoDatabase database;

  protected MongoExpertDrawRepository() {}

  @Inject
  public MongoExpertDrawRepository(MongoDatabase database) {
    this.database = database;
  }

  private MongoCollection<Document> draws() {
    return database.getCollection(COLLECTION);
  }

  @Override
  public String nextId() {
    return "XD-" + UUID.randomUUID().toString().replace("-", "").substring(0, 20).toUpperCase();
  }

  @Override
  public Optional<ExpertDraw> find(TenantId tenant, String id) {
    return first(new Document("_id", id).append("tenantId", tenant.value()));
  }

  @Override
  public ExpertDraw store(TenantId tenant, ExpertDraw draw) {
    if (!draw.tenant().equals(tenant)) {
      throw new NotFoundException("expertDrawId");
    }
    BsonFields.storeVersioned(draws(), document(draw, draw.version() + 1), "tenantId", draw.version(),
        () -> new ConcurrentChangeException("expertDraw"), "expertDraw");
    return draw.withVersion(draw.version() + 1);
  }

  @Override
  public List<ExpertDraw> list(TenantId tenant, int offset, int limit) {
    return draws().find(eq("tenantId", tenant.value())).projection(LISTED).sort(NEWEST).skip(offset).limit(limit)
        .map(this::draw).into(new ArrayList<>());
  }

  @Override
  public long count(TenantId tenant) {
    return draws().countDocuments(eq("tenantId", tenant.value()));
  }

  @Override
  public Optional<ExpertDraw> find(OfficeScope scope, String id) {
    return first(new Document("_id", id).append("region", scope.region().value()));
  }

  @Override
  public List<ExpertDraw> list(OfficeScope scope, int offset, int limit) {
    return draws().find(eq("region", scope.region().value())).projection(LISTED).sort(NEWEST).skip(offset)
        .limit(limit).map(this::draw).into(new ArrayList<>());
  }

  @Override
  public List<Service> servedSince(OfficeScope scope, Instant since) {
    List<Service> services = new ArrayList<>();
    draws().find(and(eq("region", scope.region().value()), gte("evaluationStart", BsonFields.date(since)),
            eq("state", DrawState.DRAWN.name())))
        .projection(new Document("request.tenderer", 1).append("evaluationStart", 1).append("assignments.expertId", 1)
            .append("assignments.status", 1))
        .forEach(d -> {
          String tenderer = d.get("request", Document.class).getString("tenderer");
          Instant start = BsonFields.instant(d, "evaluationStart");
          for (Document a : BsonFields.documents(d, "assignments")) {
            if (AssignmentStatus.valueOf(a.getString("status")).onPanel()) {
              services.add(new Service(a.getString("expertId"), tenderer, start));
            }
          }
        });
    return services;
  }

  @Override
  public List<ExpertScore.Rated> ratingsOf(OfficeScope scope, String expertId) {
    List<ExpertScore.Rated> rated = new ArrayList<>();
    draws().find(and(eq("region", scope.region().value()), eq("ratings.expertId", expertId)))
        .projection(new Document("request.sectionName", 1).append("ratings", 1))
        .forEach(d -> {
          String section = d.get("request", Document.class).getString("sectionName");
          for (Document r : BsonFields.documents(d, "ratings")) {
            if (expertId.equals(r.getString("expertId"))) {
              rated.add(new ExpertScore.Rated(d.getString("_id"), section, rating(r)));
            }
          }
        });
    return rated;
  }

  private static Rating rating(Document r) {
    return new Rating(r.getString("expertId"), (int) BsonFields.number(r, "punctuality"),
        (int) BsonFields.number(r, "independence"), (int) BsonFields.number(r, "judgement"),
        (int) BsonFields.number(r, "discipline"), r.getString("note"), r.getString("ratedBy"),
        BsonFields.instant(r, "ratedAt"), r.getString("creditRecord"));
  }

  @Override
  public List<ExpertDraw> invitingExpert(RegionCode region, String expertId) {
    return draws().find(and(eq("region", region.value()), eq("assignments.expertId", expertId)))
        .projection(LISTED).sort(Sorts.descending("evaluationStart")).limit(200).map(this::draw)
        .into(new ArrayList<>());
  }

  @Override
  public Optional<ExpertDraw> byPublicId(String id) {
    return first(new Document("_id", id));
  }

  @Override
  public Optional<ExpertDraw> byInvitation(String tokenHash) {
    return first(eq("tokens", tokenHash));
  }

  @Override
  public List<ExpertDraw> awaitingReplacement(Instant now, int limit) {
    return draws().find(and(eq("state", DrawState.DRAWN.name()), gt("evaluationStart", BsonFields.date(now)),
            or(lt("nextReplyBy", BsonFields.date(now)), gt("toReplace", 0))))
        .limit(limit).map(this::draw).into(new ArrayList<>());
  }

  private Optional<ExpertDraw> first(Bson filter) {
    return Optional.ofNullable(draws().find(filter).first()).map(this::draw);
  }

  private static Document document(ExpertDraw d, long version) {
    DrawRequest r = d.request();
    Document request = new Document("projectName", r.projectName()).append("sectionCode", r.sectionCode())
        .append("sectionName", r.sectionName()).append("tenderer", r.tenderer()).append("agency", r.agency())
        .append("bidders", r.bidders())
        .append("quotas", r.quotas().stream().map(q -> new Document("specialty", q.specialty())
            .append("count", q.count())).toList())
        .append("tendererRepresentatives", r.tendererRepresentatives())
        .append("evaluationStart", BsonFields.date(r.evaluationStart())).append("place", r.place())
        .append("remote", r.remote()).append("recentMonths", r.recentMonths());
    List<Document> rounds = d.rounds().stream().map(x -> new Document("number", x.number())
        .append("reason", x.reason()).append("document", x.document()).append("candidates", x.candidates())
        .append("commitment", x.commitment())
        .append("seedHash", x.seedHash()).append("seed", x.seed())
        .append("committedAt", BsonFields.date(x.committedAt())).append("witnessName", x.witnessName())
        .append("witnessValue", x.witnessValue()).append("drawnAt", BsonFields.date(x.drawnAt()))
        .append("drawnBy", x.drawnBy()).append("result", x.result())).toList();
    List<Document> assignments = d.assignments().stream().map(a -> new Document("expertId", a.expertId())
        .append("specialty", a.specialty()).append("round", a.round()).append("status", a.status().name())
        .append("invitedAt", BsonFields.date(a.invitedAt())).append("replyBy", BsonFields.date(a.replyBy()))
        .append("answeredAt", BsonFields.date(a.answeredAt())).append("reason", a.reason())
        .append("tokenHash", a.tokenHash()).append("replaced", a.replaced())).toList();
    Instant nextReplyBy = d.assignments().stream().filter(a -> a.status() == AssignmentStatus.INVITED)
        .map(Assignment::replyBy).min(Comparator.naturalOrder()).orElse(null);
    return new Document("_id", d.id()).append("tenantId", d.tenant().value())
        .append("region", d.tenant().region().value()).append("state", d.state().name()).append("request", request)
        .append("evaluationStart", BsonFields.date(r.evaluationStart())).append("rounds", rounds)
        .append("assignments", assignments)
        .append("recused", d.recused().stream().map(x -> new Document("expertId", x.expertId())
            .append("reason", x.reason())).toList())
        .append("ratings", d.ratings().stream().map(x -> new Document("expertId", x.expertId())
            .append("punctuality", x.punctuality()).append("independence", x.independence())
            .append("judgement", x.judgement()).append("discipline", x.discipline()).append("note", x.note())
            .append("ratedBy", x.ratedBy()).append("ratedAt", BsonFields.date(x.ratedAt()))
            .append("creditRecord", x.creditRecord())).toList())
        .append("tokens", d.assignments().stream().map(Assignment::tokenHash).toList())
        .append("nextReplyBy", BsonFields.date(nextReplyBy)).append("toReplace", d.toReplace().size())
        .append("createdBy", d.createdBy()).append("createdAt", BsonFields.date(d.createdAt()))
        .append("version", version);
  }

  private ExpertDraw draw(Document d) {
    Document r = d.get("request", Document.class);
    DrawRequest request = new DrawRequest(r.getString("projectName"), r.getString("sectionCode"),
        r.getString("sectionName"), r.getString("tenderer"), r.getString("agency"), BsonFields.strings(r, "bidders"),
        BsonFields.documents(r, "quotas").stream().map(q -> new SpecialtyQuota(q.getString("specialty"),
            (int) BsonFields.number(q, "count"))).toList(),
        (int) BsonFields.number(r, "tendererRepresentatives"), BsonFields.instant(r, "evaluationStart"),
        r.getString("place"), Boolean.TRUE.equals(r.getBoolean("remote")), (int) BsonFields.number(r, "recentMonths"));
    List<DrawRound> rounds = BsonFields.documents(d, "rounds").stream().map(x -> new DrawRound(
        (int) BsonFields.number(x, "number"), x.getString("reason"), x.getString("document"),
        (int) BsonFields.number(x, "candidates"), x.getString("commitment"), x.getString("seedHash"), x.getString("seed"), BsonFields.instant(x, "committedAt"),
        x.getString("witnessName"), x.getString("witnessValue"), BsonFields.instant(x, "drawnAt"),
        x.getString("drawnBy"), x.getString("result"))).toList();
    List<Assignment> assignments = BsonFields.documents(d, "assignments").stream().map(a -> new Assignment(
        a.getString("expertId"), a.getString("specialty"), (int) BsonFields.number(a, "round"),
        AssignmentStatus.valueOf(a.getString("status")), BsonFields.instant(a, "invitedAt"),
        BsonFields.instant(a, "replyBy"), BsonFields.instant(a, "answeredAt"), a.getString("reason"),
        a.getString("tokenHash"), Boolean.TRUE.equals(a.getBoolean("replaced")))).toList();
    List<Recused> recused = BsonFields.documents(d, "recused").stream().map(x -> new Recused(
        x.getString("expertId"), x.getString("reason"))).toList();
    List<Rating> ratings = BsonFields.documents(d, "ratings").stream().map(MongoExpertDrawRepository::rating)
        .toList();
    return new ExpertDraw(d.getString("_id"), TenantId.of(d.getString("tenantId")), request,
        DrawState.valueOf(d.getString("state")), rounds, assignments, recused, ratings, d.getString("createdBy"),
        BsonFields.instant(d, "createdAt"), BsonFields.number(d, "version"));
  }
}
