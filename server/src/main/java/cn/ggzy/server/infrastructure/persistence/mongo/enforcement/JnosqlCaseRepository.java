package cn.ggzy.server.infrastructure.persistence.mongo.enforcement;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.gt;
import static com.mongodb.client.model.Filters.gte;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Filters.lt;
import static com.mongodb.client.model.Filters.ne;
import static com.mongodb.client.model.Filters.or;
import static com.mongodb.client.model.Filters.regex;

import cn.ggzy.server.domain.model.ConcurrentChangeException;
import cn.ggzy.server.domain.model.NotFoundException;
import cn.ggzy.server.domain.model.enforcement.CaseId;
import cn.ggzy.server.domain.model.enforcement.CaseNumber;
import cn.ggzy.server.domain.model.enforcement.CaseRepository;
import cn.ggzy.server.domain.model.enforcement.CaseSource;
import cn.ggzy.server.domain.model.enforcement.CaseStatus;
import cn.ggzy.server.domain.model.enforcement.CaseSummary;
import cn.ggzy.server.domain.model.enforcement.EnforcementCase;
import cn.ggzy.server.domain.model.enforcement.InboxQuery;
import cn.ggzy.server.domain.model.enforcement.Phrase;
import cn.ggzy.server.infrastructure.persistence.mongo.BsonFields;
import cn.ggzy.server.infrastructure.persistence.mongo.MongoConnection;
import cn.ggzy.server.infrastructure.persistence.mongo.VersionedWrites;
import cn.ggzy.tenants.OfficeScope;
import cn.ggzy.tenants.RegionCode;
import cn.ggzy.tenants.TenantId;
import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.bson.types.ObjectId;
import org.eclipse.jnosql.databases.mongodb.mapping.MongoDBTemplate;

/**
 * The case register in MongoDB. Whole cases are mapped by JNoSQL; inbox pages are read with the
 * driver (filter, sort by due date, skip and limit in the database; only the summary fields), from
 * the open cases' inbox lines ({@link CaseInbox}) unless the filter asks for closed cases.
 */
@ApplicationScoped
public class JnosqlCaseRepository implements CaseRepository {
  static final String COLLECTION = "cases";
  private static final Bson SUMMARY = Projections.include("number", "tenantId", "title", "source", "status",
      "assignee", "assigneeName", "receivedAt", "dueSort", "clockPaused", "missingYear", "acceptedOnTime",
      "completedOnTime", "acceptedAt", "decidedAt", "titlePhrase", "lateFiling");

  private MongoDBTemplate template;
  private VersionedWrites writes;
  private MongoDatabase database;
  private CaseInbox inbox;
  private CaseOutboxMarks outboxMarks;
  private Clock clock;
  /** The last case number claimed per region and year (a start for the next claim, not the truth). */
  private final Map<String, Long> lastNumbers = new ConcurrentHashMap<>();

  protected JnosqlCaseRepository() {}

  @Inject
  public JnosqlCaseRepository(MongoDBTemplate template, VersionedWrites writes, MongoConnection mongo,
      Clock clock) {
    this.template = template;
    this.writes = writes;
    this.database = mongo.database();
    this.inbox = new CaseInbox(mongo);
    this.outboxMarks = new CaseOutboxMarks(mongo);
    this.clock = clock;
  }

  @Override
  public CaseId nextId() {
    return new CaseId(new ObjectId().toHexString());
  }

  /**
   * Claims the next number by inserting it under a unique key ({@code case_numbers._id}): two
   * registrations racing for the same number cannot both insert it, so the loser takes the next.
   * Claimed numbers are never deleted, hence never reused. (A findOneAndUpdate counter would be
   * just as safe on MongoDB, but the embedded server does not make it atomic.)
   */
  @Override
  public long nextSequence(RegionCode region, int year) {
    MongoCollection<Document> numbers = database.getCollection("case_numbers");
    String prefix = region.value() + "-" + year + "-";
    Long known = lastNumbers.get(prefix);
    if (known == null) {
      Bson ofYear = and(eq("region", region.value()), eq("year", year));
      Document last = numbers.find(ofYear).sort(Sorts.descending("seq")).limit(1).first();
      known = last == null ? 0 : ((Number) last.get("seq")).longValue();
    }
    // from the last number seen, by exact keys (no sorting): numbers claimed elsewhere are skipped
    for (long next = known + 1, attempt = 0; attempt < 100_000; next++, attempt++) {
      if (numbers.find(eq("_id", prefix + next)).first() != null) {
        continue;
      }
      try {
        numbers.insertOne(new Document("_id", prefix + next)
            .append("region", region.value()).append("year", year).append("seq", next));
        lastNumbers.merge(prefix, next, Math::max);
        return next;
      } catch (MongoWriteException e) {
        if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
          throw e;
        }
      }
    }
    throw new ConcurrentChangeException("caseNumber");
  }

  /** One document per claimed origin ({@code case_origins._id} = region:origin): the first insert wins. */
  @Override
  public CaseId claimOrigin(RegionCode region, String originReference, CaseId candidate) {
    MongoCollection<Document> origins = database.getCollection("case_origins");
    String key = region.value() + ":" + originReference;
    try {
      origins.insertOne(new Document("_id", key).append("region", region.value()).append("caseId", candidate.value()));
      return candidate;
    } catch (MongoWriteException e) {
      if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
        throw e;
      }
      Document claimed = origins.find(eq("_id", key)).first();
      return new CaseId(claimed.getString("caseId"));
    }
  }

  @Override
  public Optional<EnforcementCase> find(TenantId reader, CaseId id) {
    // by _id alone (an exact key the embedded server answers from its index), then the reader check
    return first(eq("_id", id.value())).filter(c -> c.readableBy(reader));
  }

  @Override
  public Optional<EnforcementCase> find(OfficeScope scope, CaseId id) {
    return first(eq("_id", id.value())).filter(c -> c.owner().region().equals(scope.region()));
  }

  private Optional<EnforcementCase> first(Bson filter) {
    return template.<CaseDocument>select(CaseDocument.class, filter).findFirst().map(CaseDocument::toCase);
  }

  /**
   * Writes the case, then its inbox line; a pending mark around both lets start-up repair a line
   * whose write was interrupted (see {@link CaseInbox}).
   */
  @Override
  public void store(TenantId tenant, EnforcementCase c) {
    if (c.version() == 0 && !c.owner().equals(tenant)) {
      throw new NotFoundException("caseId");
    }
    Object mark = inbox.marking(c.id().value());
    boolean written = false;
    try {
      written = write(tenant, c);
    } finally {
      inbox.written(mark, c.id().value());
    }
    if (!written) {
      if (first(and(eq("_id", c.id().value()), eq("tenantId", tenant.value()))).isPresent()) {
        throw new ConcurrentChangeException("case");
      }
      throw new NotFoundException("caseId");
    }
  }

  private boolean write(TenantId tenant, EnforcementCase c) {
    CaseDocument d = CaseDocument.of(c, c.version() + 1);
    // the waiting notifications are marked first: a crash after the case write cannot hide them
    outboxMarks.mark(d.tenantId, d.id, d.outbox, clock.millis());
    if (c.version() == 0) {
      template.insert(d);
      return true;
    }
    return writes.replace(d, VersionedWrites.guard(c.id().value(), tenant.value(), c.version()));
  }

  @Override
  public List<CaseSummary> inbox(InboxQuery query) {
    List<CaseSummary> page = new ArrayList<>();
    source(query).find(filter(query, true)).projection(SUMMARY)
        .sort(Sorts.ascending("dueSort", "receivedAt", "_id"))
        .skip(query.offset()).limit(query.limit())
        .forEach(d -> page.add(summary(d)));
    return page;
  }

  @Override
  public long count(InboxQuery query) {
    return source(query).countDocuments(filter(query, true));
  }

  /** Inboxes of open cases only (the default) read the open cases' lines, others the cases. */
  private MongoCollection<Document> source(InboxQuery query) {
    boolean openOnly = query.statuses().isEmpty() || query.statuses().stream().allMatch(CaseStatus::open);
    return openOnly ? inbox.lines() : collection();
  }

  @Override
  public List<CaseId> withUnknownDeadline(RegionCode region) {
    List<CaseId> ids = new ArrayList<>();
    collection().find(and(eq("region", region.value()), eq("open", true), ne("missingYear", null)))
        .projection(Projections.include("_id")).forEach(d -> ids.add(new CaseId(d.getString("_id"))));
    return ids;
  }

  @Override
  public Map<TenantId, Long> overdueByOwner(OfficeScope scope, Instant now) {
    Map<TenantId, Long> counts = new HashMap<>();
    inbox.lines().find(and(eq("region", scope.region().value()), eq("open", true), lt("dueSort", now.toEpochMilli())))
        .projection(Projections.include("tenantId"))
        .forEach(d -> counts.merge(TenantId.of(d.getString("tenantId")), 1L, Long::sum));
    return counts;
  }

  @Override
  public List<CaseId> idsAfter(OfficeScope scope, String afterId, int limit) {
    Bson region = eq("region", scope.region().value());
    List<CaseId> ids = new ArrayList<>();
    collection().find(afterId == null ? region : and(region, gt("_id", afterId)))
        .projection(Projections.include("_id")).sort(Sorts.ascending("_id")).limit(limit)
        .forEach(d -> ids.add(new CaseId(d.getString("_id"))));
    return ids;
  }

  @Override
  public List<CaseId> aboutProjects(OfficeScope scope, Collection<String> projectCodes, int limit) {
    List<CaseId> ids = new ArrayList<>();
    if (projectCodes.isEmpty()) {
      return ids;
    }
    collection().find(and(eq("region", scope.region().value()), in("projectCode", List.copyOf(projectCodes))))
        .projection(Projections.include("_id")).limit(limit).forEach(d -> ids.add(new CaseId(d.getString("_id"))));
    return ids;
  }

  @Override
  public List<CaseSummary> finishedBetween(InboxQuery scope, Instant from, Instant to) {
    Bson period = or(
        and(gte("acceptanceDecidedAt", from.toEpochMilli()), lt("acceptanceDecidedAt", to.toEpochMilli())),
        and(gte("decidedAt", from.toEpochMilli()), lt("decidedAt", to.toEpochMilli())));
    List<CaseSummary> found = new ArrayList<>();
    collection().find(and(filter(scope, false), period)).projection(SUMMARY).forEach(d -> found.add(summary(d)));
    return found;
  }

  private MongoCollection<Document> collection() {
    return database.getCollection(COLLECTION);
  }

  /** The filter of an inbox; every filter starts with the tenant or the region (index prefix). */
  static Bson filter(InboxQuery q, boolean openByDefault) {
    List<Bson> parts = new ArrayList<>();
    if (q.tenant() != null) {
      parts.add(eq("tenantId", q.tenant().value()));
    } else {
      parts.add(eq("region", q.scope().region().value()));
      if (q.department() != null) {
        parts.add(eq("tenantId", q.department().value()));
      }
    }
    if (q.assignee() != null) {
      parts.add(eq("assignee", q.assignee()));
    }
    if (!q.statuses().isEmpty()) {
      parts.add(in("status", q.statuses().stream().map(CaseStatus::name).toList()));
    } else if (openByDefault) {
      parts.add(eq("open", true));
    }
    if (q.source() != null) {
      parts.add(eq("source", q.source().name()));
    }
    if (q.overdueOnly()) {
      parts.add(lt("dueSort", q.now().toEpochMilli()));
    }
    if (q.numberContains() != null && !q.numberContains().isBlank()) {
      parts.add(regex("number", BsonFields.quoted(q.numberContains().strip())));
    }
    return and(parts);
  }

  private static CaseSummary summary(Document d) {
    long due = ((Number) d.get("dueSort")).longValue();
    return new CaseSummary(new CaseId(d.getString("_id")), new CaseNumber(d.getString("number")),
        TenantId.of(d.getString("tenantId")), d.getString("title"), CaseSource.valueOf(d.getString("source")),
        CaseStatus.valueOf(d.getString("status")), d.getString("assignee"), d.getString("assigneeName"),
        Instant.ofEpochMilli(((Number) d.get("receivedAt")).longValue()),
        due == CaseDocument.NO_DUE ? null : Instant.ofEpochMilli(due),
        Boolean.TRUE.equals(d.getBoolean("clockPaused")), d.getInteger("missingYear"),
        d.getBoolean("acceptedOnTime"), d.getBoolean("completedOnTime"), instant(d.get("acceptedAt")),
        instant(d.get("decidedAt")), phrase(d.get("titlePhrase", Document.class)),
        Boolean.TRUE.equals(d.getBoolean("lateFiling")));
  }

  /** A stored {@code PhraseDoc} read from a projection (null when the case has none). */
  static Phrase phrase(Document d) {
    if (d == null || d.getString("key") == null) {
      return null;
    }
    List<Phrase.Arg> args = new ArrayList<>();
    for (Object a : d.getList("args", Object.class, List.of())) {
      if (a instanceof Document arg) {
        args.add(new Phrase.Arg(arg.getString("key"),
            arg.getString("value")));
      }
    }
    return new Phrase(d.getString("key"), args);
  }

  private static Instant instant(Object millis) {
    return millis == null ? null : Instant.ofEpochMilli(((Number) millis).longValue());
  }
}
