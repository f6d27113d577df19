package cn.ggzy.server.domain.model.expert;

import cn.ggzy.server.domain.model.expert.ExpertSign.SignEvidence;
import cn.ggzy.server.domain.model.expert.ExpertSign.SignKind;
import cn.ggzy.server.domain.model.tender.EvaluationScore;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Signs across tenders in the imported evaluation scores (评标打分), per expert. A score is read
 * against the rest of its panel (the other experts' scores of the same bidder, section and item):
 * r = score − median of the others, z = r / σ with σ the section's spread of such departures
 * (1.4826 × the median |r| over every score of the section and item; at least 1 % of |median| and
 * 0.1), z capped at ±10. A panel needs 3 other experts.
 * <ul>
 *   <li><b>FAVOUR</b> (expert, bidder): over at least {@value #MIN_SECTIONS} sections, the mean z
 *       for that bidder minus the expert's mean z for all other bidders (the expert's own leniency)
 *       is at least {@value #FAVOUR_Z}, at least 80 % of those z are positive, and the excess is at
 *       least {@value #FAVOUR_T} standard errors of the expert's own scatter (a wild scorer's
 *       chance run is not a favour).</li>
 *   <li><b>TRACKING</b> (expert, other expert): over at least {@value #MIN_POINTS} shared scores in at
 *       least 2 sections, the two experts' departures from the median of the rest of the panel
 *       (without both) correlate at {@value #TRACKING_R} or more, and the correlation is above 0.5 at
 *       99.9 % confidence (Fisher: atanh r − 3.09 / √(n − 3) ≥ atanh 0.5). Independent experts'
 *       departures correlate only through the shared median (about 1/(k + 1) for k others).</li>
 *   <li><b>DEVIATION</b> (expert): over at least {@value #MIN_SECTIONS} sections and
 *       {@value #MIN_POINTS} scores, at least 30 % are beyond 3.5 σ (the outlier of
 *       {@code ExpertDeviations}, art. 49).</li>
 * </ul>
 * The thresholds are set from the statistics of independent scoring, not tuned to any data set.
 */
public final class ScoreSigns {
  static final int MIN_SECTIONS = 3;
  static final int MIN_POINTS = 8;
  static final double FAVOUR_Z = 2.0;
  static final double FAVOUR_T = 3.0;
  static final double TRACKING_R = 0.9;
  static final double OUTLIER_Z = 3.5;
  static final double DEVIATION_SHARE = 0.3;
  private static final int MIN_OTHERS = 3;
  private static final int MAX_EVIDENCE = 20;

  private ScoreSigns() {}

  /** One expert's score in one panel, read against the others. */
  private record Point(String section, String bidder, String item, String expert, double score, double z,
      double othersMedian, Map<String, Double> panel) {}

  public static List<ExpertSign> find(List<EvaluationScore> scores) {
    Map<String, Map<String, Double>> panels = new LinkedHashMap<>();
    Map<String, String[]> keys = new HashMap<>();
    for (EvaluationScore s : scores) {
      String key = s.tenant().value() + "|" + s.section() + "|" + s.item() + "|" + s.bidderCode();
      panels.computeIfAbsent(key, k -> new TreeMap<>()).put(s.expertId(), s.score());
      keys.putIfAbsent(key, new String[] {s.tenant().value() + " " + s.section(), s.bidderCode(), s.item()});
    }
    record Raw(String[] key, String expert, double score, double median, Map<String, Double> panel) {}
    Map<String, List<Raw>> bySection = new LinkedHashMap<>();
    panels.forEach((key, panel) -> {
      if (panel.size() < MIN_OTHERS + 1) {
        return;
      }
      String[] k = keys.get(key);
      panel.forEach((expert, score) -> {
        double median = median(panel.entrySet().stream().filter(e -> !e.getKey().equals(expert))
            .mapToDouble(Map.Entry::getValue).toArray());
        bySection.computeIfAbsent(k[0] + "|" + k[2], x -> new ArrayList<>()).add(new Raw(k, expert, score, median,
            panel));
      });
    });
    List<Point> points = new ArrayList<>();
    bySection.values().forEach(raws -> {
      double spread = 1.4826 * median(raws.stream().mapToDouble(r -> Math.abs(r.score() - r.median())).toArray());
      for (Raw r : raws) {
        double sigma = Math.max(Math.max(spread, 0.01 * Math.abs(r.median())), 0.1);
        double z = Math.max(-10, Math.min(10, (r.score() - r.median()) / sigma));
        points.add(new Point(r.key()[0], r.key()[1], r.key()[2], r.expert(), r.score(), z, r.median(), r.panel()));
      }
    });
    List<ExpertSign> signs = new ArrayList<>();
    Map<String, List<Point>> byExpert = new TreeMap<>();
    points.forEach(p -> byExpert.computeIfAbsent(p.expert(), e -> new ArrayList<>()).add(p));
    byExpert.forEach((expert, own) -> {
      favour(expert, own, signs);
      deviation(expert, own, signs);
    });
    tracking(byExpert, signs);
    signs.sort(Comparator.comparing(ExpertSign::kind).thenComparing(s -> -s.strength())
        .thenComparing(ExpertSign::expertId).thenComparing(ExpertSign::subject));
    return signs;
  }

  private static void favour(String expert, List<Point> own, List<ExpertSign> signs) {
    Map<String, List<Point>> byBidder = new TreeMap<>();
    own.forEach(p -> byBidder.computeIfAbsent(p.bidder(), b -> new ArrayList<>()).add(p));
    byBidder.forEach((bidder, mine) -> {
      long sections = mine.stream().map(Point::section).distinct().count();
      List<Point> rest = own.stream().filter(p -> !p.bidder().equals(bidder)).toList();
      if (sections < MIN_SECTIONS || rest.isEmpty()) {
        return;
      }
      double excess = mean(mine) - mean(rest);
      long above = mine.stream().filter(p -> p.z() > 0).count();
      double scatter = Math.max(sd(own), 0.5);
      if (excess >= FAVOUR_Z && above >= 0.8 * mine.size() && excess / (scatter / Math.sqrt(mine.size())) >= FAVOUR_T) {
        signs.add(new ExpertSign(SignKind.FAVOUR, expert, bidder, round(excess), (int) sections,
            mine.stream().limit(MAX_EVIDENCE).map(p -> new SignEvidence(p.section(), p.bidder(), p.item(), p.score(), null,
                p.othersMedian())).toList()));
      }
    });
  }

  private static void deviation(String expert, List<Point> own, List<ExpertSign> signs) {
    long sections = own.stream().map(Point::section).distinct().count();
    List<Point> outliers = own.stream().filter(p -> Math.abs(p.z()) > OUTLIER_Z).toList();
    if (sections >= MIN_SECTIONS && own.size() >= MIN_POINTS
        && outliers.size() >= DEVIATION_SHARE * own.size()) {
      signs.add(new ExpertSign(SignKind.DEVIATION, expert, "", round((double) outliers.size() / own.size()),
          (int) sections, outliers.stream().limit(MAX_EVIDENCE).map(p -> new SignEvidence(p.section(), p.bidder(),
              p.item(), p.score(), null, p.othersMedian())).toList()));
    }
  }

  private static void tracking(Map<String, List<Point>> byExpert, List<ExpertSign> signs) {
    List<String> experts = new ArrayList<>(byExpert.keySet());
    for (int i = 0; i < experts.size(); i++) {
      for (int j = i + 1; j < experts.size(); j++) {
        String a = experts.get(i);
        String b = experts.get(j);
        List<double[]> pairs = new ArrayList<>();
        List<SignEvidence> evidence = new ArrayList<>();
        TreeSet<String> sections = new TreeSet<>();
        for (Point p : byExpert.get(a)) {
          Double other = p.panel().get(b);
          if (other == null || p.panel().size() < MIN_OTHERS + 2) {
            continue;
          }
          double[] rest = p.panel().entrySet().stream().filter(e -> !e.getKey().equals(a) && !e.getKey().equals(b))
              .mapToDouble(Map.Entry::getValue).toArray();
          double restMedian = median(rest);
          pairs.add(new double[] {p.score() - restMedian, other - restMedian});
          sections.add(p.section());
          if (evidence.size() < MAX_EVIDENCE) {
            evidence.add(new SignEvidence(p.section(), p.bidder(), p.item(), p.score(), other, median(rest)));
          }
        }
        if (pairs.size() < MIN_POINTS || sections.size() < 2) {
          continue;
        }
        double r = correlation(pairs);
        if (r >= TRACKING_R && atanh(Math.min(r, 0.999999)) - 3.09 / Math.sqrt(pairs.size() - 3) >= atanh(0.5)) {
          signs.add(new ExpertSign(SignKind.TRACKING, a, b, round(r), sections.size(), evidence));
        }
      }
    }
  }

  private static double correlation(List<double[]> pairs) {
    double mx = pairs.stream().mapToDouble(p -> p[0]).average().orElse(0);
    double my = pairs.stream().mapToDouble(p -> p[1]).average().orElse(0);
    double sxy = 0;
    double sxx = 0;
    double syy = 0;
    for (double[] p : pairs) {
      sxy += (p[0] - mx) * (p[1] - my);
      sxx += (p[0] - mx) * (p[0] - mx);
      syy += (p[1] - my) * (p[1] - my);
    }
    return sxx < 1e-9 || syy < 1e-9 ? 0 : sxy / Math.sqrt(sxx * syy);
  }

  private static double atanh(double r) {
    return 0.5 * Math.log((1 + r) / (1 - r));
  }

  private static double sd(List<Point> points) {
    double m = mean(points);
    return Math.sqrt(points.stream().mapToDouble(p -> (p.z() - m) * (p.z() - m)).sum() / Math.max(1, points.size() - 1));
  }

  private static double mean(List<Point> points) {
    return points.stream().mapToDouble(Point::z).average().orElse(0);
  }

  private static double median(double[] values) {
    double[] v = values.clone();
    Arrays.sort(v);
    int n = v.length;
    return n == 0 ? 0 : n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
  }

  private static double round(double v) {
    return Math.round(v * 100) / 100.0;
  }
}
