package cn.ggzy.server.domain.model.warning;

import cn.ggzy.tenants.OfficeScope;
import cn.ggzy.tenants.RegionCode;
import cn.ggzy.tenants.TenantId;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Warnings of one department (or, through an office scope, of every department of a region). */
public interface WarningRepository {
  /** Which warnings to list; {@code null} means any. Highest score first. */
  record Filter(WarningStatus status, Integer minimumScore, TenantId department, int offset, int limit) {}

  Optional<RiggingWarning> find(TenantId tenant, String id);

  /** Inserts a new warning (version 0) or replaces the stored one at its version. */
  void store(TenantId tenant, RiggingWarning warning);

  List<RiggingWarning> list(TenantId tenant, Filter filter);

  long count(TenantId tenant, Filter filter);

  Optional<RiggingWarning> find(OfficeScope scope, String id);

  /**
   * A warning of the region for the platform's own follow-up (a decided case labelling its section),
   * not for a person: people read through their department or an audited office scope.
   */
  Optional<RiggingWarning> find(RegionCode region, String id);

  List<RiggingWarning> list(OfficeScope scope, Filter filter);

  long count(OfficeScope scope, Filter filter);

  /** Every warning of the department naming at least one of these bidders (any status), highest score first. */
  List<RiggingWarning> naming(TenantId tenant, Collection<String> bidderCodes);

  /** Every warning of the scope's region naming at least one of these bidders, highest score first. */
  List<RiggingWarning> naming(OfficeScope scope, Collection<String> bidderCodes);
}
