package cn.ggzy.server.application.internal.rigging;

import cn.ggzy.server.application.Caller;
import cn.ggzy.server.application.Permission;
import cn.ggzy.server.application.TenantDirectory;
import cn.ggzy.server.domain.model.AccessDeniedException;
import cn.ggzy.tenants.Department;

/** Who imports tender data and reviews warnings: office officers and leaders, department heads. */
public final class RiggingAccess {
  private RiggingAccess() {}

  public static void reviewer(Caller caller, String action) {
    if (!caller.may(Permission.REVIEW_WARNINGS)) {
      throw new AccessDeniedException(action);
    }
  }

  /** True when the caller reads the whole region (office role in the supervision office). */
  public static boolean office(Caller caller, TenantDirectory directory) {
    boolean officeTenant = directory.department(caller.tenant()).map(Department::isOffice).orElse(false);
    return officeTenant && caller.may(Permission.OFFICE_WORK);
  }
}
