package cn.ggzy.webui.admin.regions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.ggzy.tenants.Department;
import cn.ggzy.tenants.DepartmentKind;
import cn.ggzy.tenants.Region;
import cn.ggzy.tenants.RegionCode;
import cn.ggzy.tenants.TenantId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class DepartmentFormTest {
  static final Region MACHENG = new Region(RegionCode.of("421181"), "麻城市", "Macheng City", "麻",
      List.of(new Department(TenantId.of("421181-jgb"), "麻城市公共资源交易监督管理办公室",
          "Macheng Supervision Office", DepartmentKind.SUPERVISION_OFFICE)));

  DepartmentForm form = new DepartmentForm(List.of(MACHENG), Locale.ENGLISH, key -> key);
  List<DepartmentForm.SaveEvent> saved = new ArrayList<>();

  @Test
  void savingFiresTheTypedEventForTheOnlyRegion() {
    form.addSaveListener(saved::add);
    form.code.setValue("sjj");
    form.nameZh.setValue("麻城市审计局");
    form.nameEn.setValue("Macheng Audit Bureau");
    form.kind.setValue(DepartmentKind.MEMBER_DEPARTMENT);

    form.save.click();

    assertEquals(new NewDepartment(RegionCode.of("421181"), "sjj", "麻城市审计局",
        "Macheng Audit Bureau", DepartmentKind.MEMBER_DEPARTMENT), saved.get(0).department());
  }

  @Test
  void onlyIndustryAndMemberDepartmentsCanBeAdded() {
    assertFalse(form.kind.getListDataView().getItems().anyMatch(k -> k == DepartmentKind.SUPERVISION_OFFICE));
  }

  @Test
  void backendErrorsAppearAtTheirFields() {
    assertTrue(form.showFieldError("code", "该部门已存在"));
    assertTrue(form.code.isInvalid());
    assertTrue(form.showFieldError("kind", "每个地区只能有一个监管办"));
    assertTrue(form.kind.isInvalid());
  }
}
