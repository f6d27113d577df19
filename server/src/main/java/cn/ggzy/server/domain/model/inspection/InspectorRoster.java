package cn.ggzy.server.domain.model.inspection;

import cn.ggzy.tenants.OfficeScope;
import cn.ggzy.tenants.TenantId;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The certified inspectors of each department, keyed by officer login (the account model has no
 * certificate). A certificate number is unique in its region.
 */
public interface InspectorRoster {
  /** Adds or replaces the tenant's entry of the officer; a certificate used by another officer is refused. */
  void store(TenantId tenant, CertifiedInspector inspector);

  Optional<CertifiedInspector> find(TenantId tenant, String login);

  List<CertifiedInspector> list(TenantId tenant);

  long count(TenantId tenant);

  boolean remove(TenantId tenant, String login);

  /** The inspectors of the given departments of the scope's region (joint plans of the office). */
  List<CertifiedInspector> list(OfficeScope scope, Set<TenantId> departments);
}
