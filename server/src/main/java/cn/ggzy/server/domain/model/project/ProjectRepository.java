package cn.ggzy.server.domain.model.project;

import cn.ggzy.tenants.OfficeScope;
import cn.ggzy.tenants.TenantId;
import java.util.List;
import java.util.Optional;

/** The register of approved projects of a department; the office reads every department's of its region. */
public interface ProjectRepository {

  String nextId();

  Optional<ApprovedProject> find(TenantId tenant, String id);

  Optional<ApprovedProject> find(OfficeScope scope, String id);

  /** The department's project with this approval number, if registered. */
  Optional<ApprovedProject> byApproval(TenantId tenant, String approvalNumber);

  /** The department's projects with this project code (the code tenders are imported under). */
  List<ApprovedProject> byProjectCode(TenantId tenant, String projectCode);

  /** Stores the project (compare-and-set on its version). */
  void store(TenantId tenant, ApprovedProject project);

  List<ApprovedProject> list(TenantId tenant, int offset, int limit);

  List<ApprovedProject> list(OfficeScope scope, int offset, int limit);

  long count(TenantId tenant);

  long count(OfficeScope scope);
}
