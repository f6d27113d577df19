package cn.ggzy.webui.experts;

import static cn.ggzy.webui.experts.ExpertTestData.RESIDENT_ID;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.ggzy.server.domain.model.expert.ExpertApplication;
import cn.ggzy.server.domain.model.expert.ExpertApplication.CertificateInput;
import cn.ggzy.server.domain.model.expert.ExpertRules;
import cn.ggzy.server.domain.model.expert.Specialties;
import cn.ggzy.server.domain.model.intake.IntakeValidationException;
import cn.ggzy.server.domain.model.intake.IntakeValidationException.Violation;
import cn.ggzy.tenants.TenantCatalogue;
import cn.ggzy.webui.i18n.Language;
import cn.ggzy.webui.i18n.Texts;
import cn.ggzy.webui.publicsite.PublicErrors;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** 专家入库申请 without a browser: what is sent, and every fault of the backend shown at its field. */
class ExpertApplicationFormTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 12, 14);
  private final List<ExpertApplicationForm.SubmitEvent> sent = new ArrayList<>();

  private ExpertApplicationForm form(Locale locale) {
    ExpertApplicationForm form = new ExpertApplicationForm(ExpertTestData.texts(locale), ExpertTestData.names(locale));
    form.setRegions(List.of(TenantCatalogue.macheng()), locale);
    form.addSubmitListener(sent::add);
    return form;
  }

  private static void fill(ExpertApplicationForm form) {
    form.name.setValue(" 张工 ");
    form.residentId.setValue(RESIDENT_ID);
    form.phone.setValue("13800138000");
    form.employer.setValue("麻城市建筑设计院");
    form.title.setValue("高级工程师");
    SpecialtyNames names = ExpertTestData.names(Language.CHINESE);
    form.specialties.setValue(Set.of(names.find("A0204"), names.find("A0101")));
    form.certificates.rows.get(0).name.setValue("高级工程师职称证书");
    form.certificates.rows.get(0).number.setValue("鄂高职2015-0087");
    form.certificates.rows.get(0).validUntil.setValue(LocalDate.of(2030, 6, 30));
    form.conflicts.setValue("麻城市城建投资公司\n\n  湖北某路桥公司  \n");
    form.declaration.setValue(true);
  }

  @Test
  void theApplicationIsSentAsTypedToTheFirstRegion() {
    ExpertApplicationForm form = form(Language.CHINESE);
    assertFalse(form.region.isVisible(), "one region: nothing to choose");
    fill(form);
    form.certificates.add.click();
    form.certificates.add.click();
    form.certificates.rows.get(2).name.setValue("一级注册建造师");
    form.certificates.rows.get(2).number.setValue("鄂1422015201600123");
    form.submit.click();

    assertEquals(1, sent.size());
    assertEquals("421181", sent.get(0).region());
    ExpertApplication a = sent.get(0).application();
    assertEquals("张工", a.name());
    assertEquals(RESIDENT_ID, a.residentId());
    assertEquals(List.of("A0101", "A0204"), a.specialties(), "in the list's order");
    assertEquals(List.of(new CertificateInput("高级工程师职称证书", "鄂高职2015-0087", "2030-06-30"),
        new CertificateInput("一级注册建造师", "鄂1422015201600123", "")), a.certificates(), "the empty block is left out");
    assertEquals(List.of("麻城市城建投资公司", "湖北某路桥公司"), a.conflicts());
    assertFalse(a.shareConsent());
    assertTrue(a.declaration());
    a.validate(Specialties.standard(), ExpertRules.DEFAULT, TODAY);
  }

  @Test
  void aWrongIdNumberAndNoSpecialtyAreShownAtTheirFieldsInChinese() {
    ExpertApplicationForm form = form(Language.CHINESE);
    fill(form);
    form.residentId.setValue("421181198001010017");
    form.specialties.clear();
    form.submit.click();
    IntakeValidationException refused = assertThrows(IntakeValidationException.class, () -> sent.get(0)
        .application().validate(Specialties.standard(), ExpertRules.DEFAULT, TODAY));

    List<String> rest = PublicErrors.showAtFields(refused, Language.CHINESE, ExpertTestData.chinese(), form);
    assertEquals(List.of(), rest, "every fault has its field");
    assertTrue(form.residentId.isInvalid());
    assertEquals("居民身份证号码不正确，请核对 18 位号码", form.residentId.getErrorMessage());
    assertTrue(form.specialties.isInvalid());
    assertEquals("请至少选择一个评标专业", form.specialties.getErrorMessage());
    assertFalse(form.name.isInvalid());
  }

  @Test
  void everyFaultOfTheBackendFindsItsFieldInEnglish() {
    ExpertApplicationForm form = form(Language.ENGLISH);
    fill(form);
    form.certificates.add.click();
    form.certificates.add.click();
    form.certificates.rows.get(2).name.setValue("Registered constructor");
    IntakeValidationException e = new IntakeValidationException(List.of(
        new Violation("expert.phone.invalid", "phone"),
        new Violation("expert.specialty.unknown", "specialties[1]"),
        new Violation("expert.certificate.number", "certificates[1].number"),
        new Violation("expert.certificate.expired", "certificates[0].validUntil"),
        new Violation("expert.conflict.invalid", "conflicts[1]"),
        new Violation("expert.declaration.required", "declaration"),
        new Violation("expert.region.unknown", "region")));
    assertEquals(List.of(), PublicErrors.showAtFields(e, Language.ENGLISH, ExpertTestData.english(), form));
    assertTrue(form.phone.isInvalid() && form.specialties.isInvalid() && form.conflicts.isInvalid()
        && form.declaration.isInvalid() && form.region.isInvalid());
    var third = form.certificates.rows.get(2);
    assertTrue(third.number.isInvalid(), "index 1 of those sent is the third block (the second is empty)");
    assertFalse(form.certificates.rows.get(1).number.isInvalid());
    assertTrue(form.certificates.rows.get(0).validUntil.isInvalid());
    assertFalse(form.phone.getErrorMessage().isBlank() || form.phone.getErrorMessage().startsWith("expert."),
        form.phone.getErrorMessage());
    assertFalse(form.phone.getErrorMessage().codePoints().anyMatch(c -> Character.UnicodeScript.of(c)
        == Character.UnicodeScript.HAN), "the English text: " + form.phone.getErrorMessage());
  }

  @Test
  void noCertificateIsShownBelowTheBlocksAndOneBlockAlwaysStays() {
    ExpertApplicationForm form = form(Language.CHINESE);
    assertFalse(form.certificates.rows.get(0).remove.isVisible(), "the only block cannot be removed");
    form.certificates.add.click();
    assertTrue(form.certificates.rows.get(0).remove.isVisible());
    form.certificates.rows.get(1).remove.click();
    assertEquals(1, form.certificates.rows.size());
    assertEquals("expert-certificate-name-0", form.certificates.rows.get(0).name.getId().orElseThrow());
    assertTrue(form.showFieldError("certificates", "请至少填写一份职称或执业资格证书"));
    assertTrue(form.certificates.error.isVisible());
    assertEquals("请至少填写一份职称或执业资格证书", form.certificates.error.getText());
  }

  @Test
  void everyLabelHasATextInBothLanguages() {
    for (Locale locale : List.of(Language.CHINESE, Language.ENGLISH)) {
      ExpertApplicationForm form = form(locale);
      String labels = List.of(form.name, form.residentId, form.phone, form.employer, form.title).stream()
          .map(f -> f.getLabel() + " " + f.getHelperText()).collect(Collectors.joining(" "))
          + form.specialties.getLabel() + form.specialties.getHelperText() + form.conflicts.getLabel()
          + form.shareConsent.getLabel() + form.declaration.getLabel() + form.submit.getText();
      assertFalse(labels.contains("!{") || labels.contains("experts."), locale + ": " + labels);
    }
    Texts zh = ExpertTestData.chinese();
    assertEquals("选择1至3个，可输入代码或名称查找", zh.get("experts.field.specialties.help", 3));
  }
}
