package cn.ggzy.server.infrastructure.documents.pdf;

import cn.ggzy.server.application.ExpertLetters;
import cn.ggzy.server.infrastructure.documents.pdf.PdfCanvas.Align;
import cn.ggzy.server.infrastructure.documents.pdf.PdfCanvas.Style;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The expert pool's letters laid out like the notices: issuer in red, number over a red rule, title, body, signature. */
@ApplicationScoped
public class PdfExpertLetters implements ExpertLetters {
  private static final float ISSUER = 24;
  private static final float TITLE = 20;
  private static final float BODY = 16;
  private static final float LEADING = 28;
  private FontFiles fonts;

  protected PdfExpertLetters() {}

  @Inject
  public PdfExpertLetters(
      @ConfigProperty(name = "platform.pdf.font", defaultValue = PdfCaseDocuments.MICRO_HEI) String font) {
    this.fonts = new FontFiles(List.of(Path.of(font), Path.of(PdfCaseDocuments.MICRO_HEI),
        Path.of(PdfCaseDocuments.ZEN_HEI)));
  }

  @Override
  public byte[] disqualification(DisqualificationLetter l) {
    try (FontFiles.OpenFont font = fonts.open(); PDDocument document = new PDDocument()) {
      document.getDocumentInformation().setTitle("关于提请取消评标专家资格的函 " + l.number());
      PdfCanvas c = new PdfCanvas(document, new DocumentFont(document, font.font()));
      c.down(4 * PdfCanvas.MM);
      c.write(l.officeName(), ISSUER, ISSUER * 1.6f, Align.CENTER, new Style(PdfCanvas.RED, true));
      c.down(LEADING / 2);
      c.write(l.number(), BODY, LEADING, Align.CENTER, Style.PLAIN);
      c.rule(c.left(), c.right(), c.top() - 4, 1.5f, PdfCanvas.RED);
      c.down(LEADING);
      c.write("关于提请取消评标专家资格的函", TITLE, TITLE * 1.6f, Align.CENTER, Style.BOLD);
      c.down(LEADING / 2);
      c.write(l.addressee() + "：", BODY, LEADING, Align.LEFT, Style.PLAIN);
      c.paragraph("经查，评标专家" + l.expertName() + "（居民身份证号码：" + l.residentId() + "，工作单位：" + l.employer()
          + "）" + l.facts() + "（" + l.caseNumber() + "）。", BODY, LEADING, 2 * BODY, Style.PLAIN);
      c.paragraph("上述行为违反了" + l.legalBasis() + "的规定。根据《中华人民共和国招标投标法实施条例》第七十一条和评标专家管理的"
          + "有关规定，现提请贵单位依法取消其评标专家资格，并将处理结果函告我单位。", BODY, LEADING, 2 * BODY, Style.PLAIN);
      c.paragraph("附件：" + l.caseNumber() + " 案件处理决定书", BODY, LEADING, 2 * BODY, Style.PLAIN);
      c.down(LEADING);
      c.keep(3 * LEADING);
      c.write(l.officeName(), BODY, LEADING, Align.RIGHT, Style.PLAIN);
      c.write(ChineseDates.date(l.issuedOn()), BODY, LEADING, Align.RIGHT, Style.PLAIN);
      return c.finish(NoticeDocument::pageNumber);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
