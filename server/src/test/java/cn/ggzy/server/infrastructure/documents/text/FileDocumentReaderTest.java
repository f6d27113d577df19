package cn.ggzy.server.infrastructure.documents.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.ggzy.server.domain.model.DomainException;
import cn.ggzy.server.domain.model.review.Paragraph;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;

class FileDocumentReaderTest {
  private static final Path FONT = Path.of("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc");
  private final FileDocumentReader reader = new FileDocumentReader();

  @Test
  void aDocxIsReadWithItsTablesAndPageBreaks() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (XWPFDocument doc = new XWPFDocument()) {
      doc.createParagraph().createRun().setText("第一章 招标公告");
      XWPFTable table = doc.createTable(1, 2);
      table.getRow(0).getCell(0).setText("资格要求");
      table.getRow(0).getCell(1).setText("投标人须在本市设立分公司。");
      doc.createParagraph().createRun().addBreak(BreakType.PAGE);
      doc.createParagraph().createRun().setText("第二章 投标人须知");
      doc.write(out);
    }
    List<Paragraph> paragraphs = reader.read("招标文件.DOCX", out.toByteArray());
    assertEquals(new Paragraph(1, "资格要求  投标人须在本市设立分公司。"), paragraphs.get(1));
    assertEquals(new Paragraph(2, "第二章 投标人须知"), paragraphs.get(paragraphs.size() - 1));
  }

  @Test
  void aPdfsLinesAreJoinedIntoParagraphsOnTheirPages() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (PDDocument doc = new PDDocument(); TrueTypeCollection ttc = new TrueTypeCollection(FONT.toFile())) {
      PDType0Font font = PDType0Font.load(doc, ttc.getFontByName("WenQuanYiMicroHei"), true);
      page(doc, font, List.of("第一章 招标公告"));
      page(doc, font, List.of("1. 投标人须在本市设立分公司或子公司，并在本市缴纳", "社会保险满六个月。", "2. 投标保证金为人民币伍拾万元。"));
      doc.save(out);
    }
    List<Paragraph> paragraphs = reader.read("doc.pdf", out.toByteArray());
    assertEquals(List.of(new Paragraph(1, "第一章 招标公告"),
        new Paragraph(2, "1. 投标人须在本市设立分公司或子公司，并在本市缴纳社会保险满六个月。"),
        new Paragraph(2, "2. 投标保证金为人民币伍拾万元。")), paragraphs);
  }

  /**
   * A Word 97 file ({@code documents/tender.doc}, made from {@code tender.html} beside it by
   * {@code soffice --headless --convert-to doc:"MS Word 97"}): its paragraphs, and the page break
   * before the second chapter.
   */
  @Test
  void aWord97DocumentIsReadWithItsPageBreaks() throws IOException {
    byte[] doc;
    try (var in = getClass().getResourceAsStream("/documents/tender.doc")) {
      doc = in.readAllBytes();
    }
    assertEquals(List.of(new Paragraph(1, "第一章 招标公告"), new Paragraph(1, "1. 本项目采用综合评估法。"),
        new Paragraph(1, "2. 投标人须在本市设立分公司。"), new Paragraph(2, "第二章 投标人须知"),
        new Paragraph(2, "3. 投标保证金为投标总价的3%。")), reader.read("招标文件.doc", doc));
  }

  @Test
  void aTextFileIsReadAsUtf8OrGb18030WithFormFeedsAsPages() {
    String text = "第一页\n投标人须为国有企业。\f第二页";
    assertEquals(new Paragraph(2, "第二页"), reader.read("a.txt", text.getBytes(StandardCharsets.UTF_8)).get(2));
    assertEquals(new Paragraph(1, "投标人须为国有企业。"),
        reader.read("a.txt", text.getBytes(Charset.forName("GB18030"))).get(1));
  }

  @Test
  void whatCannotBeReadIsRefusedWithItsReason() throws IOException {
    assertEquals("review.file.type", assertThrows(DomainException.class,
        () -> reader.read("a.xlsx", new byte[] {1})).code());
    assertEquals("review.file.unreadable", assertThrows(DomainException.class,
        () -> reader.read("a.docx", "not a zip".getBytes(StandardCharsets.UTF_8))).code());
    ByteArrayOutputStream scan = new ByteArrayOutputStream();
    try (PDDocument doc = new PDDocument()) {
      doc.addPage(new PDPage());
      doc.save(scan);
    }
    assertEquals("review.file.no-text", assertThrows(DomainException.class,
        () -> reader.read("scan.pdf", scan.toByteArray())).code());
    assertTrue(Files.exists(FONT));
  }

  private static void page(PDDocument doc, PDType0Font font, List<String> lines) throws IOException {
    PDPage page = new PDPage();
    doc.addPage(page);
    try (PDPageContentStream s = new PDPageContentStream(doc, page)) {
      float y = 700;
      for (String line : lines) {
        s.beginText();
        s.setFont(font, 12);
        s.newLineAtOffset(50, y);
        s.showText(line);
        s.endText();
        y -= 18;
      }
    }
  }
}
