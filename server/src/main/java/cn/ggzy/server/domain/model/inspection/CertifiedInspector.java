package cn.ggzy.server.domain.model.inspection;

import cn.ggzy.tenants.TenantId;
import cn.ggzy.tenants.TenantOwned;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * An officer on the inspector roster (执法检查人员名录) of the department: the officer's login, the
 * enforcement certificate (执法证号) and its valid-until date, and the declared interests that
 * recuse the officer: objects where a near relative works or holds an interest ({@code relatives})
 * and former employers ({@code formerEmployers}), both as object codes.
 */
public record CertifiedInspector(TenantId tenantId, String login, String displayName, String certificateNumber,
    LocalDate validUntil, Set<String> relatives, Set<String> formerEmployers) implements TenantOwned {
  public CertifiedInspector {
    Objects.requireNonNull(tenantId, "tenantId");
    Objects.requireNonNull(login, "login");
    displayName = Inputs.required(displayName, 64, "displayName");
    certificateNumber = Inputs.code(certificateNumber, "certificateNumber");
    if (validUntil == null) {
      throw new InspectionException("inspection.inspector.validUntil.required", "validUntil");
    }
    relatives = codes(relatives, "relatives");
    formerEmployers = codes(formerEmployers, "formerEmployers");
  }

  private static Set<String> codes(Set<String> codes, String field) {
    TreeSet<String> checked = new TreeSet<>();
    for (String code : codes == null ? Set.<String>of() : codes) {
      if (code != null && !code.isBlank()) {
        checked.add(Inputs.code(code, field));
      }
    }
    return Set.copyOf(checked);
  }

  /** Only certified officers may inspect: the certificate must still be valid on {@code day}. */
  public boolean certifiedOn(LocalDate day) {
    return !validUntil.isBefore(day);
  }
}
