package cn.ggzy.server.infrastructure.documents.pdf;

import cn.ggzy.server.infrastructure.documents.pdf.PdfCanvas.Style;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;

/**
 * A bordered table written at the cursor of a canvas. Cells wrap; a row that does not fit moves
 * to the next page, a long row is split (rather than leave half a page empty); the header row stays with the first
 * row and is repeated on every page the table continues on.
 */
final class PdfTable {
  private static final Color HEADER_FILL = new Color(0xE8, 0xE8, 0xE8);
  private static final float PADDING = 3;

  private final PdfCanvas canvas;
  private final float size;
  private final float leading;
  private final float[] widths;
  private final List<String> header;
  private boolean started;
  /** True while nothing but the header is on the current page, so moving on would not help. */
  private boolean freshPage;

  /** Column widths are relative; {@code header} may be empty for a table without one. */
  PdfTable(PdfCanvas canvas, float size, float[] relativeWidths, List<String> header) {
    this.canvas = canvas;
    this.size = size;
    this.leading = size * 1.45f;
    float sum = 0;
    for (float w : relativeWidths) {
      sum += w;
    }
    this.widths = new float[relativeWidths.length];
    for (int i = 0; i < widths.length; i++) {
      widths[i] = canvas.width() * relativeWidths[i] / sum;
    }
    this.header = List.copyOf(header);
  }

  void row(String... cells) {
    List<List<String>> lines = new ArrayList<>();
    int height = 1;
    for (int i = 0; i < widths.length; i++) {
      String text = i < cells.length ? cells[i] : "";
      List<String> cell = canvas.wrap(text, size, widths[i] - 2 * PADDING, widths[i] - 2 * PADDING);
      lines.add(cell);
      height = Math.max(height, cell.size());
    }
    if (!started) {
      started = true;
      int firstPart = fitsOnAPage(height) ? height : 1;
      canvas.keep(headerHeight() + firstPart * leading + 2 * PADDING);
      drawHeader();
      freshPage = false;
    }
    int done = 0;
    while (done < height) {
      int fit = (int) ((canvas.remaining() - 2 * PADDING) / leading);
      int rest = height - done;
      if (!freshPage && (fit < 1 || (done == 0 && fit < rest && keptTogether(rest, fit)))) {
        continueOnNewPage();
        continue;
      }
      int take = Math.max(1, Math.min(fit, rest));
      drawPart(lines, done, take, null, Style.PLAIN);
      done += take;
      freshPage = false;
      if (done < height) {
        continueOnNewPage();
      }
    }
  }

  /** A short row moves to the next page whole; a long one is split unless little would stay. */
  private boolean keptTogether(int rows, int fit) {
    return fitsOnAPage(rows) && (rows <= 4 || fit < 2);
  }

  private boolean fitsOnAPage(int rows) {
    return rows * leading + 2 * PADDING <= canvas.pageTop() - canvas.bottom() - headerHeight();
  }

  private float headerHeight() {
    return header.isEmpty() ? 0 : leading + 2 * PADDING;
  }

  private void continueOnNewPage() {
    canvas.newPage();
    drawHeader();
    freshPage = true;
  }

  private void drawHeader() {
    if (header.isEmpty()) {
      return;
    }
    List<List<String>> cells = new ArrayList<>();
    for (String title : header) {
      cells.add(List.of(canvas.font().printable(title)));
    }
    drawPart(cells, 0, 1, HEADER_FILL, Style.BOLD);
  }

  private void drawPart(List<List<String>> cells, int from, int count, Color fill, Style style) {
    float height = count * leading + 2 * PADDING;
    float x = canvas.left();
    for (int c = 0; c < widths.length; c++) {
      canvas.box(x, canvas.top(), widths[c], height, fill);
      List<String> cell = cells.get(c);
      for (int l = from; l < Math.min(from + count, cell.size()); l++) {
        float lineTop = canvas.top() - PADDING - (l - from) * leading;
        canvas.text(cell.get(l), x + PADDING, PdfCanvas.baseline(lineTop, size, leading), size,
            style);
      }
      x += widths[c];
    }
    canvas.down(height);
  }
}
