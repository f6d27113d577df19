package cn.ggzy.webui.cases;

import cn.ggzy.server.application.OfficerDirectory.OfficerSummary;
import cn.ggzy.tenants.Department;
import java.io.Serializable;
import java.util.List;

/**
 * What an action's dialog lets the officer choose from: the officers of the case's department
 * (assigning) and the other departments of the region (transferring, inviting to a consultation).
 */
public record ActionChoices(List<OfficerSummary> officers, List<Department> departments) implements Serializable {
  public static final ActionChoices NONE = new ActionChoices(List.of(), List.of());

  public ActionChoices {
    officers = List.copyOf(officers);
    departments = List.copyOf(departments);
  }
}
