package cn.ggzy.webui.cases;

import cn.ggzy.server.application.CaseRegister.Inbox;
import cn.ggzy.server.application.Caller;
import cn.ggzy.server.domain.model.account.Role;
import java.util.ArrayList;
import java.util.List;

/**
 * Which case pages and inboxes an officer is offered (the backend checks again on every call):
 * cases for every officer role (not for a pure system administrator), the office-wide inbox for
 * office roles in the office, timeliness for office roles and department heads.
 */
public final class CaseAccess {
  private CaseAccess() {}

  public static boolean mayHandleCases(Caller caller) {
    return caller.roles().stream().anyMatch(r -> r != Role.SYSTEM_ADMIN);
  }

  public static boolean mayFollowTimeliness(Caller caller) {
    return officeRole(caller) || caller.has(Role.DEPARTMENT_HEAD);
  }

  public static boolean officeRole(Caller caller) {
    return caller.has(Role.OFFICE_LEADER) || caller.has(Role.OFFICE_OFFICER);
  }

  /** 我的案件 and 本部门 for everyone; 全部门 for office roles in the office's tenant. */
  public static List<Inbox> inboxes(Caller caller, boolean inOffice) {
    List<Inbox> inboxes = new ArrayList<>(List.of(Inbox.MINE, Inbox.DEPARTMENT));
    if (inOffice && officeRole(caller)) {
      inboxes.add(Inbox.OFFICE);
    }
    return inboxes;
  }
}
