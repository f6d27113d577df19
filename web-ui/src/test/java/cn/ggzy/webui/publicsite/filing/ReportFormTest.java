package cn.ggzy.webui.publicsite.filing;

import static cn.ggzy.webui.publicsite.filing.FilingTestData.TEXTS;
import static cn.ggzy.webui.publicsite.filing.FilingTestData.bytes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.ggzy.server.application.IntakeViews.Matter;
import cn.ggzy.server.application.IntakeViews.ProofOfWork;
import cn.ggzy.server.application.IntakeViews.ReportInput;
import cn.ggzy.server.domain.model.enforcement.Industry;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The 举报 form without a browser: what it asks, what it sends, where refusals appear. */
class ReportFormTest {
  ReportForm form;
  List<ReportForm.SubmitEvent> submitted = new ArrayList<>();
  FilingTestData.RecordingStore store = new FilingTestData.RecordingStore();

  @BeforeEach
  void setUp() {
    form = new ReportForm(TEXTS);
    form.setRegions(FilingTestData.macheng(), Locale.SIMPLIFIED_CHINESE);
    form.evidence.setLimits(FilingTestData.LIMITS);
    form.evidence.setStore(store);
    form.addSubmitListener(submitted::add);
  }

  @Test
  void anAnonymousReportAsksNoNameAndSendsNone() {
    assertTrue(form.anonymous.getValue(), "anonymous by default");
    assertFalse(form.name.isVisible());
    assertFalse(form.phone.isVisible());
    assertFalse(form.region.isVisible(), "one region: nothing to choose");

    form.subject.matter.setValue(Matter.BID_RIGGING);
    form.subject.industry.setValue(Industry.HOUSING_CONSTRUCTION);
    form.subject.projectName.setValue(" 城东污水管网改造工程 ");
    form.subject.facts.setValue("  三家投标人的投标文件由同一人编制。 ");
    form.evidence.apply(form.evidence.receive("photo.jpg", 4, bytes("jpeg")), Locale.SIMPLIFIED_CHINESE);
    form.submit.click();

    assertEquals(1, submitted.size());
    ReportInput input = submitted.get(0).input("key-0123456789abcdef", new ProofOfWork("c", "42"));
    assertEquals("421181", input.region());
    assertEquals("key-0123456789abcdef", input.idempotencyKey());
    assertEquals("42", input.proof().counter());
    assertTrue(input.anonymous());
    assertNull(input.reporter());
    assertEquals(Matter.BID_RIGGING, input.matter());
    assertEquals(Industry.HOUSING_CONSTRUCTION, input.industry());
    assertEquals("城东污水管网改造工程", input.projectName());
    assertNull(input.projectCode(), "an empty field is sent as absent");
    assertEquals("三家投标人的投标文件由同一人编制。", input.facts());
    assertEquals(store.ids, input.evidenceUploadIds());
  }

  @Test
  void aNamedReportNeedsNameAndPhoneBeforeAnythingIsSent() {
    form.anonymous.setValue(false);
    assertTrue(form.name.isVisible());
    assertTrue(form.phone.isVisible());
    form.subject.matter.setValue(Matter.FRAUD);
    form.subject.facts.setValue("伪造业绩证明");
    form.submit.click();
    assertTrue(submitted.isEmpty());
    assertTrue(form.name.isInvalid());
    assertTrue(form.phone.isInvalid());
    assertTrue(form.status.isVisible());

    form.name.setValue("李四");
    form.phone.setValue("13800138000");
    form.submit.click();
    ReportInput input = submitted.get(0).draft();
    assertFalse(input.anonymous());
    assertEquals("李四", input.reporter().name());
    assertEquals("13800138000", input.reporter().phone());
    assertNull(input.reporter().idNumber());
  }

  @Test
  void theMatterAndTheFactsAreRequired() {
    form.submit.click();
    assertTrue(submitted.isEmpty());
    assertTrue(form.subject.matter.isInvalid());
    assertTrue(form.subject.facts.isInvalid());
    assertEquals("filing.fixFields", form.status.text());
  }

  @Test
  void theBackendsRefusalsAppearAtTheirFields() {
    form.anonymous.setValue(false);
    assertTrue(form.showFieldError("reporter.phone", "请填写 11 位中国大陆手机号码"));
    assertTrue(form.phone.isInvalid());
    assertEquals("请填写 11 位中国大陆手机号码", form.phone.getErrorMessage());
    assertTrue(form.showFieldError("facts", "请填写事实和理由"));
    assertTrue(form.subject.facts.isInvalid());
    assertTrue(form.showFieldError("evidenceUploadIds[1]", "附件不存在或已过期，请重新上传"));
    assertTrue(form.evidence.error.isVisible());
    assertEquals("附件不存在或已过期，请重新上传", form.evidence.error.getText());
    assertFalse(form.showFieldError("proof", "安全验证未通过"), "not a field: shown as the form's message");
  }

  @Test
  void whileSendingTheButtonIsDisabledAndAFailureEnablesItAgain() {
    form.working("filing.verifying");
    assertFalse(form.submit.isEnabled());
    assertEquals("filing.verifying", form.status.text());
    form.failed("filing.unavailable");
    assertTrue(form.submit.isEnabled());
    assertEquals("filing.unavailable", form.status.text());
  }
}
