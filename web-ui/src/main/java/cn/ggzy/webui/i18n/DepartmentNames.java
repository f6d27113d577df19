package cn.ggzy.webui.i18n;

import cn.ggzy.server.application.TenantDirectory;
import cn.ggzy.tenants.TenantId;
import java.util.Locale;

/** A department's name in the page's language, from the tenant id a view carries. */
public final class DepartmentNames {
  private DepartmentNames() {}

  /**
   * The name of the department {@code tenant} in the page's language; {@code fallback} when the
   * directory does not know it or the id is not a tenant id.
   */
  public static String name(TenantDirectory directory, String tenant, String fallback, Locale locale) {
    try {
      return directory.department(TenantId.of(tenant)).map(d -> d.name(locale)).orElse(fallback);
    } catch (IllegalArgumentException e) {
      return fallback;
    }
  }

  /** The name of the department {@code tenant} in the page's language, else the id as it is. */
  public static String name(TenantDirectory directory, String tenant, Locale locale) {
    return name(directory, tenant, tenant, locale);
  }
}
