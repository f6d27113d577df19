package cn.ggzy.server.infrastructure.persistence.mongo.inspection;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.gte;

import cn.ggzy.server.domain.model.ConcurrentChangeException;
import cn.ggzy.server.domain.model.NotFoundException;
import cn.ggzy.server.domain.model.inspection.InspectionTask;
import cn.ggzy.server.domain.model.inspection.InspectionTaskRepository;
import cn.ggzy.server.domain.model.inspection.PlanId;
import cn.ggzy.server.domain.model.inspection.TaskParts.TaskStatus;
import cn.ggzy.server.infrastructure.persistence.mongo.VersionedWrites;
import cn.ggzy.tenants.OfficeScope;
import cn.ggzy.tenants.RegionCode;
import cn.ggzy.tenants.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.bson.conversions.Bson;
import org.bson.types.ObjectId;
import org.eclipse.jnosql.databases.mongodb.mapping.MongoDBTemplate;

/** Inspection tasks in MongoDB; read through {@code readers}, written compare-and-set by the owner. */
@ApplicationScoped
public class JnosqlInspectionTaskRepository implements InspectionTaskRepository {
  private static final Comparator<InspectionTask> OPEN_FIRST = Comparator
      .comparing((InspectionTask t) -> t.status().ordinal())
      .thenComparing(t -> t.state().drawnOn(), Comparator.reverseOrder())
      .thenComparing(t -> t.state().object().code());
  private MongoDBTemplate template;
  private VersionedWrites writes;

  protected JnosqlInspectionTaskRepository() {}

  @Inject
  public JnosqlInspectionTaskRepository(MongoDBTemplate template, VersionedWrites writes) {
    this.template = template;
    this.writes = writes;
  }

  @Override
  public String nextId() {
    return new ObjectId().toHexString();
  }

  @Override
  public void store(TenantId tenant, InspectionTask task) {
    if (!task.tenantId().equals(tenant)) {
      throw new NotFoundException("taskId");
    }
    if (task.version() == 0) {
      template.insert(InspectionTaskDocument.of(task, 1));
      return;
    }
    if (!writes.replace(InspectionTaskDocument.of(task, task.version() + 1),
        VersionedWrites.guard(task.id(), tenant.value(), task.version()))) {
      if (!select(and(eq("tenantId", tenant.value()), eq("_id", task.id()))).isEmpty()) {
        throw new ConcurrentChangeException("task");
      }
      throw new NotFoundException("taskId");
    }
  }

  @Override
  public Optional<InspectionTask> find(TenantId reader, String id) {
    return select(and(eq("readers", reader.value()), eq("_id", id))).stream().findFirst();
  }

  @Override
  public Optional<InspectionTask> find(OfficeScope scope, String id) {
    return select(and(eq("region", scope.region().value()), eq("_id", id))).stream().findFirst();
  }

  @Override
  public List<InspectionTask> assignedTo(TenantId reader, String login) {
    return select(and(eq("readers", reader.value()), eq("members", login)));
  }

  @Override
  public List<InspectionTask> ofPlan(TenantId owner, PlanId plan) {
    return select(and(eq("tenantId", owner.value()), eq("planId", plan.value())));
  }

  @Override
  public List<InspectionTask> awaitingPublication(TenantId owner) {
    return select(and(eq("tenantId", owner.value()), eq("status", TaskStatus.CONCLUDED.name())));
  }

  @Override
  public List<InspectionTask> awaitingPublication(OfficeScope scope) {
    return select(and(eq("region", scope.region().value()), eq("status", TaskStatus.CONCLUDED.name())));
  }

  @Override
  public long count(TenantId reader) {
    return template.count(InspectionTaskDocument.class, eq("readers", reader.value()));
  }

  @Override
  public List<InspectionTask> drawnSince(OfficeScope scope, LocalDate since) {
    return select(and(eq("region", scope.region().value()), gte("drawnOn", since.toString())));
  }

  @Override
  public List<InspectionTask> published(RegionCode region, PlanId plan) {
    return select(and(eq("region", region.value()), eq("planId", plan.value()),
        eq("status", TaskStatus.PUBLISHED.name())));
  }

  private List<InspectionTask> select(Bson filter) {
    return template.<InspectionTaskDocument>select(InspectionTaskDocument.class, filter)
        .map(InspectionTaskDocument::toTask).sorted(OPEN_FIRST).toList();
  }
}
