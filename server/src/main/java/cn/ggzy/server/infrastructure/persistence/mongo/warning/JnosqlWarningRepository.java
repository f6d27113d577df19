package cn.ggzy.server.infrastructure.persistence.mongo.warning;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.gte;
import static com.mongodb.client.model.Filters.in;

import cn.ggzy.server.domain.model.ConcurrentChangeException;
import cn.ggzy.server.domain.model.NotFoundException;
import cn.ggzy.server.domain.model.warning.RiggingWarning;
import cn.ggzy.server.domain.model.warning.WarningRepository;
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
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.bson.conversions.Bson;
import org.eclipse.jnosql.databases.mongodb.mapping.MongoDBTemplate;

/** Warnings per department; the office reads its region's through a scope. Highest score first. */
@ApplicationScoped
public class JnosqlWarningRepository implements WarningRepository {
  public static final String COLLECTION = "rigging_warnings";
  private static final Bson ORDER = Sorts.orderBy(Sorts.descending("score"), Sorts.descending("updatedAt"),
      Sorts.ascending("_id"));

  private MongoDBTemplate template;
  private VersionedWrites writes;
  private MongoDatabase database;

  protected JnosqlWarningRepository() {}

  @Inject
  public JnosqlWarningRepository(MongoDBTemplate template, VersionedWrites writes, MongoDatabase database) {
    this.template = template;
    this.writes = writes;
    this.database = database;
  }

  @Override
  public Optional<RiggingWarning> find(TenantId tenant, String id) {
    return first(and(eq("tenantId", tenant.value()), eq("_id", id)));
  }

  @Override
  public Optional<RiggingWarning> find(OfficeScope scope, String id) {
    return first(and(eq("region", scope.region().value()), eq("_id", id)));
  }

  @Override
  public Optional<RiggingWarning> find(RegionCode region, String id) {
    return first(and(eq("region", region.value()), eq("_id", id)));
  }

  @Override
  public void store(TenantId tenant, RiggingWarning warning) {
    if (!warning.tenantId().equals(tenant)) {
      throw new NotFoundException("warningId");
    }
    if (warning.version() == 0) {
      try {
        template.insert(RiggingWarningDocument.of(warning, 1));
      } catch (MongoWriteException e) {
        if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
          throw new ConcurrentChangeException("warning");
        }
        throw e;
      }
      return;
    }
    boolean replaced = writes.replace(RiggingWarningDocument.of(warning, warning.version() + 1),
        VersionedWrites.guard(warning.id(), tenant.value(), warning.version()));
    if (!replaced) {
      if (find(tenant, warning.id()).isPresent()) {
        throw new ConcurrentChangeException("warning");
      }
      throw new NotFoundException("warningId");
    }
  }

  @Override
  public List<RiggingWarning> list(TenantId tenant, Filter filter) {
    return page(filter(eq("tenantId", tenant.value()), filter), filter);
  }

  @Override
  public long count(TenantId tenant, Filter filter) {
    return template.count(RiggingWarningDocument.class, filter(eq("tenantId", tenant.value()), filter));
  }

  @Override
  public List<RiggingWarning> list(OfficeScope scope, Filter filter) {
    return page(filter(eq("region", scope.region().value()), filter), filter);
  }

  @Override
  public long count(OfficeScope scope, Filter filter) {
    return template.count(RiggingWarningDocument.class, filter(eq("region", scope.region().value()), filter));
  }

  private static Bson filter(Bson owner, Filter f) {
    List<Bson> parts = new ArrayList<>(List.of(owner));
    if (f.department() != null) {
      parts.add(eq("tenantId", f.department().value()));
    }
    if (f.status() != null) {
      parts.add(eq("status", f.status().name()));
    }
    if (f.minimumScore() != null) {
      parts.add(gte("score", f.minimumScore()));
    }
    return and(parts);
  }

  private List<RiggingWarning> page(Bson filter, Filter f) {
    return Paging.page(database, template, COLLECTION, RiggingWarningDocument.class, d -> d.id, filter, ORDER,
        Math.max(0, f.offset()), Math.max(1, f.limit())).stream().map(RiggingWarningDocument::toWarning).toList();
  }

  private Optional<RiggingWarning> first(Bson filter) {
    return template.<RiggingWarningDocument>select(RiggingWarningDocument.class, filter).findFirst()
        .map(RiggingWarningDocument::toWarning);
  }

  @Override
  public List<RiggingWarning> naming(TenantId tenant, Collection<String> bidderCodes) {
    return naming(eq("tenantId", tenant.value()), bidderCodes);
  }

  @Override
  public List<RiggingWarning> naming(OfficeScope scope, Collection<String> bidderCodes) {
    return naming(eq("region", scope.region().value()), bidderCodes);
  }

  private List<RiggingWarning> naming(Bson owner, Collection<String> bidderCodes) {
    if (bidderCodes == null || bidderCodes.isEmpty()) {
      return List.of();
    }
    return template.<RiggingWarningDocument>select(RiggingWarningDocument.class,
            and(owner, in("bidderCodes", List.copyOf(bidderCodes))))
        .map(RiggingWarningDocument::toWarning)
        .sorted(Comparator.comparingInt((RiggingWarning w) -> w.data().finding().score()).reversed()
            .thenComparing(w -> w.data().updatedAt(), Comparator.reverseOrder()))
        .toList();
  }
}
