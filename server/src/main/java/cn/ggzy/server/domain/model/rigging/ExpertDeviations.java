package cn.ggzy.server.domain.model.rigging;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds experts who score a bidder abnormally far from the rest of the panel (评标不公 risk). For
 * each bidder and scoring item, each expert's score is compared with the median of the <em>other</em>
 * experts' scores; it is abnormal when the distance exceeds {@link #K} robust standard deviations
 * (1.4826 × MAD of the others, the median absolute deviation) and is also at least
 * {@link #MIN_SHARE} of that median, so that a unanimous panel (MAD 0) does not turn a one-point
 * difference into a finding. A panel needs at least {@link #MIN_OTHERS} other experts.
 */
public final class ExpertDeviations {
  public static final double K = 3.5;
  public static final double MIN_SHARE = 0.10;
  public static final int MIN_OTHERS = 4;
  private static final double MAD_TO_SIGMA = 1.4826;

  private ExpertDeviations() {}

  public static List<ExpertDeviation> find(List<PanelScore> scores) {
    Map<String, List<PanelScore>> panels = new LinkedHashMap<>();
    for (PanelScore s : scores) {
      panels.computeIfAbsent(s.item() + "\u0000" + s.bidder(), k -> new ArrayList<>()).add(s);
    }
    List<ExpertDeviation> found = new ArrayList<>();
    for (List<PanelScore> panel : panels.values()) {
      if (panel.size() < MIN_OTHERS + 1) {
        continue;
      }
      for (PanelScore s : panel) {
        double[] others = panel.stream().filter(o -> o != s).mapToDouble(PanelScore::score).toArray();
        double median = median(others);
        double[] distances = new double[others.length];
        for (int i = 0; i < others.length; i++) {
          distances[i] = Math.abs(others[i] - median);
        }
        double mad = median(distances);
        double deviation = s.score() - median;
        if (Math.abs(deviation) > K * MAD_TO_SIGMA * mad && Math.abs(deviation) >= MIN_SHARE * Math.abs(median)
            && deviation != 0) {
          found.add(new ExpertDeviation(s.expert(), s.bidder(), s.item(), s.score(), median, mad, deviation));
        }
      }
    }
    found.sort(Comparator.comparingDouble((ExpertDeviation d) -> -Math.abs(d.deviation())));
    return found;
  }

  static double median(double[] values) {
    double[] v = values.clone();
    Arrays.sort(v);
    int n = v.length;
    return n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
  }
}
