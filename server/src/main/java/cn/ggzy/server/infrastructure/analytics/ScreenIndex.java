package cn.ggzy.server.infrastructure.analytics;

import cn.ggzy.server.domain.model.rigging.RiskExplanation;
import cn.ggzy.server.domain.model.rigging.ScreenReading;
import cn.ggzy.server.domain.model.rigging.TenderBids;
import cn.ggzy.server.domain.model.rigging.TenderScreens;
import cn.ggzy.server.domain.service.CollusionRiskModel;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The default risk score for a city with no labelled history: screens whose direction comes from the
 * economics of collusive bidding, not from any data set's labels (see README "Bid-rigging screen
 * index" for the sources). Each screen is read as its percentile within the city's own market (the
 * department's history when it holds {@link MarketReference#MIN_TENDERS} tenders, else a reference
 * pooled from the published markets, no label used), turned so that 1 is the suspicious end. The
 * score is the mean of those percentiles over the screens the market can measure (the two network
 * screens only where bidders are known); a screen undefined for a tender (fewer than three bids,
 * four for the moments, unknown bidders) adds nothing: it raises no suspicion. The score therefore
 * lies in [0, 1] and is the sum of the screens' contributions.
 */
public final class ScreenIndex implements CollusionRiskModel {
  public static final String NAME = "screen-index-1";
  static final String REFERENCE = "/cn/ggzy/server/rigging/screen-reference.txt";
  /** Fewer bids than this: the tender has no shape to screen. */
  static final int MIN_BIDS = 3;
  /** Kurtosis and skewness need this many bids. */
  static final int MIN_BIDS_MOMENTS = 4;
  private static final StatisticalBidScreens MOMENTS = new StatisticalBidScreens();

  /** A screen with the direction in which it points to collusion (−1: low values are suspicious). */
  public record Screen(String name, int direction, boolean network) {}

  public static final List<Screen> SCREENS = List.of(
      new Screen("cv", -1, false),
      new Screen("spd", -1, false),
      new Screen("diffp", 1, false),
      new Screen("rd", 1, false),
      new Screen("kurt", 1, false),
      new Screen("skew", -1, false),
      new Screen("winnerRotation", 1, true),
      new Screen("neverWin", 1, true));
  static final int COUNT = SCREENS.size();
  private static final int NETWORK_AT = 6;

  private final MarketReference shipped;

  private ScreenIndex(MarketReference shipped) {
    this.shipped = shipped;
  }

  /** With the shipped reference for short markets. */
  public static ScreenIndex shipped() {
    try (InputStream in = ScreenIndex.class.getResourceAsStream(REFERENCE)) {
      if (in == null) {
        throw new IllegalStateException("missing " + REFERENCE);
      }
      return new ScreenIndex(MarketReference.decode(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every market read against itself, however short (for research and tests). */
  public static ScreenIndex withoutReference() {
    return new ScreenIndex(null);
  }

  /** The reference to ship: the markets' screens, each market weighed equally (no label read). */
  public static String referenceOf(List<List<TenderBids>> markets) {
    List<MarketReference> refs = new ArrayList<>();
    for (List<TenderBids> market : markets) {
      refs.add(MarketReference.of(values(market), COUNT));
    }
    return MarketReference.pooled(refs, 201).encode();
  }

  /** The screens' raw values, {@link #COUNT} per tender (NaN where undefined). */
  public static float[] values(List<TenderBids> market) {
    int n = market.size();
    float[] x = new float[n * COUNT];
    Arrays.fill(x, Float.NaN);
    float[] distinct = new float[2];
    for (int t = 0; t < n; t++) {
      double[] b = market.get(t).prices().clone();
      if (b.length < MIN_BIDS) {
        continue;
      }
      Arrays.sort(b);
      TenderScreens s = MOMENTS.screenSorted(b);
      int o = t * COUNT;
      x[o] = (float) s.coefficientOfVariation();
      x[o + 1] = (float) s.spread();
      Arrays.fill(distinct, Float.NaN);
      distinctScreens(b, distinct, 0);
      x[o + 2] = distinct[0];
      x[o + 3] = distinct[1];
      if (b.length >= MIN_BIDS_MOMENTS && s.coefficientOfVariation() > 0) {
        x[o + 4] = (float) s.kurtosis();
        x[o + 5] = (float) s.skewness();
      }
    }
    BidderNetworkScreens.of(market, x, COUNT, NETWORK_AT);
    return x;
  }

  /**
   * DIFFP (second-lowest over lowest distinct price, minus 1) and RD (their gap over the standard
   * deviation of the distinct prices above the lowest) over the distinct prices of the sorted bids.
   */
  public static void distinctScreens(double[] sorted, float[] x, int o) {
    double[] d = new double[sorted.length];
    int n = 0;
    for (double v : sorted) {
      if (n == 0 || v != d[n - 1]) {
        d[n++] = v;
      }
    }
    if (n < 2 || d[0] <= 0) {
      return;
    }
    double gap = d[1] - d[0];
    x[o] = (float) (gap / d[0]);
    if (n < 3) {
      return;
    }
    double sd = BidStatistics.sd(d, 1, n, BidStatistics.mean(d, 1, n));
    x[o + 1] = sd > 0 ? (float) (gap / sd) : Float.NaN;
  }

  @Override
  public double[] scores(List<TenderBids> market) {
    return scores(market, market);
  }

  @Override
  public double[] scores(List<TenderBids> tenders, List<TenderBids> history) {
    return explain(tenders, history).stream().mapToDouble(RiskExplanation::score).toArray();
  }

  @Override
  public List<RiskExplanation> explain(List<TenderBids> tenders, List<TenderBids> history) {
    Readings r = read(tenders, history);
    float[] p = r.percentiles();
    float[] v = r.values();
    boolean network = measuresNetwork(tenders, history);
    int screens = network ? COUNT : NETWORK_AT;
    List<RiskExplanation> out = new ArrayList<>(tenders.size());
    for (int t = 0; t < tenders.size(); t++) {
      List<ScreenReading> readings = new ArrayList<>(screens);
      double score = 0;
      for (int c = 0; c < screens; c++) {
        float percentile = p[t * COUNT + c];
        double contribution = Float.isNaN(percentile) ? 0 : percentile / (double) screens;
        score += contribution;
        readings.add(new ScreenReading(SCREENS.get(c).name(), v[t * COUNT + c], percentile, contribution));
      }
      out.add(new RiskExplanation(NAME, score, Double.NaN, readings));
    }
    return out;
  }

  /**
   * Each screen's percentile in the market turned to its suspicious end, {@link #COUNT} per tender
   * (NaN where undefined): against {@code history} when it holds enough tenders (the tenders
   * themselves when {@code history} is them), else against the shipped reference.
   */
  public float[] directedPercentiles(List<TenderBids> tenders, List<TenderBids> history) {
    return read(tenders, history).percentiles();
  }

  private record Readings(float[] values, float[] percentiles) {}

  private Readings read(List<TenderBids> tenders, List<TenderBids> history) {
    if (history == tenders) {
      float[] all = values(tenders);
      return directed(all, history.size() >= MarketReference.MIN_TENDERS || shipped == null
          ? MarketReference.of(all, COUNT) : shipped);
    }
    History h = history(history);
    float[] x = new float[tenders.size() * COUNT];
    for (int t = 0; t < tenders.size(); t++) {
      TenderBids tender = tenders.get(t);
      Integer row = h.rows().get(tender.tender());
      float[] own;
      int at;
      if (row != null && Arrays.equals(history.get(row).prices(), tender.prices())
          && Objects.equals(history.get(row).bidders(), tender.bidders())) {
        // the section is part of its department's history already (screened after import): read once
        own = h.values();
        at = row;
      } else {
        own = values(concat(history, List.of(tender)));
        at = history.size();
      }
      System.arraycopy(own, at * COUNT, x, t * COUNT, COUNT);
    }
    MarketReference ref = history.size() >= MarketReference.MIN_TENDERS
        ? h.reference() : shipped != null ? shipped : MarketReference.of(concatValues(h.values(), x), COUNT);
    return directed(x, ref);
  }

  private static Readings directed(float[] x, MarketReference ref) {
    float[] p = new float[x.length];
    for (int i = 0; i < x.length; i++) {
      float q = ref.percentile(i % COUNT, x[i]);
      p[i] = SCREENS.get(i % COUNT).direction() > 0 ? q : 1 - q;
    }
    return new Readings(x, p);
  }

  /** A history's screen values, its rows by tender name and its reference, computed once per history. */
  private record History(List<TenderBids> tenders, float[] values, Map<String, Integer> rows,
      MarketReference reference) {}

  /** The last history read (the live screening passes one history for all the sections of an import). */
  private volatile History last;

  private History history(List<TenderBids> history) {
    History h = last;
    if (h != null && h.tenders() == history) {
      return h;
    }
    float[] values = values(history);
    Map<String, Integer> rows = new HashMap<>();
    for (int i = 0; i < history.size(); i++) {
      rows.putIfAbsent(history.get(i).tender(), i);
    }
    h = new History(history, values, rows, MarketReference.of(values, COUNT));
    last = h;
    return h;
  }

  private static float[] concatValues(float[] a, float[] b) {
    float[] all = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    return all;
  }

  private static boolean measuresNetwork(List<TenderBids> tenders, List<TenderBids> history) {
    return tenders.stream().anyMatch(TenderBids::biddersKnown) || history.stream().anyMatch(TenderBids::biddersKnown);
  }

  private static List<TenderBids> concat(List<TenderBids> a, List<TenderBids> b) {
    List<TenderBids> all = new ArrayList<>(a.size() + b.size());
    all.addAll(a);
    all.addAll(b);
    return all;
  }
}
