package cn.ggzy.webui.warnings;

import cn.ggzy.server.application.Caller;
import cn.ggzy.server.domain.model.account.Role;

/** Who reviews warnings in the console (the backend checks again on every call). */
public final class WarningAccess {
  private WarningAccess() {}

  /** Office officers and leaders, department heads. */
  public static boolean mayReview(Caller caller) {
    return caller.has(Role.OFFICE_LEADER) || caller.has(Role.OFFICE_OFFICER) || caller.has(Role.DEPARTMENT_HEAD);
  }

  /** Who may filter by department: the office reads every department of its region. */
  public static boolean readsRegion(Caller caller) {
    return caller.has(Role.OFFICE_LEADER) || caller.has(Role.OFFICE_OFFICER);
  }
}
