package cn.ggzy.server.application.internal.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.ggzy.server.domain.model.DomainException;
import cn.ggzy.server.domain.model.intake.FileType;
import org.junit.jupiter.api.Test;

/** What a filer's file name becomes: one bounded, plain path element, with an honest extension. */
class FileNamesTest {
  @Test
  void aNameIsItsLastPathElementWithoutControlOrDirectionCharacters() {
    assertEquals("照片.jpg", IntakeUploads.fileName("C:\\Users\\张三\\照片.jpg"));
    assertEquals("evil.jpg", IntakeUploads.fileName("../../etc/evil.jpg"));
    // a right-to-left override would show "photo‮gpj.exe" as "photoexe.jpg"
    assertEquals("photogpj.exe", IntakeUploads.fileName("photo\u202Egpj.exe"));
    assertEquals("a.pdf", IntakeUploads.fileName("a\u2066\u200F.pdf\u0007"));
    // NFC: a decomposed é is stored composed
    assertEquals("r\u00e9sum\u00e9.pdf", IntakeUploads.fileName("re\u0301sume\u0301.pdf"));
    assertEquals("intake.upload.fileName.required",
        assertThrows(DomainException.class, () -> IntakeUploads.fileName("\u202E")).code());
  }

  @Test
  void aLongNameIsCutKeepingItsExtension() {
    String name = IntakeUploads.fileName("证".repeat(5000) + ".jpeg");
    assertEquals(IntakeUploads.MAX_NAME, name.codePointCount(0, name.length()));
    assertTrue(name.endsWith("证.jpeg"), name);
    String noExtension = IntakeUploads.fileName("x".repeat(3000));
    assertEquals(IntakeUploads.MAX_NAME, noExtension.length());
  }

  @Test
  void theStoredNameCarriesAnExtensionOfTheKindTheContentIs() {
    assertEquals("poly.jpg", FileType.nameFor("poly.html", "image/jpeg"));
    assertEquals("scan.JPEG", FileType.nameFor("scan.JPEG", "image/jpeg"));
    assertEquals("报告.pdf", FileType.nameFor("报告", "application/pdf"));
    assertEquals("a.tar.mp4", FileType.nameFor("a.tar.gz", "video/mp4"));
    assertEquals("x.bin", FileType.nameFor("x.bin", "application/x-unknown"));
  }
}
