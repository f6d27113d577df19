package cn.ggzy.server.infrastructure.documents.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.ggzy.server.application.CaseDocuments;
import cn.ggzy.server.application.CaseDocuments.Notice;
import cn.ggzy.server.application.CaseDocuments.NoticeKind;
import cn.ggzy.server.application.Messages;
import cn.ggzy.server.domain.model.DomainException;
import cn.ggzy.server.infrastructure.persistence.mongo.TestContainer;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The adapter as wired by CDI, and its error when no font can be found. */
class PdfCaseDocumentsTest {
  private static Notice acceptance() {
    return new Notice(NoticeKind.ACCEPTANCE, "麻监案〔2026〕第0003号", "麻城市", "麻城市交通运输局",
        "孙七", null, null, null, LocalDate.of(2026, 11, 27), null, null, null, null, null, null, null);
  }

  @Test
  void theCaseDocumentsPortIsServedByThePdfAdapterWithTheDefaultFont() {
    CaseDocuments documents = TestContainer.get(CaseDocuments.class);
    PdfText pdf = PdfText.of(documents.notice(acceptance()));
    assertTrue(pdf.contains("孙七："), pdf.text());
    assertTrue(pdf.contains("麻城市交通运输局2026年11月27日"), pdf.text());
  }

  @Test
  void withoutAFontRenderingFailsWithAnExplainedError() {
    PdfCaseDocuments documents = new PdfCaseDocuments(List.of(Path.of("/nonexistent/font.ttc")));
    DomainException e = assertThrows(DomainException.class, () -> documents.notice(acceptance()));
    assertEquals("documents.font.missing", e.code());
    assertNotEquals(e.code(), Messages.chinese(e.code()));
    assertNotEquals(e.code(), Messages.english(e.code()));
    assertTrue(Messages.chinese(e.code()).contains("字体"));
  }

  @Test
  void aConfiguredFontThatIsMissingFallsBackToTheInstalledOne() {
    PdfCaseDocuments documents = new PdfCaseDocuments("/nonexistent/font.ttc");
    assertInstanceOf(byte[].class, documents.notice(acceptance()));
    assertTrue(PdfText.of(documents.notice(acceptance())).contains("受理通知书"));
  }
}
