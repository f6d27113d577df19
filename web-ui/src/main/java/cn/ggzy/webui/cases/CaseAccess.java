package cn.ggzy.webui.cases;

import cn.ggzy.server.application.Caller;
import cn.ggzy.server.application.CaseRegister.Inbox;
import cn.ggzy.server.application.Permission;
import java.util.ArrayList;
import java.util.List;

/**
 * Which case pages and inboxes an officer is offered (the backend checks again on every call):
 * cases for every officer role (not for a pure system administrator), the office-wide inbox for
 * office roles in the office, timeliness for office roles and department heads.
 */
public final class CaseAccess {
  private CaseAccess() {}

  /** 我的案件 and 本部门 for everyone; 全部门 for office roles in the office's tenant. */
  public static List<Inbox> inboxes(Caller caller, boolean inOffice) {
    List<Inbox> inboxes = new ArrayList<>(List.of(Inbox.MINE, Inbox.DEPARTMENT));
    if (inOffice && caller.may(Permission.OFFICE_WORK)) {
      inboxes.add(Inbox.OFFICE);
    }
    return inboxes;
  }
}
