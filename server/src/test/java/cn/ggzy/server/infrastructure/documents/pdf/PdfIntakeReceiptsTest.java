package cn.ggzy.server.infrastructure.documents.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.ggzy.server.application.IntakeDocuments.ReceiptFacts;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Test;

/** The receipt a filer prints or saves: what it says, and that its QR code opens the right page. */
class PdfIntakeReceiptsTest {
  private static final String PAGE = "https://ggzy.macheng.gov.cn/tracking/JB421181-4K7Q2M9X3C";
  private static final ZonedDateTime RECEIVED = ZonedDateTime.of(2026, 12, 30, 16, 5, 0, 0, ChineseDates.SHANGHAI);

  private static byte[] receipt() {
    return new PdfIntakeReceipts(PdfCaseDocuments.MICRO_HEI).receipt(new ReceiptFacts("JB421181-4K7Q2M9X3C",
        "ABCD-EFGH-JKLM-NPQR", "举报", "麻城市", RECEIVED, "串通投标", "G230 麻城段改建工程", "某路桥公司", false,
        List.of("现场照片.jpg（1.2 MB） 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"), PAGE,
        RECEIVED.plusMinutes(1)));
  }

  @Test
  void theReceiptNamesTheTrackingPageOfThisReceiptThatExists() {
    PdfText pdf = PdfText.of(receipt());
    assertTrue(pdf.contains("回执编号：JB421181-4K7Q2M9X3C"), pdf.text());
    assertTrue(pdf.contains(PAGE), "the page of this receipt, not a bare /public/tracking: " + pdf.text());
    assertFalse(pdf.contains("public/tracking"), pdf.text());
    assertTrue(pdf.contains("二维码中不含查询码"), pdf.text());
    assertEquals(1, pdf.pages());
  }

  @Test
  void itsQrCodeReadsAsTheTrackingPageWhenPrinted() throws Exception {
    try (PDDocument document = Loader.loadPDF(receipt())) {
      BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, 150);
      int[] pixels = page.getRGB(0, 0, page.getWidth(), page.getHeight(), null, 0, page.getWidth());
      BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(
          new RGBLuminanceSource(page.getWidth(), page.getHeight(), pixels)));
      assertEquals(PAGE, new QRCodeReader().decode(bitmap,
          Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE)).getText());
    }
  }
}
