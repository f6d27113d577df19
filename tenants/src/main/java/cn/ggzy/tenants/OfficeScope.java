package cn.ggzy.tenants;

import java.util.Objects;

/**
 * Permission to read across every department of one region (the supervision office's view).
 * Only the server's scope guard issues it, after checking the caller's role and writing an
 * audit entry; an architecture rule keeps anyone else from constructing it.
 */
public record OfficeScope(RegionCode region, String grantedTo, String purpose) {
  public OfficeScope {
    Objects.requireNonNull(region, "region");
    Objects.requireNonNull(grantedTo, "grantedTo");
    Objects.requireNonNull(purpose, "purpose");
  }

  public boolean covers(TenantId tenant) {
    return tenant.region().equals(region);
  }
}
