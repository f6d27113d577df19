package cn.ggzy.server.infrastructure.documents.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The embedded CJK font of one document (a subset of the glyphs used): measures text and makes
 * it printable, replacing characters the font lacks by □ instead of failing.
 */
final class DocumentFont {
  private final PDType0Font font;
  private final CmapLookup cmap;
  private final String missing;

  DocumentFont(PDDocument document, TrueTypeFont trueType) throws IOException {
    this.font = PDType0Font.load(document, trueType, true);
    this.cmap = trueType.getUnicodeCmapLookup();
    this.missing = covers('□') ? "□" : "?";
  }

  PDFont pdFont() {
    return font;
  }

  /** The text with control characters as spaces and characters the font lacks as □; "" for null. */
  String printable(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(text.length());
    text.replace("\r\n", "\n").codePoints().forEach(c -> {
      if (c == '\n') {
        out.append('\n');
      } else if (Character.isISOControl(c)) {
        out.append(' ');
      } else if (covers(c)) {
        out.appendCodePoint(c);
      } else {
        out.append(missing);
      }
    });
    return out.toString();
  }

  /** Width in points of printable text at the given size. */
  float width(String printable, float size) {
    try {
      return font.getStringWidth(printable) / 1000f * size;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private boolean covers(int codePoint) {
    return cmap.getGlyphId(codePoint) != 0;
  }
}
