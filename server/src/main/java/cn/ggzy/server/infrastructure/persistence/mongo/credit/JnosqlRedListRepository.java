package cn.ggzy.server.infrastructure.persistence.mongo.credit;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;

import cn.ggzy.server.domain.model.ConcurrentChangeException;
import cn.ggzy.server.domain.model.NotFoundException;
import cn.ggzy.server.domain.model.credit.CreditException;
import cn.ggzy.server.domain.model.credit.EntryId;
import cn.ggzy.server.domain.model.credit.PublicQuery;
import cn.ggzy.server.domain.model.credit.RedListEntry;
import cn.ggzy.server.domain.model.credit.RedListRepository;
import cn.ggzy.server.domain.model.credit.RedListStatus;
import cn.ggzy.server.domain.model.credit.SubjectId;
import cn.ggzy.server.infrastructure.persistence.mongo.Paging;
import cn.ggzy.server.infrastructure.persistence.mongo.VersionedWrites;
import cn.ggzy.tenants.RegionCode;
import cn.ggzy.tenants.TenantId;
import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Sorts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.bson.conversions.Bson;
import org.bson.types.ObjectId;
import org.eclipse.jnosql.databases.mongodb.mapping.MongoDBTemplate;

/** Red-list entries of the supervision offices; public reads see confirmed entries published that day. */
@ApplicationScoped
public class JnosqlRedListRepository implements RedListRepository {
  static final String COLLECTION = "credit_redlist";
  private static final Bson NEWEST = Sorts.descending("proposedAt", "_id");

  private MongoDBTemplate template;
  private VersionedWrites writes;
  private MongoDatabase database;

  protected JnosqlRedListRepository() {}

  @Inject
  public JnosqlRedListRepository(MongoDBTemplate template, VersionedWrites writes, MongoDatabase database) {
    this.template = template;
    this.writes = writes;
    this.database = database;
  }

  @Override
  public EntryId nextId() {
    return new EntryId(new ObjectId().toHexString());
  }

  @Override
  public Optional<RedListEntry> find(TenantId tenant, EntryId id) {
    return template.<RedListEntryDocument>select(RedListEntryDocument.class,
            and(eq("tenantId", tenant.value()), eq("_id", id.value())))
        .findFirst().map(RedListEntryDocument::toEntry);
  }

  @Override
  public void store(TenantId tenant, RedListEntry entry) {
    if (!entry.tenantId().equals(tenant)) {
      throw new NotFoundException("entryId");
    }
    try {
      if (entry.version() == 0) {
        template.insert(RedListEntryDocument.of(entry, 1));
        return;
      }
      boolean replaced = writes.replace(RedListEntryDocument.of(entry, entry.version() + 1),
          VersionedWrites.guard(entry.id().value(), tenant.value(), entry.version()));
      if (!replaced) {
        if (find(tenant, entry.id()).isPresent()) {
          throw new ConcurrentChangeException("entry");
        }
        throw new NotFoundException("entryId");
      }
    } catch (MongoWriteException e) {
      if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
        throw new CreditException("credit.redlist.alreadyProposed", "subjectId");
      }
      throw e;
    }
  }

  @Override
  public List<RedListEntry> page(TenantId tenant, RedListStatus status, int offset, int limit) {
    return page(filter(tenant, status), NEWEST, offset, limit);
  }

  @Override
  public long count(TenantId tenant, RedListStatus status) {
    return template.count(RedListEntryDocument.class, filter(tenant, status));
  }

  @Override
  public List<RedListEntry> openFor(TenantId tenant, SubjectId subject) {
    return template.<RedListEntryDocument>select(RedListEntryDocument.class, and(eq("tenantId", tenant.value()),
            eq("subjectId", subject.value()),
            in("status", RedListStatus.PROPOSED.name(), RedListStatus.CONFIRMED.name())))
        .map(RedListEntryDocument::toEntry).toList();
  }

  @Override
  public List<RedListEntry> published(PublicQuery query) {
    return page(publicFilter(query), Sorts.descending("startDay", "_id"), query.offset(), query.limit());
  }

  @Override
  public long countPublished(PublicQuery query) {
    return template.count(RedListEntryDocument.class, publicFilter(query));
  }

  @Override
  public Set<SubjectId> publishedSubjects(RegionCode region, LocalDate today, String text) {
    List<Bson> parts = new ArrayList<>(List.of(eq("region", region.value()),
        eq("status", RedListStatus.CONFIRMED.name()), CreditQueries.publishedOn("endedOn", today)));
    if (text != null && !text.isBlank()) {
      parts.add(CreditQueries.nameOrCode(text.strip()));
    }
    Set<SubjectId> ids = new LinkedHashSet<>();
    CreditQueries.distinct(database, COLLECTION, "subjectId", and(parts)).forEach(v -> ids.add(new SubjectId(v)));
    return ids;
  }

  @Override
  public List<RedListEntry> publishedFor(RegionCode region, SubjectId subject, LocalDate today) {
    return page(and(eq("region", region.value()), eq("subjectId", subject.value()),
        eq("status", RedListStatus.CONFIRMED.name()), CreditQueries.publishedOn("endedOn", today)),
        Sorts.descending("startDay", "_id"), 0, PublicQuery.MAX_LIMIT);
  }

  static Bson publicFilter(PublicQuery q) {
    List<Bson> parts = new ArrayList<>(List.of(eq("region", q.region().value()),
        eq("status", RedListStatus.CONFIRMED.name()), CreditQueries.publishedOn("endedOn", q.today())));
    if (q.text() != null) {
      parts.add(CreditQueries.nameOrCode(q.text()));
    }
    if (q.kind() != null) {
      parts.add(eq("subjectKind", q.kind().name()));
    }
    return and(parts);
  }

  private static Bson filter(TenantId tenant, RedListStatus status) {
    return status == null ? eq("tenantId", tenant.value())
        : and(eq("tenantId", tenant.value()), eq("status", status.name()));
  }

  private List<RedListEntry> page(Bson filter, Bson sort, int offset, int limit) {
    return Paging.page(database, template, COLLECTION, RedListEntryDocument.class, d -> d.id, filter, sort,
        offset, limit).stream().map(RedListEntryDocument::toEntry).toList();
  }
}
