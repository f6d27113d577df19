package cn.ggzy.server.application;

import cn.ggzy.tenants.OfficeScope;
import cn.ggzy.tenants.RegionCode;

/**
 * The only way to obtain an {@link OfficeScope}: checks that the caller holds an office-wide
 * role in an office tenant, and writes an audit entry naming the purpose.
 */
public interface OfficeScopes {
  OfficeScope open(Caller caller, String purpose);

  /** A scope for the platform's own background work on one region (audited as "system"). */
  OfficeScope forSystem(RegionCode region, String purpose);
}
