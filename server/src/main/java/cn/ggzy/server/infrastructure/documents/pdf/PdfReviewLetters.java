package cn.ggzy.server.infrastructure.documents.pdf;

import cn.ggzy.server.application.ReviewLetters;
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

/** The rectification notice of a document review, laid out like the other notices. */
@ApplicationScoped
public class PdfReviewLetters implements ReviewLetters {
  private static final float ISSUER = 24;
  private static final float TITLE = 20;
  private static final float BODY = 15;
  private static final float SMALL = 12;
  private static final float LEADING = 26;
  private FontFiles fonts;

  protected PdfReviewLetters() {}

  @Inject
  public PdfReviewLetters(
      @ConfigProperty(name = "platform.pdf.font", defaultValue = PdfCaseDocuments.MICRO_HEI) String font) {
    this.fonts = new FontFiles(List.of(Path.of(font), Path.of(PdfCaseDocuments.MICRO_HEI),
        Path.of(PdfCaseDocuments.ZEN_HEI)));
  }

  @Override
  public byte[] rectification(RectificationNotice n) {
    try (FontFiles.OpenFont font = fonts.open(); PDDocument document = new PDDocument()) {
      document.getDocumentInformation().setTitle("招标文件整改通知书 " + n.number());
      PdfCanvas c = new PdfCanvas(document, new DocumentFont(document, font.font()));
      c.down(4 * PdfCanvas.MM);
      c.write(n.departmentName(), ISSUER, ISSUER * 1.6f, Align.CENTER, new Style(PdfCanvas.RED, true));
      c.down(LEADING / 2);
      c.write(n.number(), BODY, LEADING, Align.CENTER, Style.PLAIN);
      c.rule(c.left(), c.right(), c.top() - 4, 1.5f, PdfCanvas.RED);
      c.down(LEADING);
      c.write("招标文件整改通知书", TITLE, TITLE * 1.6f, Align.CENTER, Style.BOLD);
      c.down(LEADING / 2);
      c.write(n.addressees() + "：", BODY, LEADING, Align.LEFT, Style.PLAIN);
      String section = n.sectionName().isEmpty() ? "" : "（" + n.sectionName() + "）";
      c.paragraph("经审查，你单位报送的“" + n.projectName() + "”" + section + "招标文件（项目编号：" + n.projectCode()
          + "，文件：" + n.fileName() + "）存在以下" + n.items().size() + "处违反招标投标法律法规、排斥或限制潜在投标人的"
          + "条款：", BODY, LEADING, 2 * BODY, Style.PLAIN);
      int i = 1;
      for (NoticeItem item : n.items()) {
        c.keep(4 * LEADING);
        c.paragraph(i++ + ". 第" + item.page() + "页第" + item.paragraph() + "段：“" + item.clause() + "”", BODY, LEADING,
            2 * BODY, Style.BOLD);
        c.paragraph("问题：" + item.problem(), SMALL, SMALL * 1.7f, 2 * BODY, Style.PLAIN);
        c.paragraph("依据：" + item.basis(), SMALL, SMALL * 1.7f, 2 * BODY, Style.PLAIN);
        c.paragraph("修改建议：" + item.suggestion(), SMALL, SMALL * 1.7f, 2 * BODY, Style.PLAIN);
      }
      c.paragraph("请你单位于" + ChineseDates.date(n.dueDate()) + "前完成整改，并将修改后的招标文件报送我单位复核。"
          + "逾期未整改的，将依照《中华人民共和国招标投标法实施条例》第六十三条等规定处理。", BODY, LEADING, 2 * BODY,
          Style.PLAIN);
      c.down(LEADING);
      c.keep(3 * LEADING);
      c.write(n.departmentName(), BODY, LEADING, Align.RIGHT, Style.PLAIN);
      c.write(ChineseDates.date(n.issuedOn()), BODY, LEADING, Align.RIGHT, Style.PLAIN);
      return c.finish(NoticeDocument::pageNumber);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
