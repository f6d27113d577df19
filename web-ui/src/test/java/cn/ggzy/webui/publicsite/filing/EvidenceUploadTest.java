package cn.ggzy.webui.publicsite.filing;

import static cn.ggzy.webui.publicsite.filing.FilingTestData.LIMITS;
import static cn.ggzy.webui.publicsite.filing.FilingTestData.MB;
import static cn.ggzy.webui.publicsite.filing.FilingTestData.TEXTS;
import static cn.ggzy.webui.publicsite.filing.FilingTestData.bytes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.ggzy.server.application.IntakeViews.Upload;
import cn.ggzy.server.domain.model.DomainException;
import com.vaadin.flow.component.button.Button;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Evidence files: limits shown, retries stored once, refusals named with their reason. */
class EvidenceUploadTest {
  final FilingTestData.RecordingStore store = new FilingTestData.RecordingStore();
  final EvidenceUpload upload = new EvidenceUpload("ev", TEXTS);

  EvidenceUploadTest() {
    upload.setLimits(LIMITS);
    upload.setStore(store);
  }

  @Test
  void theBackendsLimitsAreShownAndGivenToTheComponent() {
    assertEquals("evidence.limits[20 MB, 50 MB, 10, evidence.category.image" + "list.separator"
        + "evidence.category.pdf]", upload.limitsText.getText());
    assertEquals(20 * MB, upload.upload.getMaxFileSize());
    assertEquals(10, upload.upload.getMaxFiles());
    assertEquals(List.of("image/jpeg", ".jpg", ".jpeg", "application/pdf", ".pdf"),
        upload.upload.getAcceptedFileTypes());
  }

  @Test
  void aStoredFileIsListedAndItsIdSentWithTheSubmission() {
    upload.apply(upload.receive("现场照片.jpg", 4, bytes("jpeg")), Locale.SIMPLIFIED_CHINESE);
    assertEquals(store.ids, upload.uploadIds());
    assertEquals(1, upload.files.getComponentCount());
    assertEquals("ev-file-0", upload.files.getComponentAt(0).getId().orElseThrow());
    assertFalse(upload.error.isVisible());
  }

  @Test
  void aRetriedFileIsStoredUnderTheSameIdAndListedOnce() {
    upload.apply(upload.receive("a.jpg", 4, bytes("jpeg")), Locale.SIMPLIFIED_CHINESE);
    upload.apply(upload.receive("a.jpg", 4, bytes("jpeg")), Locale.SIMPLIFIED_CHINESE);
    assertEquals(2, store.ids.size());
    assertEquals(store.ids.get(0), store.ids.get(1), "the retry asks for the same upload");
    assertEquals(1, upload.uploadIds().size());
    assertTrue(store.ids.get(0).matches("[0-9a-f]{32}"), "an id the backend accepts: " + store.ids.get(0));
    assertTrue(!upload.uploadId("a.jpg", 4).equals(upload.uploadId("b.jpg", 4)));
    assertTrue(!upload.uploadId("a.jpg", 4).equals(new EvidenceUpload("ev", TEXTS).uploadId("a.jpg", 4)),
        "another form's file with the same name is another upload");
  }

  @Test
  void aFileTheBackendRefusesIsNamedWithTheReasonAndNotSent() {
    upload.setStore((id, name, content) -> {
      throw new DomainException("intake.upload.type.notAllowed", "file");
    });
    upload.apply(upload.receive("invoice.exe", 10, bytes("MZ")), Locale.SIMPLIFIED_CHINESE);
    assertTrue(upload.uploadIds().isEmpty());
    assertTrue(upload.error.isVisible());
    assertEquals("evidence.refused[invoice.exe, 不支持该文件类型（按文件内容识别）：请上传图片、PDF、Office 文档、音频或视频]",
        upload.error.getText());
    upload.apply(upload.receive("invoice.exe", 10, bytes("MZ")), Locale.ENGLISH);
    assertTrue(upload.error.getText().contains("judged by its content"), upload.error.getText());
  }

  @Test
  void filesOverTheSubmissionsTotalAreNotStored() {
    List<String> asked = new ArrayList<>();
    upload.setStore((id, name, content) -> {
      asked.add(name);
      return new Upload(id, name, 45 * MB, 45 * MB, true, "video/mp4", "ef".repeat(32));
    });
    upload.apply(upload.receive("video.mp4", 45 * MB, bytes("x")), Locale.SIMPLIFIED_CHINESE);
    upload.apply(upload.receive("big.mp4", 8 * MB, bytes("y")), Locale.SIMPLIFIED_CHINESE);
    assertEquals(List.of("video.mp4"), asked, "the second file was not sent to the backend");
    assertEquals("evidence.refused[big.mp4, evidence.error.total[50 MB]]", upload.error.getText());
  }

  @Test
  void aRemovedFileIsNoLongerSent() {
    upload.apply(upload.receive("a.jpg", 4, bytes("jpeg")), Locale.SIMPLIFIED_CHINESE);
    upload.apply(upload.receive("b.jpg", 4, bytes("jpeg")), Locale.SIMPLIFIED_CHINESE);
    String second = upload.uploadIds().get(1);
    Button remove = (Button)
        upload.files.getComponentAt(0).getChildren().filter(c -> c.getId().orElse("").equals("ev-remove-0"))
            .findFirst().orElseThrow();
    remove.click();
    assertEquals(List.of(second), upload.uploadIds());
  }
}
