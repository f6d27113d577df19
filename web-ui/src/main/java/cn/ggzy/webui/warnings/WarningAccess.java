package cn.ggzy.webui.warnings;

import cn.ggzy.server.application.Caller;
import cn.ggzy.server.domain.model.account.Role;
import cn.ggzy.webui.session.AccessControl;
import cn.ggzy.webui.session.CurrentOfficer;
import com.vaadin.flow.router.BeforeEnterEvent;
import java.util.Optional;

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

  /** The signed-in officer when a reviewer; anyone else is sent on to the console (and empty is answered). */
  public static Optional<Caller> reviewer(BeforeEnterEvent event) {
    Optional<Caller> caller = CurrentOfficer.get().filter(WarningAccess::mayReview);
    if (caller.isEmpty()) {
      event.forwardTo(AccessControl.CONSOLE);
    }
    return caller;
  }
}
