package cn.ggzy.server.infrastructure.persistence.mongo.credit;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;

import cn.ggzy.server.domain.model.ConcurrentChangeException;
import cn.ggzy.server.domain.model.NotFoundException;
import cn.ggzy.server.domain.model.credit.BlacklistEntry;
import cn.ggzy.server.domain.model.credit.BlacklistRepository;
import cn.ggzy.server.domain.model.credit.CreditException;
import cn.ggzy.server.domain.model.credit.EntryId;
import cn.ggzy.server.domain.model.credit.PublicQuery;
import cn.ggzy.server.domain.model.credit.SubjectId;
import cn.ggzy.server.infrastructure.persistence.mongo.Paging;
import cn.ggzy.server.infrastructure.persistence.mongo.VersionedWrites;
import cn.ggzy.tenants.OfficeScope;
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
import org.eclipse.jnosql.databases.mongodb.mapping.MongoDBTemplate;

/** Black-list entries; what is public on a day is decided by the query on that day's date. */
@ApplicationScoped
public class JnosqlBlacklistRepository implements BlacklistRepository {
  static final String COLLECTION = "credit_blacklist";
  private static final Bson NEWEST = Sorts.descending("startDay", "listedAt", "_id");

  private MongoDBTemplate template;
  private VersionedWrites writes;
  private MongoDatabase database;

  protected JnosqlBlacklistRepository() {}

  @Inject
  public JnosqlBlacklistRepository(MongoDBTemplate template, VersionedWrites writes, MongoDatabase database) {
    this.template = template;
    this.writes = writes;
    this.database = database;
  }

  @Override
  public Optional<BlacklistEntry> find(TenantId tenant, EntryId id) {
    return first(and(eq("tenantId", tenant.value()), eq("_id", id.value())));
  }

  @Override
  public void store(TenantId tenant, BlacklistEntry entry) {
    if (!entry.tenantId().equals(tenant)) {
      throw new NotFoundException("entryId");
    }
    if (entry.version() == 0) {
      try {
        template.insert(BlacklistEntryDocument.of(entry, 1));
      } catch (MongoWriteException e) {
        if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
          throw new CreditException("credit.blacklist.recordListed", "recordId");
        }
        throw e;
      }
      return;
    }
    boolean replaced = writes.replace(BlacklistEntryDocument.of(entry, entry.version() + 1),
        VersionedWrites.guard(entry.id().value(), tenant.value(), entry.version()));
    if (!replaced) {
      if (find(tenant, entry.id()).isPresent()) {
        throw new ConcurrentChangeException("entry");
      }
      throw new NotFoundException("entryId");
    }
  }

  @Override
  public List<BlacklistEntry> page(TenantId tenant, int offset, int limit) {
    return page(eq("tenantId", tenant.value()), offset, limit);
  }

  @Override
  public long count(TenantId tenant) {
    return template.count(BlacklistEntryDocument.class, eq("tenantId", tenant.value()));
  }

  @Override
  public List<BlacklistEntry> page(OfficeScope scope, int offset, int limit) {
    return page(eq("region", scope.region().value()), offset, limit);
  }

  @Override
  public long count(OfficeScope scope) {
    return template.count(BlacklistEntryDocument.class, eq("region", scope.region().value()));
  }

  @Override
  public List<BlacklistEntry> published(PublicQuery query) {
    return page(publicFilter(query), query.offset(), query.limit());
  }

  @Override
  public long countPublished(PublicQuery query) {
    return template.count(BlacklistEntryDocument.class, publicFilter(query));
  }

  @Override
  public Set<SubjectId> publishedSubjects(RegionCode region, LocalDate today, String text) {
    List<Bson> parts = new ArrayList<>(List.of(eq("region", region.value()),
        CreditQueries.publishedOn("removedOn", today)));
    if (text != null && !text.isBlank()) {
      parts.add(CreditQueries.nameOrCode(text.strip()));
    }
    Set<SubjectId> ids = new LinkedHashSet<>();
    CreditQueries.distinct(database, COLLECTION, "subjectId", and(parts)).forEach(v -> ids.add(new SubjectId(v)));
    return ids;
  }

  @Override
  public Optional<BlacklistEntry> findPublished(RegionCode region, EntryId id, LocalDate today) {
    return first(and(eq("region", region.value()), eq("_id", id.value()), CreditQueries.publishedOn("removedOn", today)));
  }

  @Override
  public List<BlacklistEntry> publishedFor(RegionCode region, SubjectId subject, LocalDate today) {
    return page(and(eq("region", region.value()), eq("subjectId", subject.value()),
        CreditQueries.publishedOn("removedOn", today)), 0, PublicQuery.MAX_LIMIT);
  }

  /** Every public filter starts with the region and the day. */
  static Bson publicFilter(PublicQuery q) {
    List<Bson> parts = new ArrayList<>(List.of(eq("region", q.region().value()),
        CreditQueries.publishedOn("removedOn", q.today())));
    if (q.text() != null) {
      parts.add(CreditQueries.nameOrCode(q.text()));
    }
    if (q.kind() != null) {
      parts.add(eq("subjectKind", q.kind().name()));
    }
    if (q.listClass() != null) {
      parts.add(eq("listClass", q.listClass().name()));
    }
    if (q.department() != null) {
      parts.add(eq("tenantId", q.department().value()));
    }
    return and(parts);
  }

  private List<BlacklistEntry> page(Bson filter, int offset, int limit) {
    return Paging.page(database, template, COLLECTION, BlacklistEntryDocument.class, d -> d.id, filter, NEWEST,
        offset, limit).stream().map(BlacklistEntryDocument::toEntry).toList();
  }

  private Optional<BlacklistEntry> first(Bson filter) {
    return template.<BlacklistEntryDocument>select(BlacklistEntryDocument.class, filter).findFirst()
        .map(BlacklistEntryDocument::toEntry);
  }
}
