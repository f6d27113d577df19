package cn.ggzy.webui.dispatch;

import java.util.List;
import java.util.Locale;

/**
 * Small charts drawn on the server as SVG, sized by their viewBox so they fill a 360 px phone and stop
 * at 640 px on a desktop. Every bar is a link (an SVG {@code <a>} with its label and value as text), so
 * each number opens the list behind it and a screen reader reads the chart as a list of links.
 */
public final class SvgCharts {
  /** Colours of the series, each at least 4.5:1 against white. */
  static final String[] SERIES = {"#1f5fbf", "#a84f00"};
  private static final int WIDTH = 340;

  /** One row (or column) of a chart: its label, one value per series, and where it links. */
  public record Bar(String label, long[] values, String href) {}

  private SvgCharts() {}

  /** Horizontal bars, one row per item: the label above, a bar per series below with its value. */
  public static String bars(String id, String title, List<String> series, List<Bar> bars) {
    long max = max(bars);
    int rowHeight = 16 + series.size() * 12 + 6;
    int top = series.size() > 1 ? 20 : 4;
    int height = top + bars.size() * rowHeight + 4;
    StringBuilder s = open(id, title, height);
    legend(s, series);
    int y = top;
    for (Bar b : bars) {
      s.append("<a href=\"").append(escape(b.href())).append("\" class=\"chart-link\"><title>")
          .append(escape(b.label() + " " + values(b))).append("</title>");
      s.append("<text x=\"0\" y=\"").append(y + 12).append("\" font-size=\"12\" fill=\"#212121\">")
          .append(escape(b.label())).append("</text>");
      int by = y + 16;
      for (int i = 0; i < b.values().length; i++) {
        double w = (WIDTH - 40) * (double) b.values()[i] / max;
        s.append("<rect x=\"0\" y=\"").append(by).append("\" width=\"").append(f(Math.max(w, 1)))
            .append("\" height=\"10\" fill=\"").append(SERIES[i % SERIES.length]).append("\"/>");
        s.append("<text x=\"").append(f(w + 4)).append("\" y=\"").append(by + 9)
            .append("\" font-size=\"11\" fill=\"#212121\">").append(b.values()[i]).append("</text>");
        by += 12;
      }
      s.append("</a>");
      y += rowHeight;
    }
    return s.append("</svg>").toString();
  }

  /** Columns side by side (months): the value above each, the label below; each group a link. */
  public static String columns(String id, String title, List<String> series, List<Bar> bars) {
    long max = max(bars);
    int height = 190;
    int base = 160;
    int plot = 120;
    StringBuilder s = open(id, title, height);
    legend(s, series);
    double group = (double) WIDTH / Math.max(1, bars.size());
    double col = Math.min(12, (group - 4) / Math.max(1, series.size()));
    for (int g = 0; g < bars.size(); g++) {
      Bar b = bars.get(g);
      double x0 = g * group + (group - col * b.values().length) / 2;
      s.append("<a href=\"").append(escape(b.href())).append("\" class=\"chart-link\"><title>")
          .append(escape(b.label() + " " + values(b))).append("</title>");
      for (int i = 0; i < b.values().length; i++) {
        double h = plot * (double) b.values()[i] / max;
        double x = x0 + i * col;
        s.append("<rect x=\"").append(f(x)).append("\" y=\"").append(f(base - Math.max(h, 1))).append("\" width=\"")
            .append(f(col - 1)).append("\" height=\"").append(f(Math.max(h, 1))).append("\" fill=\"")
            .append(SERIES[i % SERIES.length]).append("\"/>");
        if (b.values()[i] > 0) {
          s.append("<text x=\"").append(f(x + col / 2)).append("\" y=\"").append(f(base - h - 3))
              .append("\" font-size=\"8\" text-anchor=\"middle\" fill=\"#212121\">").append(b.values()[i])
              .append("</text>");
        }
      }
      s.append("<text x=\"").append(f(g * group + group / 2)).append("\" y=\"").append(base + 14)
          .append("\" font-size=\"9\" text-anchor=\"middle\" fill=\"#212121\">").append(escape(b.label()))
          .append("</text></a>");
    }
    s.append("<line x1=\"0\" x2=\"").append(WIDTH).append("\" y1=\"").append(base).append("\" y2=\"").append(base)
        .append("\" stroke=\"#757575\"/>");
    return s.append("</svg>").toString();
  }

  private static StringBuilder open(String id, String title, int height) {
    StringBuilder s = new StringBuilder();
    s.append("<svg xmlns=\"http://www.w3.org/2000/svg\" id=\"").append(escape(id)).append("\" viewBox=\"0 0 ")
        .append(WIDTH).append(' ').append(height).append("\" width=\"100%\" style=\"max-width:640px;height:auto;")
        .append("display:block;font-family:sans-serif\" role=\"group\" aria-labelledby=\"").append(escape(id))
        .append("-title\"><title id=\"").append(escape(id)).append("-title\">").append(escape(title))
        .append("</title>");
    return s;
  }

  private static void legend(StringBuilder s, List<String> series) {
    if (series.size() < 2) {
      return;
    }
    int x = 0;
    for (int i = 0; i < series.size(); i++) {
      s.append("<rect x=\"").append(x).append("\" y=\"2\" width=\"10\" height=\"10\" fill=\"")
          .append(SERIES[i % SERIES.length]).append("\"/><text x=\"").append(x + 14)
          .append("\" y=\"11\" font-size=\"11\" fill=\"#212121\">").append(escape(series.get(i))).append("</text>");
      x += 24 + series.get(i).length() * 12;
    }
  }

  private static long max(List<Bar> bars) {
    long max = 1;
    for (Bar b : bars) {
      for (long v : b.values()) {
        max = Math.max(max, v);
      }
    }
    return max;
  }

  private static String values(Bar b) {
    StringBuilder s = new StringBuilder();
    for (long v : b.values()) {
      s.append(s.length() == 0 ? "" : " / ").append(v);
    }
    return s.toString();
  }

  private static String f(double v) {
    return String.format(Locale.ROOT, "%.1f", v);
  }

  static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}
