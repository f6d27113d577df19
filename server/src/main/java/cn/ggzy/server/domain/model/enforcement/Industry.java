package cn.ggzy.server.domain.model.enforcement;

import cn.ggzy.tenants.TenantId;
import java.util.Arrays;
import java.util.Optional;

/**
 * The industry of the tender, which decides the competent department (行业主管部门). The
 * department codes are those of the tenant catalogue; a region without that department leaves the
 * case with its supervision office.
 */
public enum Industry {
  /** 房屋建筑和市政基础设施. */
  HOUSING_CONSTRUCTION("zjj"),
  /** 交通运输. */
  TRANSPORT("jtj"),
  /** 水利. */
  WATER_CONSERVANCY("slj"),
  /** 农业农村. */
  AGRICULTURE("nyj"),
  /** 其他（由监管办办理）. */
  OTHER(null);

  private final String departmentCode;

  Industry(String departmentCode) {
    this.departmentCode = departmentCode;
  }

  public Optional<String> departmentCode() {
    return Optional.ofNullable(departmentCode);
  }

  /** The industry the department supervises; the office and unknown departments: {@link #OTHER}. */
  public static Industry supervisedBy(TenantId department) {
    return Arrays.stream(values()).filter(i -> department.departmentCode().equals(i.departmentCode))
        .findFirst().orElse(OTHER);
  }
}
