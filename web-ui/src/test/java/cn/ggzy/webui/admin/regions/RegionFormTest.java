package cn.ggzy.webui.admin.regions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RegionFormTest {
  RegionForm form = new RegionForm(key -> "[" + key + "]");
  List<RegionForm.SaveEvent> saved = new ArrayList<>();

  @Test
  void savingFiresTheTypedEventWithTheTrimmedValues() {
    form.addSaveListener(saved::add);
    form.code.setValue(" 421182 ");
    form.nameZh.setValue("武穴市");
    form.nameEn.setValue("Wuxue City");
    form.caseNumberPrefix.setValue("武");
    form.officeNameZh.setValue("武穴市公共资源交易监督管理办公室");
    form.officeNameEn.setValue("Wuxue Supervision Office");

    form.save.click();

    assertEquals(1, saved.size());
    assertEquals(new NewRegion("421182", "武穴市", "Wuxue City", "武",
        "武穴市公共资源交易监督管理办公室", "Wuxue Supervision Office"), saved.get(0).region());
  }

  @Test
  void backendErrorsAppearAtTheirFields() {
    assertTrue(form.showFieldError("code", "该地区已存在"));
    assertTrue(form.code.isInvalid());
    assertTrue(form.showFieldError("officeName", "请填写部门的中文和英文名称"));
    assertTrue(form.officeNameZh.isInvalid());
    assertFalse(form.showFieldError("tenants.manage", "无权执行此操作"));
  }

  @Test
  void clearingEmptiesTheFormForTheNextRegion() {
    form.code.setValue("421182");
    form.showFieldError("code", "x");
    form.clear();
    assertEquals("", form.code.getValue());
    assertFalse(form.code.isInvalid());
  }
}
