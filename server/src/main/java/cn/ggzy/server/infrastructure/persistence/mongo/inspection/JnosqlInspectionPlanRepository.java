package cn.ggzy.server.infrastructure.persistence.mongo.inspection;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;

import cn.ggzy.server.domain.model.ConcurrentChangeException;
import cn.ggzy.server.domain.model.NotFoundException;
import cn.ggzy.server.domain.model.inspection.InspectionPlan;
import cn.ggzy.server.domain.model.inspection.InspectionPlanRepository;
import cn.ggzy.server.domain.model.inspection.PlanId;
import cn.ggzy.server.infrastructure.persistence.mongo.VersionedWrites;
import cn.ggzy.tenants.OfficeScope;
import cn.ggzy.tenants.RegionCode;
import cn.ggzy.tenants.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.bson.conversions.Bson;
import org.bson.types.ObjectId;
import org.eclipse.jnosql.databases.mongodb.mapping.MongoDBTemplate;

/** Inspection plans in MongoDB, written compare-and-set on (id, tenant, version). */
@ApplicationScoped
public class JnosqlInspectionPlanRepository implements InspectionPlanRepository {
  private static final Comparator<InspectionPlan> NEWEST_FIRST =
      Comparator.comparing(InspectionPlan::createdAt).reversed().thenComparing(p -> p.id().value());
  private MongoDBTemplate template;
  private VersionedWrites writes;

  protected JnosqlInspectionPlanRepository() {}

  @Inject
  public JnosqlInspectionPlanRepository(MongoDBTemplate template, VersionedWrites writes) {
    this.template = template;
    this.writes = writes;
  }

  @Override
  public PlanId nextId() {
    return new PlanId(new ObjectId().toHexString());
  }

  @Override
  public void store(TenantId tenant, InspectionPlan plan) {
    if (!plan.owner().equals(tenant)) {
      throw new NotFoundException("planId");
    }
    if (plan.version() == 0) {
      template.insert(InspectionPlanDocument.of(plan, 1));
      return;
    }
    if (!writes.replace(InspectionPlanDocument.of(plan, plan.version() + 1),
        VersionedWrites.guard(plan.id().value(), tenant.value(), plan.version()))) {
      if (find(tenant, plan.id()).isPresent()) {
        throw new ConcurrentChangeException("plan");
      }
      throw new NotFoundException("planId");
    }
  }

  @Override
  public Optional<InspectionPlan> find(TenantId tenant, PlanId id) {
    return select(and(eq("tenantId", tenant.value()), eq("_id", id.value()))).stream().findFirst();
  }

  @Override
  public List<InspectionPlan> list(TenantId tenant) {
    return select(eq("tenantId", tenant.value()));
  }

  @Override
  public long count(TenantId tenant) {
    return template.count(InspectionPlanDocument.class, eq("tenantId", tenant.value()));
  }

  @Override
  public List<InspectionPlan> list(OfficeScope scope) {
    return select(eq("region", scope.region().value()));
  }

  @Override
  public Optional<InspectionPlan> findPublic(RegionCode region, PlanId id) {
    return select(and(eq("region", region.value()), eq("published", true), eq("_id", id.value()))).stream()
        .findFirst();
  }

  @Override
  public List<InspectionPlan> listPublic(RegionCode region, int offset, int limit) {
    return select(and(eq("region", region.value()), eq("published", true))).stream()
        .skip(Math.max(0, offset)).limit(Math.max(1, Math.min(limit, 100))).toList();
  }

  private List<InspectionPlan> select(Bson filter) {
    return template.<InspectionPlanDocument>select(InspectionPlanDocument.class, filter)
        .map(InspectionPlanDocument::toPlan).sorted(NEWEST_FIRST).toList();
  }
}
