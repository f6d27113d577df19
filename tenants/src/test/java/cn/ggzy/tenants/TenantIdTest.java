package cn.ggzy.tenants;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class TenantIdTest {
  @Test
  void splitsRegionAndDepartment() {
    TenantId id = TenantId.of("421181-zjj");
    assertEquals(RegionCode.of("421181"), id.region());
    assertEquals("zjj", id.departmentCode());
  }

  @Test
  void rejectsMalformedIds() {
    assertThrows(IllegalArgumentException.class, () -> TenantId.of("zjj"));
    assertThrows(IllegalArgumentException.class, () -> TenantId.of("42118-zjj"));
    assertThrows(IllegalArgumentException.class, () -> TenantId.of("421181-ZJJ"));
    assertThrows(IllegalArgumentException.class, () -> TenantId.of("421181-zjj/../x"));
  }
}
