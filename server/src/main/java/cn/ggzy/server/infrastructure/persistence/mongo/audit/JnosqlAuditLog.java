package cn.ggzy.server.infrastructure.persistence.mongo.audit;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.gt;

import cn.ggzy.server.domain.model.ConcurrentChangeException;
import cn.ggzy.server.domain.model.audit.AuditChain;
import cn.ggzy.server.domain.model.audit.AuditEntry;
import cn.ggzy.server.domain.model.audit.AuditLog;
import cn.ggzy.tenants.TenantId;
import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Sorts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.locks.LockSupport;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.bson.types.ObjectId;
import org.eclipse.jnosql.databases.mongodb.mapping.MongoDBTemplate;

/**
 * The audit trail in the {@code audit} collection. Appending reads the tenant's head, links the
 * entry after it and inserts; the unique index on (tenant, sequence) lets exactly one of several
 * concurrent appenders (threads or nodes) take a sequence, and the others re-read the head and
 * try again. Ordered and paged reads go through the driver so that sorting and limits run in the
 * database.
 */
@ApplicationScoped
public class JnosqlAuditLog implements AuditLog {
  static final String COLLECTION = "audit";
  private static final int MAX_ATTEMPTS = 100;

  private MongoDBTemplate template;
  private MongoDatabase database;
  /** The last sequence seen per tenant: the head is found from it by exact keys, not by sorting. */
  private final Map<String, Long> knownHeads = new ConcurrentHashMap<>();

  protected JnosqlAuditLog() {}

  @Inject
  public JnosqlAuditLog(MongoDBTemplate template, MongoDatabase database) {
    this.template = template;
    this.database = database;
  }

  @Override
  public AuditEntry append(AuditEntry entry) {
    for (int attempt = 1; ; attempt++) {
      AuditEntry linked = AuditChain.append(head(entry.tenantId()), entry);
      try {
        template.insert(AuditDocument.of(linked));
        knownHeads.merge(linked.tenantId().value(), linked.sequence(), Math::max);
        return linked;
      } catch (MongoWriteException e) {
        if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY || idTaken(entry.id())) {
          throw e;
        }
        if (attempt == MAX_ATTEMPTS) {
          throw new ConcurrentChangeException("audit");
        }
        // Another appender took this sequence first: wait a little, re-read the head, try again.
        LockSupport.parkNanos(ThreadLocalRandom.current().nextLong(1, Math.min(attempt, 20) * 1_000_000L));
      }
    }
  }

  /**
   * The tenant's last entry. The first time, an ordered read; then a walk forward from the last
   * sequence seen, by exact (tenant, sequence) keys, which the unique index answers without
   * scanning (on the embedded server too) and which also finds what other nodes appended.
   */
  private Optional<AuditEntry> head(TenantId tenant) {
    Long known = knownHeads.get(tenant.value());
    Document last = known == null ? null : entry(tenant, known);
    if (last == null) {
      last = audit().find(and(eq("tenantId", tenant.value()), gt("sequence", 0)))
          .sort(Sorts.descending("sequence")).limit(1).first();
      if (last == null) {
        return Optional.empty();
      }
      known = ((Number) last.get("sequence")).longValue();
    }
    for (Document next = entry(tenant, known + 1); next != null; next = entry(tenant, known + 1)) {
      last = next;
      known++;
    }
    knownHeads.merge(tenant.value(), known, Math::max);
    return Optional.of(AuditDocument.read(last, tenant));
  }

  private Document entry(TenantId tenant, long sequence) {
    return audit().find(new Document("tenantId", tenant.value()).append("sequence", sequence)).first();
  }

  /** Whether the id is used at all (ids are unique across tenants; nothing of the entry is read). */
  private boolean idTaken(String id) {
    return audit().countDocuments(eq("_id", id)) > 0;
  }

  @Override
  public Optional<AuditEntry> find(TenantId tenant, String id) {
    return template.<AuditDocument>select(AuditDocument.class,
        and(eq("tenantId", tenant.value()), eq("_id", id))).findFirst().map(AuditDocument::toEntry);
  }

  @Override
  public List<AuditEntry> recent(TenantId tenant, int limit) {
    return page(tenant, 0, limit);
  }

  @Override
  public List<AuditEntry> page(TenantId tenant, int offset, int limit) {
    return read(eq("tenantId", tenant.value()), Sorts.descending("sequence"), offset, limit, tenant);
  }

  @Override
  public List<AuditEntry> chain(TenantId tenant, long afterSequence, int limit) {
    return read(and(eq("tenantId", tenant.value()), gt("sequence", afterSequence)),
        Sorts.ascending("sequence"), 0, limit, tenant);
  }

  private List<AuditEntry> read(Bson filter, Bson sort, int offset, int limit, TenantId tenant) {
    List<AuditEntry> entries = new ArrayList<>(Math.min(limit, 1000));
    audit().find(filter).sort(sort).skip(offset).limit(limit)
        .forEach(d -> entries.add(AuditDocument.read(d, tenant)));
    return entries;
  }

  @Override
  public long count(TenantId tenant) {
    return template.count(AuditDocument.class, eq("tenantId", tenant.value()));
  }

  @Override
  public String nextId() {
    return new ObjectId().toHexString();
  }

  private MongoCollection<Document> audit() {
    return database.getCollection(COLLECTION);
  }
}
