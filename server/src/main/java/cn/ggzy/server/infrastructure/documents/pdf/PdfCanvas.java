package cn.ggzy.server.infrastructure.documents.pdf;

import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.ByteMatrix;
import com.google.zxing.qrcode.encoder.Encoder;
import com.google.zxing.qrcode.encoder.QRCode;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDPageContentStream.AppendMode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;

/**
 * A4 pages filled from top to bottom: a cursor that moves down as lines are written, a new page
 * when the next line does not fit, and a last pass that stamps header and footer on every page.
 * Coordinates are PDF points from the bottom left; {@link #top()} is the cursor.
 */
final class PdfCanvas {
  static final float MM = 72f / 25.4f;
  static final Color RED = new Color(0xC8, 0x10, 0x10);
  private static final PDRectangle PAGE = PDRectangle.A4;
  private static final float MARGIN = 25 * MM;

  /** Draws what every page carries once all pages exist (page numbers, footer). */
  interface PagePainter {
    void paint(PdfCanvas canvas, int page, int pages);
  }

  enum Align { LEFT, CENTER, RIGHT }

  private final PDDocument document;
  private final DocumentFont font;
  private PDPageContentStream out;
  private float top;

  PdfCanvas(PDDocument document, DocumentFont font) {
    this.document = document;
    this.font = font;
    newPage();
  }

  DocumentFont font() {
    return font;
  }

  float left() {
    return MARGIN;
  }

  float right() {
    return PAGE.getWidth() - MARGIN;
  }

  float width() {
    return right() - left();
  }

  float pageTop() {
    return PAGE.getHeight() - MARGIN;
  }

  float bottom() {
    return MARGIN;
  }

  float top() {
    return top;
  }

  float remaining() {
    return top - bottom();
  }

  void down(float points) {
    top -= points;
  }

  /** Starts a new page unless {@code height} points still fit on this one. */
  void keep(float height) {
    if (height > remaining() && top < pageTop()) {
      newPage();
    }
  }

  void newPage() {
    closeStream();
    PDPage page = new PDPage(PAGE);
    document.addPage(page);
    out = open(page, AppendMode.OVERWRITE);
    top = pageTop();
  }

  /** Wrapped text at the cursor, each line aligned; the cursor moves below it. */
  void write(String text, float size, float leading, Align align, Style style) {
    block(text, size, leading, 0, align, style);
  }

  /** A wrapped paragraph at the cursor; the first line indented by {@code indent} points. */
  void paragraph(String text, float size, float leading, float indent, Style style) {
    block(text, size, leading, indent, Align.LEFT, style);
  }

  private void block(String text, float size, float leading, float indent, Align align,
      Style style) {
    List<String> lines = wrap(text, size, width() - indent, width());
    for (int i = 0; i < lines.size(); i++) {
      keep(leading);
      String line = lines.get(i);
      float x = switch (align) {
        case LEFT -> left() + (i == 0 ? indent : 0);
        case CENTER -> left() + (width() - font.width(line, size)) / 2;
        case RIGHT -> right() - font.width(line, size);
      };
      text(line, x, baseline(top, size, leading), size, style);
      down(leading);
    }
  }

  /** Printable lines of {@code text} for the given widths. */
  List<String> wrap(String text, float size, float firstLineWidth, float width) {
    return LineWrapper.wrap(font.printable(text), firstLineWidth, width, s -> font.width(s, size));
  }

  /** The baseline of a line of {@code leading} points whose box starts at {@code lineTop}. */
  static float baseline(float lineTop, float size, float leading) {
    return lineTop - (leading - size) / 2 - size * 0.86f;
  }

  /** Printable text at a position (x of the left end, y of the baseline). */
  void text(String printable, float x, float baseline, float size, Style style) {
    try {
      out.beginText();
      out.setFont(font.pdFont(), size);
      out.setNonStrokingColor(style.color());
      if (style.bold()) {
        out.setStrokingColor(style.color());
        out.setLineWidth(size * 0.03f);
        out.setRenderingMode(RenderingMode.FILL_STROKE);
      } else {
        out.setRenderingMode(RenderingMode.FILL);
      }
      out.newLineAtOffset(x, baseline);
      out.showText(printable);
      out.endText();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A horizontal rule at height {@code y}. */
  void rule(float x1, float x2, float y, float lineWidth, Color color) {
    try {
      out.setStrokingColor(color);
      out.setLineWidth(lineWidth);
      out.moveTo(x1, y);
      out.lineTo(x2, y);
      out.stroke();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A rectangle with its top left corner at (x, y), bordered and optionally filled. */
  void box(float x, float y, float w, float h, Color fill) {
    try {
      if (fill != null) {
        out.setNonStrokingColor(fill);
        out.addRect(x, y - h, w, h);
        out.fill();
      }
      out.setStrokingColor(Color.BLACK);
      out.setLineWidth(0.5f);
      out.addRect(x, y - h, w, h);
      out.stroke();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A filled rectangle without border, top left corner at (x, y): a bar of a chart. */
  void fill(float x, float y, float w, float h, Color color) {
    try {
      out.setNonStrokingColor(color);
      out.addRect(x, y - h, w, h);
      out.fill();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * {@code text} as a QR code (error correction M, the standard quiet zone of 4 modules) with its
   * top left corner at (x, y) and {@code size} points wide; black modules as filled squares, so
   * the code stays sharp at any zoom and in print.
   */
  void qrCode(String text, float x, float y, float size) {
    try {
      QRCode code = Encoder.encode(text,
          ErrorCorrectionLevel.M,
          Map.of(EncodeHintType.CHARACTER_SET, "UTF-8"));
      ByteMatrix matrix = code.getMatrix();
      int quiet = 4;
      int modules = matrix.getWidth() + 2 * quiet;
      float module = size / modules;
      out.setNonStrokingColor(Color.BLACK);
      for (int row = 0; row < matrix.getHeight(); row++) {
        for (int column = 0; column < matrix.getWidth(); column++) {
          if (matrix.get(column, row) == 1) {
            out.addRect(x + (column + quiet) * module, y - (row + quiet + 1) * module, module, module);
          }
        }
      }
      out.fill();
    } catch (WriterException e) {
      throw new IllegalArgumentException("not encodable as a QR code", e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Stamps every page with {@code painter}, then writes the document. */
  byte[] finish(PagePainter painter) {
    closeStream();
    int pages = document.getNumberOfPages();
    for (int i = 0; i < pages; i++) {
      out = open(document.getPage(i), AppendMode.APPEND);
      painter.paint(this, i + 1, pages);
      closeStream();
    }
    try {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      document.save(bytes);
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private PDPageContentStream open(PDPage page, AppendMode mode) {
    try {
      return new PDPageContentStream(document, page, mode, true, true);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void closeStream() {
    if (out != null) {
      try {
        out.close();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      out = null;
    }
  }

  /** Colour and weight of text (bold is drawn by stroking the outline as well). */
  record Style(Color color, boolean bold) {
    static final Style PLAIN = new Style(Color.BLACK, false);
    static final Style BOLD = new Style(Color.BLACK, true);
  }
}
