package cn.ggzy.server.infrastructure.documents.pdf;

import cn.ggzy.server.application.Dispatch.Dashboard;
import cn.ggzy.server.application.DispatchDocuments;
import cn.ggzy.server.infrastructure.documents.DispatchTables;
import cn.ggzy.server.infrastructure.documents.DispatchTables.Table;
import cn.ggzy.server.infrastructure.documents.pdf.PdfCanvas.Align;
import cn.ggzy.server.infrastructure.documents.pdf.PdfCanvas.Style;
import cn.ggzy.server.infrastructure.documents.sheet.DispatchWorkbook;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The leading group's report: title and period, then each table of {@link DispatchTables}, those with
 * counts to compare drawn first as a horizontal bar chart (vector shapes, sharp in print). The workbook
 * holds the same tables as data sheets.
 */
@ApplicationScoped
public class PdfDispatchDocuments implements DispatchDocuments {
  static final Color[] SERIES = {new Color(0x1F, 0x5F, 0xBF), new Color(0xE0, 0x8A, 0x1E)};
  private static final float TITLE = 18;
  private static final float HEADING = 13;
  private static final float BODY = 10;
  private static final float BAR = 7;
  private FontFiles fonts;

  protected PdfDispatchDocuments() {}

  @Inject
  public PdfDispatchDocuments(
      @ConfigProperty(name = "platform.pdf.font", defaultValue = PdfCaseDocuments.MICRO_HEI) String font) {
    this.fonts = new FontFiles(List.of(Path.of(font), Path.of(PdfCaseDocuments.MICRO_HEI),
        Path.of(PdfCaseDocuments.ZEN_HEI)));
  }

  static String period(Dashboard d) {
    return "统计期间：" + ChineseDates.date(d.from()) + "至" + ChineseDates.date(d.to());
  }

  @Override
  public byte[] pdf(String title, Dashboard d, UnaryOperator<String> names) {
    try (FontFiles.OpenFont font = fonts.open(); PDDocument document = new PDDocument()) {
      document.getDocumentInformation().setTitle(title);
      PdfCanvas c = new PdfCanvas(document, new DocumentFont(document, font.font()));
      c.write(title, TITLE, TITLE * 1.8f, Align.CENTER, Style.BOLD);
      c.write(period(d), BODY, BODY * 1.8f, Align.CENTER, Style.PLAIN);
      c.down(BODY);
      for (Table t : DispatchTables.of(d, names)) {
        c.keep(HEADING * 2 + BODY * 6);
        c.write(t.title(), HEADING, HEADING * 1.8f, Align.LEFT, Style.BOLD);
        if (t.chart().length > 0 && !t.rows().isEmpty()) {
          chart(c, t);
        }
        // wide tables in a smaller size, so that a four-character heading fits its column
        PdfTable table = new PdfTable(c, t.header().size() > 6 ? BODY - 1 : BODY, widths(t.header().size()),
            t.header());
        for (List<Object> row : t.rows()) {
          table.row(row.stream().map(String::valueOf).toArray(String[]::new));
        }
        c.down(BODY);
      }
      return c.finish(NoticeDocument::pageNumber);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static float[] widths(int columns) {
    float[] w = new float[columns];
    w[0] = columns > 6 ? 1.6f : columns > 4 ? 2.2f : 3f;
    for (int i = 1; i < columns; i++) {
      w[i] = 1;
    }
    return w;
  }

  /** Horizontal bars: a row per line of the table, one bar per charted column, scaled to the largest value. */
  private static void chart(PdfCanvas c, Table t) {
    long max = 1;
    for (List<Object> row : t.rows()) {
      for (int col : t.chart()) {
        max = Math.max(max, ((Number) row.get(col)).longValue());
      }
    }
    float labelWidth = c.width() * 0.28f;
    float barsWidth = c.width() - labelWidth - 40;
    float rowHeight = t.chart().length * (BAR + 2) + 4;
    // the legend: which colour is which column
    float x = c.left() + labelWidth;
    c.keep(BODY * 1.6f);
    for (int s = 0; s < t.chart().length; s++) {
      c.fill(x, c.top() - 3, BAR, BAR, SERIES[s % SERIES.length]);
      String name = c.font().printable(t.header().get(t.chart()[s]));
      c.text(name, x + BAR + 3, c.top() - 3 - BAR + 1, BAR + 1, Style.PLAIN);
      x += BAR + 10 + c.font().width(name, BAR + 1);
    }
    c.down(BODY * 1.6f);
    for (List<Object> row : t.rows()) {
      c.keep(rowHeight);
      String label = c.font().printable(String.valueOf(row.get(0)));
      while (label.length() > 1 && c.font().width(label, BAR + 1) > labelWidth - 6) {
        label = label.substring(0, label.length() - 1);
      }
      c.text(label, c.left(), c.top() - rowHeight / 2 - 3, BAR + 1, Style.PLAIN);
      float y = c.top() - 2;
      for (int s = 0; s < t.chart().length; s++) {
        long v = ((Number) row.get(t.chart()[s])).longValue();
        float w = barsWidth * v / max;
        c.fill(c.left() + labelWidth, y, Math.max(w, 0.5f), BAR, SERIES[s % SERIES.length]);
        c.text(Long.toString(v), c.left() + labelWidth + w + 3, y - BAR + 1, BAR, Style.PLAIN);
        y -= BAR + 2;
      }
      c.down(rowHeight);
    }
    c.down(BODY / 2);
  }

  @Override
  public byte[] workbook(String title, Dashboard d, UnaryOperator<String> names) {
    return DispatchWorkbook.write(title, period(d), DispatchTables.of(d, names));
  }
}
