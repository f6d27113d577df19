package cn.ggzy.server.infrastructure.analytics;

import cn.ggzy.server.domain.model.rigging.PricePattern;
import cn.ggzy.server.domain.model.rigging.PricePatternKind;
import cn.ggzy.server.domain.model.rigging.PricedBid;
import cn.ggzy.server.domain.service.PricePatterns;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Regular price differences in one section. Prices are compared to the cent (a derived price is
 * rounded to the cent), so chance coincidences of free prices stay rare: identical totals,
 * progressions of at least three totals (longest runs, each reported once), and pairs whose
 * line items (at least three) all stand in one ratio.
 */
@ApplicationScoped
public class RegularPricePatterns implements PricePatterns {
  /** Half a cent on each side of a rounded derived price. */
  private static final double CENT = 0.0101;
  private static final int MIN_ITEMS = 3;

  @Override
  public List<PricePattern> find(List<PricedBid> section) {
    List<PricedBid> bids = new ArrayList<>(section);
    bids.sort(Comparator.comparingDouble(PricedBid::price));
    List<PricePattern> found = new ArrayList<>(identical(bids));
    List<PricedBid> distinct = distinctPrices(bids);
    found.addAll(progressions(distinct, PricePatternKind.ARITHMETIC_PROGRESSION));
    found.addAll(progressions(distinct, PricePatternKind.GEOMETRIC_PROGRESSION));
    found.addAll(constantRatios(bids));
    return found;
  }

  private static List<PricePattern> identical(List<PricedBid> sorted) {
    List<PricePattern> found = new ArrayList<>();
    int i = 0;
    while (i < sorted.size()) {
      int j = i + 1;
      while (j < sorted.size() && Math.abs(sorted.get(j).price() - sorted.get(i).price()) < CENT / 2) {
        j++;
      }
      if (j - i >= 2) {
        List<PricedBid> run = sorted.subList(i, j);
        found.add(pattern(PricePatternKind.IDENTICAL, run, 0));
      }
      i = j;
    }
    return found;
  }

  private static List<PricedBid> distinctPrices(List<PricedBid> sorted) {
    List<PricedBid> distinct = new ArrayList<>();
    for (PricedBid b : sorted) {
      if (distinct.isEmpty() || b.price() - distinct.get(distinct.size() - 1).price() >= CENT / 2) {
        distinct.add(b);
      }
    }
    return distinct;
  }

  /** Longest progressions starting from every pair; a run already reported is not reported again. */
  private static List<PricePattern> progressions(List<PricedBid> p, PricePatternKind kind) {
    List<PricePattern> found = new ArrayList<>();
    List<List<Integer>> reported = new ArrayList<>();
    for (int i = 0; i < p.size(); i++) {
      for (int j = i + 1; j < p.size(); j++) {
        List<Integer> run = new ArrayList<>(List.of(i, j));
        double step = kind == PricePatternKind.ARITHMETIC_PROGRESSION
            ? p.get(j).price() - p.get(i).price() : p.get(j).price() / p.get(i).price();
        int last = j;
        for (int k = j + 1; k < p.size(); k++) {
          double expected = kind == PricePatternKind.ARITHMETIC_PROGRESSION
              ? p.get(last).price() + step : p.get(last).price() * step;
          if (Math.abs(p.get(k).price() - expected) <= CENT) {
            run.add(k);
            last = k;
          }
        }
        if (run.size() >= 3 && reported.stream().noneMatch(r -> r.containsAll(run))
            && !(kind == PricePatternKind.GEOMETRIC_PROGRESSION && isArithmetic(p, run))) {
          reported.add(run);
          found.add(pattern(kind, run.stream().map(p::get).toList(), step));
        }
      }
    }
    return found;
  }

  private static boolean isArithmetic(List<PricedBid> p, List<Integer> run) {
    double step = p.get(run.get(1)).price() - p.get(run.get(0)).price();
    for (int k = 2; k < run.size(); k++) {
      if (Math.abs(p.get(run.get(k)).price() - p.get(run.get(k - 1)).price() - step) > CENT) {
        return false;
      }
    }
    return true;
  }

  private static List<PricePattern> constantRatios(List<PricedBid> bids) {
    List<PricePattern> found = new ArrayList<>();
    for (int i = 0; i < bids.size(); i++) {
      for (int j = i + 1; j < bids.size(); j++) {
        double[] a = bids.get(i).items();
        double[] b = bids.get(j).items();
        if (a.length >= MIN_ITEMS && a.length == b.length) {
          double ratio = constantRatio(a, b);
          if (!Double.isNaN(ratio)) {
            found.add(pattern(PricePatternKind.CONSTANT_RATIO, List.of(bids.get(i), bids.get(j)), ratio));
          }
        }
      }
    }
    return found;
  }

  /** The ratio b/a when every item of b is item of a times one ratio (to the cent), else NaN. */
  private static double constantRatio(double[] a, double[] b) {
    double sumA = 0;
    double sumB = 0;
    for (int k = 0; k < a.length; k++) {
      sumA += a[k];
      sumB += b[k];
    }
    if (sumA <= 0) {
      return Double.NaN;
    }
    double ratio = sumB / sumA;
    for (int k = 0; k < a.length; k++) {
      if (Math.abs(a[k] * ratio - b[k]) > CENT + 1e-9 * Math.abs(b[k])) {
        return Double.NaN;
      }
    }
    return ratio;
  }

  private static PricePattern pattern(PricePatternKind kind, List<PricedBid> bids, double step) {
    return new PricePattern(kind, bids.stream().map(PricedBid::bidder).toList(),
        bids.stream().map(PricedBid::price).toList(), step);
  }
}
