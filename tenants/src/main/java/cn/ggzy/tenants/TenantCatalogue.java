package cn.ggzy.tenants;

import java.util.List;

/** The regions loaded on first start. The first customer is 麻城市 (Hubei), region code 421181. */
public final class TenantCatalogue {
  public static final RegionCode MACHENG = RegionCode.of("421181");

  private TenantCatalogue() {}

  public static List<Region> initialRegions() {
    return List.of(macheng());
  }

  public static Region macheng() {
    return new Region(MACHENG, "麻城市", "Macheng City", "麻", List.of(
        new Department(TenantId.of(MACHENG, "jgb"), "麻城市公共资源交易监督管理办公室",
            "Macheng Public Resource Trading Supervision Office", DepartmentKind.SUPERVISION_OFFICE),
        new Department(TenantId.of(MACHENG, "zjj"), "麻城市住房和城乡建设局",
            "Macheng Housing and Urban-Rural Development Bureau", DepartmentKind.INDUSTRY_DEPARTMENT),
        new Department(TenantId.of(MACHENG, "jtj"), "麻城市交通运输局",
            "Macheng Transport Bureau", DepartmentKind.INDUSTRY_DEPARTMENT),
        new Department(TenantId.of(MACHENG, "slj"), "麻城市水利和湖泊局",
            "Macheng Water Resources and Lakes Bureau", DepartmentKind.INDUSTRY_DEPARTMENT),
        new Department(TenantId.of(MACHENG, "nyj"), "麻城市农业农村局",
            "Macheng Agriculture and Rural Affairs Bureau", DepartmentKind.INDUSTRY_DEPARTMENT),
        new Department(TenantId.of(MACHENG, "fgj"), "麻城市发展和改革局",
            "Macheng Development and Reform Bureau", DepartmentKind.MEMBER_DEPARTMENT),
        new Department(TenantId.of(MACHENG, "czj"), "麻城市财政局",
            "Macheng Finance Bureau", DepartmentKind.MEMBER_DEPARTMENT)));
  }
}
