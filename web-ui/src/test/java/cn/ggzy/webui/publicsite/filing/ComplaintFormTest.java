package cn.ggzy.webui.publicsite.filing;

import static cn.ggzy.webui.publicsite.filing.FilingTestData.TEXTS;
import static cn.ggzy.webui.publicsite.filing.FilingTestData.bytes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.ggzy.server.application.IntakeViews.ComplaintInput;
import cn.ggzy.server.application.IntakeViews.Matter;
import cn.ggzy.server.application.IntakeViews.ObjectionSubject;
import cn.ggzy.server.application.IntakeViews.PersonKind;
import cn.ggzy.server.application.IntakeViews.ProofOfWork;
import cn.ggzy.server.application.Messages;
import com.vaadin.flow.component.BlurNotifier;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The 投诉 form without a browser: the complainant, the objection rule, the late warning. */
class ComplaintFormTest {
  static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
  ComplaintForm form;
  List<ComplaintForm.SubmitEvent> submitted = new ArrayList<>();
  FilingTestData.RecordingStore store = new FilingTestData.RecordingStore();

  @BeforeEach
  void setUp() {
    form = new ComplaintForm(TEXTS, () -> TODAY);
    form.setRegions(FilingTestData.macheng(), Locale.SIMPLIFIED_CHINESE);
    form.setFilingWindowDays(10);
    form.evidence.setLimits(FilingTestData.LIMITS);
    form.evidence.setStore(store);
    form.objectionProof.setLimits(FilingTestData.LIMITS);
    form.objectionProof.setStore(store);
    form.addSubmitListener(submitted::add);
  }

  @Test
  void choicesInviteAChoiceAndDatesLookEmptyUntilFilled() {
    assertEquals("filing.choose", form.subject.matter.getPlaceholder());
    assertEquals("filing.choose", form.subject.industry.getPlaceholder());
    assertEquals("filing.choose", form.objectionSubject.getPlaceholder());
    assertTrue(form.learnedOn.getPlaceholder() == null || form.learnedOn.getPlaceholder().isEmpty(),
        "no grey sample date that looks filled in: " + form.learnedOn.getPlaceholder());
    assertTrue(form.learnedOn.getHelperText().contains("date.format"), form.learnedOn.getHelperText());
  }

  private static void leave(TextField field) {
    ComponentUtil.fireEvent(field, new BlurNotifier.BlurEvent<>(field, true));
  }

  @Test
  void aFaultShowsAsSoonAsTheFieldIsLeft() {
    form.phone.setValue("1380013800");
    leave(form.phone);
    assertTrue(form.phone.isInvalid(), "a 10-digit number is refused when the field is left");
    assertEquals(Messages.text("intake.phone.invalid", Messages.CHINESE), form.phone.getErrorMessage());
    form.phone.setValue("13800138000");
    leave(form.phone);
    assertFalse(form.phone.isInvalid());

    form.idNumber.setValue("110105194912310021");
    leave(form.idNumber);
    assertTrue(form.idNumber.isInvalid(), "a wrong check digit is refused when the field is left");
    form.idNumber.setValue("11010519491231002x");
    leave(form.idNumber);
    assertFalse(form.idNumber.isInvalid());

    leave(form.name);
    assertEquals("filing.required", form.name.getErrorMessage());
    form.kind.setValue(PersonKind.LEGAL);
    form.creditCode.setValue("91421181MA4A1B2C3X");
    leave(form.creditCode);
    assertTrue(form.creditCode.isInvalid(), "a unit's credit code is checked too");
  }

  @Test
  void aUnitMayAddItsAgentsPowerOfAttorneyAndAnyoneTheRespondentsContact() {
    assertFalse(form.authorization.isVisible(), "a natural person has no power of attorney to give");
    form.kind.setValue(PersonKind.LEGAL);
    assertTrue(form.authorization.isVisible());
    form.kind.setValue(PersonKind.NATURAL);
    fillNaturalPerson();
    form.respondentContact.setValue(" 麻城市某路1号 ");
    form.declaration.setValue(true);
    form.submit.click();
    assertEquals(1, submitted.size());
    assertEquals("麻城市某路1号", submitted.get(0).draft().respondentContact());
    assertEquals(List.of(), submitted.get(0).input("k-0000000000000000", null).authorizationUploadIds());
    assertTrue(form.showFieldError("respondentContact", "太长"));
    assertTrue(form.respondentContact.isInvalid());
  }

  private void fillNaturalPerson() {
    form.name.setValue("张三");
    form.idNumber.setValue("11010519491231002x");
    form.phone.setValue("13800138000");
    form.address.setValue("麻城市龙池桥街道");
    form.subject.respondent.setValue("麻城市某建设公司");
    form.subject.projectName.setValue("城东污水管网改造工程");
    form.subject.section.setValue("二标段");
    form.subject.matter.setValue(Matter.UNFAIR_EVALUATION);
    form.subject.facts.setValue("评标委员会未按招标文件规定的标准评审。");
    form.request.setValue("责令重新评标");
    form.learnedOn.setValue(TODAY.minusDays(3));
    form.declaration.setValue(true);
  }

  @Test
  void aNaturalPersonsComplaintIsSentWithTheResidentIdInCapitals() {
    fillNaturalPerson();
    assertFalse(form.organisation.isVisible());
    assertFalse(form.objectionProof.isVisible(), "no objection needed for other matters");
    form.submit.click();

    ComplaintInput input = submitted.get(0).input("key-0123456789abcdef", new ProofOfWork("c", "7"));
    assertEquals("421181", input.region());
    assertEquals("key-0123456789abcdef", input.idempotencyKey());
    assertEquals(PersonKind.NATURAL, input.complainant().kind());
    assertEquals("张三", input.complainant().name());
    assertEquals("11010519491231002X", input.complainant().idNumber());
    assertNull(input.complainant().organisation());
    assertEquals("13800138000", input.complainant().phone());
    assertEquals("麻城市某建设公司", input.respondent());
    assertEquals("二标段", input.section());
    assertEquals(ObjectionSubject.NONE, input.objectionSubject());
    assertNull(input.objectionRaisedOn());
    assertEquals(List.of(), input.objectionProofUploadIds());
    assertEquals(TODAY.minusDays(3), input.learnedOn());
    assertEquals("责令重新评标", input.request());
    assertTrue(input.declaration());
  }

  @Test
  void aLegalPersonGivesOrganisationCreditCodeAndItsRepresentative() {
    fillNaturalPerson();
    form.kind.setValue(PersonKind.LEGAL);
    assertTrue(form.organisation.isVisible());
    assertTrue(form.creditCode.isVisible());
    assertFalse(form.idNumber.isVisible());
    assertEquals("complaint.representative", form.name.getLabel());
    form.organisation.setValue("湖北某建筑工程有限公司");
    form.creditCode.setValue("91350100m000100y43");
    form.submit.click();
    ComplaintInput input = submitted.get(0).draft();
    assertEquals(PersonKind.LEGAL, input.complainant().kind());
    assertEquals("湖北某建筑工程有限公司", input.complainant().organisation());
    assertEquals("91350100M000100Y43", input.complainant().creditCode());
    assertNull(input.complainant().idNumber(), "a hidden field is not sent");
  }

  @Test
  void aMatterThatNeedsAPriorObjectionAsksForItsDateAndProof() {
    fillNaturalPerson();
    form.objectionSubject.setValue(ObjectionSubject.EVALUATION_RESULT);
    assertTrue(form.objectionRaisedOn.isVisible());
    assertTrue(form.objectionProof.isVisible());
    form.submit.click();
    assertTrue(submitted.isEmpty());
    assertTrue(form.objectionRaisedOn.isInvalid());
    assertTrue(form.objectionProof.error.isVisible());

    form.objectionRaisedOn.setValue(TODAY.minusDays(5));
    form.objectionProof.apply(form.objectionProof.receive("异议函.pdf", 3, bytes("pdf")), Locale.SIMPLIFIED_CHINESE);
    form.submit.click();
    ComplaintInput input = submitted.get(0).draft();
    assertEquals(TODAY.minusDays(5), input.objectionRaisedOn());
    assertEquals(1, input.objectionProofUploadIds().size());
    assertEquals(List.of(), input.evidenceUploadIds(), "the proof is not counted as evidence");
  }

  @Test
  void aLateComplaintIsWarnedAboutButStillSent() {
    fillNaturalPerson();
    form.learnedOn.setValue(TODAY.minusDays(10));
    assertFalse(form.lateWarning.isVisible(), "the tenth day is still in time");
    form.learnedOn.setValue(TODAY.minusDays(11));
    assertTrue(form.lateWarning.isVisible());
    assertEquals("complaint.late[10]", form.lateWarning.getText());
    form.submit.click();
    assertEquals(1, submitted.size());
  }

  @Test
  void aComplaintNamesTheRespondentAndTheProject() {
    fillNaturalPerson();
    form.subject.respondent.clear();
    form.subject.projectName.clear();
    form.submit.click();
    assertTrue(submitted.isEmpty());
    assertTrue(form.subject.respondent.isInvalid());
    assertTrue(form.subject.projectName.isInvalid());
    assertFalse(form.subject.projectCode.isInvalid(), "the project code is optional");
  }

  @Test
  void withoutTheDeclarationNothingIsSent() {
    fillNaturalPerson();
    form.declaration.setValue(false);
    form.submit.click();
    assertTrue(submitted.isEmpty());
    assertTrue(form.declaration.isInvalid());
  }

  @Test
  void theBackendsCheckCharacterErrorsAppearAtTheirFields() {
    assertTrue(form.showFieldError("complainant.idNumber", "居民身份证号码校验位不正确，请核对"));
    assertTrue(form.idNumber.isInvalid());
    assertEquals("居民身份证号码校验位不正确，请核对", form.idNumber.getErrorMessage());
    assertTrue(form.showFieldError("complainant.creditCode", "统一社会信用代码校验位不正确，请核对"));
    assertTrue(form.creditCode.isInvalid());
    assertTrue(form.showFieldError("objectionProofUploadIds", "请上传已提出异议的证明材料"));
    assertTrue(form.objectionProof.error.isVisible());
    assertTrue(form.showFieldError("learnedOn", "知道该事项的日期不能晚于今天"));
    assertTrue(form.learnedOn.isInvalid());
    assertTrue(form.showFieldError("region", "未知的地区"));
    assertTrue(form.region.isInvalid());
  }
}
