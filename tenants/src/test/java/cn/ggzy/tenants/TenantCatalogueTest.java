package cn.ggzy.tenants;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TenantCatalogueTest {
  @Test
  void machengHasItsOfficeFourIndustryAndTwoMemberDepartments() {
    Region macheng = TenantCatalogue.macheng();
    assertEquals("421181", macheng.code().value());
    assertEquals("麻城市公共资源交易监督管理办公室", macheng.office().nameZh());
    assertEquals(4, macheng.departments().stream()
        .filter(d -> d.kind() == DepartmentKind.INDUSTRY_DEPARTMENT).count());
    assertEquals(List.of("麻城市发展和改革局", "麻城市财政局"), macheng.departments().stream()
        .filter(d -> d.kind() == DepartmentKind.MEMBER_DEPARTMENT).map(Department::nameZh).toList());
    assertTrue(macheng.department(TenantId.of("421181-slj")).isPresent());
  }

  @Test
  void aRegionRejectsADepartmentOfAnotherRegionOrATwin() {
    Region macheng = TenantCatalogue.macheng();
    assertThrows(IllegalArgumentException.class, () -> macheng.withDepartment(new Department(
        TenantId.of("420100-zjj"), "武汉市住建局", "Wuhan Housing", DepartmentKind.INDUSTRY_DEPARTMENT)));
    assertThrows(IllegalArgumentException.class, () -> macheng.withDepartment(new Department(
        TenantId.of("421181-zjj"), "重复", "Twin", DepartmentKind.INDUSTRY_DEPARTMENT)));
  }

  @Test
  void officeScopeCoversOnlyItsOwnRegion() {
    OfficeScope scope = new OfficeScope(RegionCode.of("421181"), "leader", "timeliness review");
    assertTrue(scope.covers(TenantId.of("421181-nyj")));
    assertEquals(false, scope.covers(TenantId.of("420100-nyj")));
  }
}
