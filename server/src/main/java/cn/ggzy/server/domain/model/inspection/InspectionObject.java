package cn.ggzy.server.domain.model.inspection;

import cn.ggzy.tenants.TenantId;
import cn.ggzy.tenants.TenantOwned;
import java.util.Objects;

/**
 * An entry of the roster of inspection objects (检查对象名录) of one department: a project, an
 * enterprise or an agency, known by its code (project code or 统一社会信用代码). {@code supervisingUnit}
 * is the department that owns or directly administers the object (its officers are recused);
 * {@code complaints} and {@code lowCredit} give the object the plan's extra weight.
 */
public record InspectionObject(TenantId tenantId, String code, ObjectKind kind, String name,
    TenantId supervisingUnit, boolean complaints, boolean lowCredit) implements TenantOwned {
  public InspectionObject {
    Objects.requireNonNull(tenantId, "tenantId");
    code = Inputs.code(code, "code");
    if (kind == null) {
      throw new InspectionException("inspection.object.kind.required", "kind");
    }
    name = Inputs.required(name, 200, "name");
  }
}
