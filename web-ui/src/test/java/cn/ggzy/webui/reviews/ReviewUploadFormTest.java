package cn.ggzy.webui.reviews;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.ggzy.server.application.DocumentReviews.Upload;
import cn.ggzy.server.application.Messages;
import cn.ggzy.webui.cases.UiTexts;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The document and its project as sent for review; what is checked here, and the backend's faults at their fields. */
class ReviewUploadFormTest {
  private static final byte[] DOCUMENT = "2. 投标人须在本市设立分公司。".getBytes(StandardCharsets.UTF_8);
  private final List<Upload> sent = new ArrayList<>();

  private ReviewUploadForm form() {
    ReviewUploadForm form = new ReviewUploadForm(UiTexts.chinese());
    form.onUpload(sent::add);
    return form;
  }

  @Test
  void theProjectAndTheFileAreSentAsTyped() {
    ReviewUploadForm form = form();
    assertEquals("项目编号", form.projectCode.getLabel());
    assertTrue(form.projectCode.isRequiredIndicatorVisible() && form.employer.isRequiredIndicatorVisible());
    form.projectCode.setValue("  MC-2026-G230 ");
    form.projectName.setValue("G230 改建工程");
    form.sectionName.setValue("一标段");
    form.employer.setValue("麻城市交通运输局");
    form.estimate.setValue(new BigDecimal("20000000"));
    form.file.received("招标文件.txt", DOCUMENT);
    assertEquals("已选择：招标文件.txt（1 KB）", form.file.chosen.getText());
    form.submit.click();
    assertEquals(1, sent.size());
    Upload u = sent.get(0);
    assertEquals(List.of("MC-2026-G230", "G230 改建工程", "一标段", "麻城市交通运输局", ""),
        List.of(u.projectCode(), u.projectName(), u.sectionName(), u.employer(), u.agency()));
    assertEquals(new BigDecimal("20000000"), u.estimate());
    assertNull(u.contractAmount());
    assertEquals("招标文件.txt", u.fileName());
    assertArrayEquals(DOCUMENT, u.content());
    assertEquals("正在读取和审查文件，请稍候……", form.status.text());
  }

  @Test
  void withoutAFileOrWithANegativeAmountNothingIsSent() {
    ReviewUploadForm form = form();
    form.projectCode.setValue("P1");
    form.contractAmount.setValue(new BigDecimal("-5"));
    form.submit.click();
    assertEquals(List.of(), sent);
    assertTrue(form.file.error.isVisible());
    assertEquals("请选择要审查的招标文件", form.file.error.getText());
    assertTrue(form.contractAmount.isInvalid());
    assertEquals("请按提示修改标红的内容后再提交", form.status.text());
    assertTrue(form.submit.isEnabled(), "usable again after a refusal here");
    form.contractAmount.setValue(null);
    form.file.received("b.docx", DOCUMENT);
    assertFalse(form.file.error.isVisible(), "a chosen file clears the error");
    form.submit.click();
    assertEquals(1, sent.size());
  }

  @Test
  void theBackendsFaultsAppearAtTheirFields() {
    ReviewUploadForm form = form();
    assertTrue(form.showFieldError("employer", Messages.chinese("review.project.employer")));
    assertTrue(form.employer.isInvalid());
    assertEquals("请填写招标人（不超过 200 个字）", form.employer.getErrorMessage());
    assertTrue(form.showFieldError("file", Messages.chinese("review.file.type")));
    assertEquals("只能审查 .docx、.doc、.wps、.pdf（带文字层）或 .txt 文件", form.file.error.getText());
    assertTrue(form.showFieldError("estimate", "x"));
    form.submit.setEnabled(false);
    form.failed();
    assertTrue(form.submit.isEnabled(), "usable again after the backend refused");
    assertFalse(form.showFieldError("findings", "x"), "not a field of this form");
    form.employer.setValue("招标人");
    assertFalse(form.employer.isInvalid(), "typing clears the mark");
  }

  @Test
  void theUploadTakesTheKindsAndSizeTheReviewReads() {
    ReviewUploadForm form = form();
    assertEquals(30 * 1024 * 1024, form.file.upload.getMaxFileSize());
    assertTrue(form.file.upload.getAcceptedFileTypes().containsAll(List.of(".docx", ".doc", ".wps", ".pdf", ".txt")));
    assertEquals("3.4 MB", ReviewFileUpload.size(3_565_158));
  }
}
