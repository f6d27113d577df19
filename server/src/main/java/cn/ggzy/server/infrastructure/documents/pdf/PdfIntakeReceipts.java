package cn.ggzy.server.infrastructure.documents.pdf;

import cn.ggzy.server.application.IntakeDocuments;
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

/**
 * The receipt of the public channel (投诉/举报回执) as an A4 PDF with the same Chinese font as the
 * case documents: receipt number and access code in large type, what was received and when, the
 * files with their SHA-256, and how to follow up. No identity of the filer.
 */
@ApplicationScoped
public class PdfIntakeReceipts implements IntakeDocuments {
  private static final float TITLE = 22;
  private static final float BODY = 13;
  private static final float LEADING = 22;
  /** The QR code of the tracking address: 30 mm, well above the 2 cm phones read from a page. */
  private static final float QR = 30 * PdfCanvas.MM;
  private FontFiles fonts;

  protected PdfIntakeReceipts() {}

  @Inject
  public PdfIntakeReceipts(
      @ConfigProperty(name = "platform.pdf.font", defaultValue = PdfCaseDocuments.MICRO_HEI) String font) {
    this.fonts = new FontFiles(List.of(Path.of(font), Path.of(PdfCaseDocuments.MICRO_HEI),
        Path.of(PdfCaseDocuments.ZEN_HEI)));
  }

  @Override
  public byte[] receipt(ReceiptFacts f) {
    try (FontFiles.OpenFont font = fonts.open(); PDDocument document = new PDDocument()) {
      document.getDocumentInformation().setTitle(f.kindZh() + "回执 " + f.receiptNumber());
      PdfCanvas canvas = new PdfCanvas(document, new DocumentFont(document, font.font()));
      write(canvas, f);
      return canvas.finish(NoticeDocument::pageNumber);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void write(PdfCanvas c, ReceiptFacts f) {
    c.write(f.regionNameZh() + "公共资源交易监督管理", BODY, LEADING, Align.CENTER, new Style(PdfCanvas.RED, true));
    c.down(LEADING / 2);
    c.write(f.kindZh() + "回执", TITLE, TITLE * 1.6f, Align.CENTER, Style.BOLD);
    c.rule(c.left(), c.right(), c.top() - 4, 1.5f, PdfCanvas.RED);
    c.down(LEADING);
    c.write("回执编号：" + f.receiptNumber(), 16, 28, Align.LEFT, Style.BOLD);
    c.write("查询码：" + f.accessCode(), 16, 28, Align.LEFT, Style.BOLD);
    c.paragraph("请妥善保管回执编号和查询码。查询码只显示一次，本平台不保存查询码原文，遗失后无法找回；"
        + "请勿将查询码告诉他人。", BODY, LEADING, 0, new Style(PdfCanvas.RED, false));
    c.down(LEADING / 2);
    line(c, "收到时间", ChineseDates.dateTime(f.receivedAt()));
    line(c, "事项类型", f.matterZh());
    if (f.projectName() != null) {
      line(c, "项目名称", f.projectName());
    }
    if (f.respondent() != null) {
      line(c, "被投诉（举报）人", f.respondent());
    }
    if (f.late()) {
      c.paragraph("提示：本投诉提交时已超过自知道或者应当知道之日起 10 日的投诉期限，是否受理由承办机关依法决定。",
          BODY, LEADING, 0, Style.PLAIN);
    }
    c.down(LEADING / 2);
    c.write("提交的材料（SHA-256 校验值）：" + (f.files().isEmpty() ? "无" : ""), BODY, LEADING, Align.LEFT,
        Style.BOLD);
    for (String file : f.files()) {
      c.paragraph(file, 10, 16, 0, Style.PLAIN);
    }
    c.down(LEADING / 2);
    c.paragraph("您可凭回执编号和查询码在 " + f.trackingUrl() + " 或手机应用中查询办理进度、阅读承办人员的留言、"
        + "补充材料。受理与否将在收到后 1 个工作日内决定（法定 3 个工作日）。", BODY, LEADING, 2 * BODY, Style.PLAIN);
    c.down(LEADING / 2);
    c.keep(QR + LEADING);
    float qrTop = c.top();
    c.qrCode(f.trackingUrl(), c.left(), qrTop, QR);
    float x = c.left() + QR + 4 * PdfCanvas.MM;
    c.text(c.font().printable("用手机扫描二维码，打开本件的查询页面"), x, qrTop - QR / 2, 11, Style.PLAIN);
    c.text(c.font().printable("（查询码仍需输入，二维码中不含查询码）"), x, qrTop - QR / 2 - 16, 11, Style.PLAIN);
    c.down(QR + LEADING / 2);
    c.write("打印时间：" + ChineseDates.dateTime(f.printedAt()), 10, 16, Align.RIGHT, Style.PLAIN);
  }

  private static void line(PdfCanvas c, String label, String value) {
    c.paragraph(label + "：" + value, BODY, LEADING, 0, Style.PLAIN);
  }
}
