package cn.ggzy.server.infrastructure.documents.text;

import cn.ggzy.server.domain.model.DomainException;
import cn.ggzy.server.domain.model.review.DocumentReader;
import cn.ggzy.server.domain.model.review.Paragraph;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.extractor.WordExtractor;
import org.apache.poi.hwpf.usermodel.Range;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBrType;

/**
 * Reads .docx (paragraphs and table rows in document order; a page ends at a page break or where
 * Word last laid out a new page), .doc (paragraphs; a page break before a paragraph or a form feed
 * ends a page), .pdf (the text layer page by page, lines joined into paragraphs) and .txt (UTF-8 or
 * GB18030; form feeds end pages).
 */
@ApplicationScoped
public class FileDocumentReader implements DocumentReader {
  private static final Pattern ITEM_START = Pattern.compile(
      "^(?:第[一二三四五六七八九十百零0-9]+[章节条款项]|[一二三四五六七八九十]+[、.．]|[0-9]+(?:\\.[0-9]+)*[、.．\\s]|[（(][0-9一二三四五六七八九十]+[)）]|[①-⑳]).*");
  private static final String PARAGRAPH_ENDS = "。；;：:！!？?";

  @Override
  public List<Paragraph> read(String fileName, byte[] content) {
    String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
    List<Paragraph> paragraphs;
    try {
      if (name.endsWith(".docx")) {
        paragraphs = docx(content);
      } else if (name.endsWith(".doc") || name.endsWith(".wps")) {
        paragraphs = doc(content);
      } else if (name.endsWith(".pdf")) {
        paragraphs = pdf(content);
      } else if (name.endsWith(".txt")) {
        paragraphs = pages(text(content));
      } else {
        throw new DomainException("review.file.type", "file");
      }
    } catch (IOException | RuntimeException e) {
      if (e instanceof DomainException d) {
        throw d;
      }
      throw new DomainException("review.file.unreadable", "file");
    }
    if (paragraphs.stream().allMatch(p -> p.text().isBlank())) {
      throw new DomainException("review.file.no-text", "file");
    }
    return paragraphs;
  }

  private static List<Paragraph> docx(byte[] content) throws IOException {
    List<Paragraph> out = new ArrayList<>();
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(content))) {
      int page = 1;
      for (IBodyElement element : doc.getBodyElements()) {
        if (element instanceof XWPFParagraph p) {
          if (p.isPageBreak() && !out.isEmpty()) {
            page++;
          }
          out.add(new Paragraph(page, p.getText()));
          page += breaksAfter(p);
        } else if (element instanceof XWPFTable t) {
          for (XWPFTableRow row : t.getRows()) {
            List<String> cells = new ArrayList<>();
            for (XWPFTableCell cell : row.getTableCells()) {
              String text = cell.getText().strip();
              if (!text.isEmpty()) {
                cells.add(text);
              }
            }
            out.add(new Paragraph(page, String.join("  ", cells)));
          }
        }
      }
    }
    return out;
  }

  private static int breaksAfter(XWPFParagraph p) {
    int breaks = 0;
    for (XWPFRun run : p.getRuns()) {
      breaks += run.getCTR().getLastRenderedPageBreakList().size();
      for (CTBr br : run.getCTR().getBrList()) {
        if (br.getType() == STBrType.PAGE) {
          breaks++;
        }
      }
    }
    return breaks;
  }

  private static List<Paragraph> doc(byte[] content) throws IOException {
    List<Paragraph> out = new ArrayList<>();
    try (HWPFDocument doc = new HWPFDocument(new ByteArrayInputStream(content))) {
      Range range = doc.getRange();
      int page = 1;
      for (int i = 0; i < range.numParagraphs(); i++) {
        var p = range.getParagraph(i);
        if (p.pageBreakBefore() && !out.isEmpty()) {
          page++;
        }
        String[] parts = p.text().split("\f", -1);
        for (int j = 0; j < parts.length; j++) {
          if (j > 0) {
            page++;
          }
          String text = WordExtractor.stripFields(parts[j]).replace('\r', ' ').replace('\u0007', ' ').strip();
          if (!text.isEmpty() || parts.length == 1) {
            out.add(new Paragraph(page, text));
          }
        }
      }
    }
    return out;
  }

  private static List<Paragraph> pdf(byte[] content) throws IOException {
    List<Paragraph> out = new ArrayList<>();
    try (PDDocument doc = Loader.loadPDF(content)) {
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setSortByPosition(true);
      for (int page = 1; page <= doc.getNumberOfPages(); page++) {
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        out.addAll(joined(page, stripper.getText(doc).lines().toList()));
      }
    }
    return out;
  }

  private static List<Paragraph> pages(String text) {
    List<Paragraph> out = new ArrayList<>();
    String[] pages = text.split("\f", -1);
    for (int i = 0; i < pages.length; i++) {
      for (String line : pages[i].lines().toList()) {
        out.add(new Paragraph(i + 1, line.strip()));
      }
    }
    return out;
  }

  /**
   * A PDF's lines joined back into paragraphs: a line continues the paragraph unless the one before
   * ended a sentence or was short, or it starts a numbered item or a heading.
   */
  static List<Paragraph> joined(int page, List<String> lines) {
    List<Paragraph> out = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    int widest = lines.stream().mapToInt(l -> l.strip().length()).max().orElse(0);
    for (String raw : lines) {
      String line = raw.strip();
      if (line.isEmpty() || ITEM_START.matcher(line).matches()) {
        flush(out, page, current);
      }
      if (line.isEmpty()) {
        continue;
      }
      current.append(line);
      char last = line.charAt(line.length() - 1);
      if (PARAGRAPH_ENDS.indexOf(last) >= 0 || line.length() < widest * 0.6) {
        flush(out, page, current);
      }
    }
    flush(out, page, current);
    return out;
  }

  private static void flush(List<Paragraph> out, int page, StringBuilder current) {
    if (current.length() > 0) {
      out.add(new Paragraph(page, current.toString()));
      current.setLength(0);
    }
  }

  private static String text(byte[] content) {
    int skip = content.length >= 3 && (content[0] & 0xff) == 0xEF && (content[1] & 0xff) == 0xBB
        && (content[2] & 0xff) == 0xBF ? 3 : 0;
    ByteBuffer bytes = ByteBuffer.wrap(content, skip, content.length - skip);
    try {
      return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(bytes).toString();
    } catch (CharacterCodingException e) {
      return new String(content, Charset.forName("GB18030"));
    }
  }
}
