package cn.ggzy.server.application;

import cn.ggzy.server.application.InspectionViews.ImportReport;
import cn.ggzy.server.application.InspectionViews.InspectorView;
import cn.ggzy.server.application.InspectionViews.ObjectView;
import cn.ggzy.server.domain.model.inspection.ObjectKind;
import cn.ggzy.tenants.Department;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * The two rosters of random inspections (检查对象名录, 执法检查人员名录). Department heads keep their
 * department's; the supervision office keeps any department's of its region (an audited scope).
 * Every officer reads the own department's.
 */
public interface InspectionRosters {
  record ObjectInput(String code, ObjectKind kind, String name, String supervisingUnit, boolean complaints,
      boolean lowCredit) {}

  record InspectorInput(String login, String certificateNumber, LocalDate validUntil, Set<String> relatives,
      Set<String> formerEmployers) {}

  /** The departments whose rosters the caller may read (the own first). */
  List<Department> departments(Caller caller);

  boolean mayMaintain(Caller caller, String tenantId);

  List<ObjectView> objects(Caller caller, String tenantId);

  ObjectView saveObject(Caller caller, String tenantId, ObjectInput input);

  void removeObject(Caller caller, String tenantId, String code);

  /**
   * Imports objects from CSV (UTF-8, header {@code code,kind,name,supervisingUnit,complaints,lowCredit};
   * kind PROJECT/ENTERPRISE/AGENCY or 项目/企业/代理机构; flags true/false, 是/否, 1/0). All lines or none.
   */
  ImportReport importObjects(Caller caller, String tenantId, byte[] csv);

  List<InspectorView> inspectors(Caller caller, String tenantId);

  /** Puts an officer of the department on its roster (the display name comes from the account). */
  InspectorView saveInspector(Caller caller, String tenantId, InspectorInput input);

  void removeInspector(Caller caller, String tenantId, String login);
}
