package cn.ggzy.lab.rigging;

import cn.ggzy.server.infrastructure.analytics.ScreenIndex;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The screen index as a city without labels meets it: each market scored against itself (its own
 * percentiles, no label read), ROC-AUC and PR-AUC over all its tenders and over those of three bids
 * or more (where the shape screens are defined), and each screen's own ROC-AUC in its direction.
 */
final class ColdStart {
  private ColdStart() {}

  static String table(List<Market> markets) {
    StringBuilder s = new StringBuilder(String.format(Locale.ROOT, "%-28s %7s %6s | %8s %8s | %8s %7s |",
        "market", "tenders", "pos", "ROC-AUC", "PR-AUC", "AUC(≥3)", "n(≥3)"));
    for (ScreenIndex.Screen screen : ScreenIndex.SCREENS) {
      s.append(String.format(Locale.ROOT, " %8s", abbreviate(screen.name())));
    }
    s.append('\n');
    double sum = 0;
    double min = 1;
    for (Market m : markets) {
      ScreenIndex index = ScreenIndex.withoutReference();
      double[] p = index.scores(m.tenders());
      float[] directed = index.directedPercentiles(m.tenders(), m.tenders());
      int[] y = m.labels();
      double auc = Metrics.rocAuc(p, y);
      sum += auc;
      min = Math.min(min, auc);
      List<Integer> three = new ArrayList<>();
      for (int t = 0; t < y.length; t++) {
        if (m.tenders().get(t).size() >= 3) {
          three.add(t);
        }
      }
      s.append(String.format(Locale.ROOT, "%-28s %7d %6.3f | %8.3f %8.3f | %8.3f %7d |", m.name(), y.length,
          mean(y), auc, Metrics.prAuc(p, y), Metrics.rocAuc(pick(p, three), pick(y, three)), three.size()));
      for (int c = 0; c < ScreenIndex.SCREENS.size(); c++) {
        List<Integer> defined = new ArrayList<>();
        for (int t = 0; t < y.length; t++) {
          if (!Float.isNaN(directed[t * ScreenIndex.SCREENS.size() + c])) {
            defined.add(t);
          }
        }
        double[] v = new double[defined.size()];
        for (int k = 0; k < v.length; k++) {
          v[k] = directed[defined.get(k) * ScreenIndex.SCREENS.size() + c];
        }
        s.append(defined.size() < 2 ? String.format(Locale.ROOT, " %8s", "-")
            : String.format(Locale.ROOT, " %8.3f", Metrics.rocAuc(v, pick(y, defined))));
      }
      s.append('\n');
    }
    s.append(String.format(Locale.ROOT, "mean ROC-AUC %.3f, lowest %.3f%n", sum / markets.size(), min));
    return s.toString();
  }

  private static String abbreviate(String name) {
    return name.length() > 8 ? name.substring(0, 8) : name;
  }

  private static double mean(int[] y) {
    double s = 0;
    for (int v : y) {
      s += v;
    }
    return y.length == 0 ? 0 : s / y.length;
  }

  private static double[] pick(double[] v, List<Integer> rows) {
    return rows.stream().mapToDouble(r -> v[r]).toArray();
  }

  private static int[] pick(int[] v, List<Integer> rows) {
    return rows.stream().mapToInt(r -> v[r]).toArray();
  }
}
