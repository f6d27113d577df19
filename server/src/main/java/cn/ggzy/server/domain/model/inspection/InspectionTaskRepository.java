package cn.ggzy.server.domain.model.inspection;

import cn.ggzy.tenants.OfficeScope;
import cn.ggzy.tenants.RegionCode;
import cn.ggzy.tenants.TenantId;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Inspection tasks. A task is owned by its plan's tenant and read by the departments of its team
 * members; written compare-and-set on its version.
 */
public interface InspectionTaskRepository {
  String nextId();

  void store(TenantId tenant, InspectionTask task);

  /** A task the tenant reads (owner or a team member's department). */
  Optional<InspectionTask> find(TenantId reader, String id);

  /** Any task of the scope's region (the office). */
  Optional<InspectionTask> find(OfficeScope scope, String id);

  /** The tasks of the reader's tenant in which the officer is a team member, open ones first. */
  List<InspectionTask> assignedTo(TenantId reader, String login);

  /** The tasks of one plan of the owner. */
  List<InspectionTask> ofPlan(TenantId owner, PlanId plan);

  /** The tenant's own concluded tasks not yet published (the publication clock). */
  List<InspectionTask> awaitingPublication(TenantId owner);

  /** The same for every department of the region (the office's clock). */
  List<InspectionTask> awaitingPublication(OfficeScope scope);

  long count(TenantId reader);

  /** Who was drawn for which object since a day, in the region (for the recusal of recent inspections). */
  List<InspectionTask> drawnSince(OfficeScope scope, LocalDate since);

  /** The published results of a public plan of the region. */
  List<InspectionTask> published(RegionCode region, PlanId plan);
}
