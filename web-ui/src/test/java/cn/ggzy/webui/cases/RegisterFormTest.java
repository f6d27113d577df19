package cn.ggzy.webui.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.ggzy.server.application.CaseRegister.NewCase;
import cn.ggzy.server.domain.model.enforcement.CaseSource;
import cn.ggzy.server.domain.model.enforcement.Industry;
import cn.ggzy.webui.i18n.Language;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RegisterFormTest {
  List<NewCase> registered = new ArrayList<>();

  RegisterForm form(boolean office) {
    RegisterForm form = new RegisterForm(office, UiTexts.chinese(), new CaseVocabulary(Language.CHINESE));
    form.addRegisterListener(e -> registered.add(e.input()));
    return form;
  }

  @Test
  void registeringFiresWhatWasTyped() {
    RegisterForm form = form(true);
    form.source.setValue(CaseSource.COMPLAINT);
    form.industry.setValue(Industry.HOUSING_CONSTRUCTION);
    form.title.setValue("城东安置房项目投诉");
    form.summary.setValue("投诉人称评标委员会未按招标文件评审");
    form.projectCode.setValue("MC-2026-018");
    form.projectName.setValue("城东安置房");
    form.respondent.setValue("某建设公司");
    form.keepInOffice.setValue(true);

    form.save.click();

    assertEquals(List.of(new NewCase(CaseSource.COMPLAINT, Industry.HOUSING_CONSTRUCTION, "城东安置房项目投诉",
        "投诉人称评标委员会未按招标文件评审", "MC-2026-018", "城东安置房", "某建设公司", "", true)), registered);
  }

  @Test
  void onlyTheOfficeMayKeepACase() {
    assertTrue(form(true).keepInOffice.isVisible());
    assertFalse(form(false).keepInOffice.isVisible());
  }

  @Test
  void sourcesAndIndustriesCarryTheirChineseNames() {
    RegisterForm form = form(false);
    assertEquals("投诉", form.source.getItemLabelGenerator().apply(CaseSource.COMPLAINT));
    assertEquals("房屋建筑和市政基础设施", form.industry.getItemLabelGenerator().apply(Industry.HOUSING_CONSTRUCTION));
  }

  @Test
  void refusalsAppearAtTheirField() {
    RegisterForm form = form(false);
    assertTrue(form.showFieldError("summary", "请填写案情摘要"));
    assertTrue(form.summary.isInvalid());
    assertTrue(form.showFieldError("industry", "请选择行业类别"));
    assertTrue(form.industry.isInvalid());
    assertFalse(form.showFieldError("action", "x"));
  }
}
