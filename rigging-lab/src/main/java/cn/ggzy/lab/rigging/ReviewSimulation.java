package cn.ggzy.lab.rigging;

import cn.ggzy.server.domain.model.rigging.TenderBids;
import cn.ggzy.server.infrastructure.analytics.RegionLearner;
import cn.ggzy.server.infrastructure.analytics.RocAuc;
import cn.ggzy.server.infrastructure.analytics.ScreenIndex;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

/**
 * Replays a labelled market as a city would live it (README "Review simulation"). It starts from the
 * {@link ScreenIndex}. Each round a reviewer takes the next batch in the platform's review order and
 * learns those tenders' true labels. The platform then retrains its region model
 * ({@link RegionLearner}) and uses it only when it beats the index on the labels so far. The review
 * order is highest score first. Once a region model is in use, {@link #UNCERTAIN_EVERY} places of each
 * batch go to the unreviewed tender the model is least sure of (probability nearest 0.5), so that the
 * labels also teach it where it is unsure. The default order without learning (the index alone) is
 * replayed beside it.
 */
public final class ReviewSimulation {
  /** One place in this many of a batch goes to an uncertain tender (at least one per batch). */
  static final int UNCERTAIN_EVERY = 20;

  /** One batch's figures; AUCs on the tenders not yet reviewed by each order. */
  public record Step(int reviews, int found, double auc, int defaultFound, double defaultAuc, boolean region,
      double candidateAuc, double indexAuc) {}

  private ReviewSimulation() {}

  public static List<Step> run(List<TenderBids> market, int[] truth, int batch, int labels, long seed) {
    ScreenIndex index = ScreenIndex.withoutReference();
    float[] directed = index.directedPercentiles(market, market);
    double[] defaultScores = index.scores(market);
    RegionLearner learner = new RegionLearner(market, directed, defaultScores);
    int n = market.size();
    int[] defaultOrder = order(defaultScores, IntStream.range(0, n).boxed().toList());
    int[] known = new int[n];
    Arrays.fill(known, -1);
    double[] scores = defaultScores.clone();
    boolean region = false;
    List<Step> steps = new ArrayList<>();
    int reviewed = 0;
    int found = 0;
    int limit = Math.min(labels, n);
    while (reviewed < limit) {
      int take = Math.min(batch, limit - reviewed);
      List<Integer> open = open(known);
      List<Integer> picks = new ArrayList<>();
      int[] ranked = order(scores, open);
      int uncertain = region ? Math.max(1, take / UNCERTAIN_EVERY) : 0;
      uncertain = Math.min(uncertain, take - 1);
      for (int k = 0; picks.size() < take - uncertain; k++) {
        picks.add(ranked[k]);
      }
      double[] s = scores;
      open.stream().filter(t -> !picks.contains(t))
          .sorted(Comparator.comparingDouble((Integer t) -> Math.abs(s[t] - 0.5)).thenComparingInt(t -> t))
          .limit(uncertain).forEach(picks::add);
      for (int t : picks) {
        known[t] = truth[t];
        found += truth[t];
      }
      reviewed += picks.size();
      RegionLearner.Outcome outcome = learner.learn(known, seed + reviewed);
      region = outcome.switched();
      scores = outcome.scores();
      List<Integer> left = open(known);
      int defaultFound = 0;
      for (int k = 0; k < reviewed; k++) {
        defaultFound += truth[defaultOrder[k]];
      }
      List<Integer> defaultLeft = Arrays.stream(defaultOrder).skip(reviewed).boxed().toList();
      steps.add(new Step(reviewed, found, auc(scores, truth, left), defaultFound,
          auc(defaultScores, truth, defaultLeft), region, outcome.candidateAuc(), outcome.defaultAuc()));
    }
    return steps;
  }

  /** Prints one line per batch and the final line {@code final: labels=N found=F of=R auc=X default_found=D}. */
  public static void print(List<Step> steps, int[] truth, PrintStream out) {
    out.println("reviews found auc_unreviewed | default_found default_auc | model (validated AUC: region vs index)");
    for (Step s : steps) {
      out.printf(Locale.ROOT, "%7d %5d %14.3f | %13d %11.3f | %s%n", s.reviews(), s.found(), s.auc(),
          s.defaultFound(), s.defaultAuc(), s.region()
              ? String.format(Locale.ROOT, "region (%.3f vs %.3f)", s.candidateAuc(), s.indexAuc())
              : Double.isNaN(s.candidateAuc()) ? "index (too few labels)"
              : String.format(Locale.ROOT, "index (region %.3f not shown better than %.3f)", s.candidateAuc(), s.indexAuc()));
    }
    Step last = steps.get(steps.size() - 1);
    out.printf(Locale.ROOT, "final: labels=%d found=%d of=%d auc=%.3f default_found=%d%n", last.reviews(),
        last.found(), Arrays.stream(truth).sum(), last.auc(), last.defaultFound());
  }

  private static List<Integer> open(int[] known) {
    return IntStream.range(0, known.length).filter(t -> known[t] < 0).boxed().toList();
  }

  /** The given tenders by score, highest first (ties in market order). */
  private static int[] order(double[] scores, List<Integer> tenders) {
    return tenders.stream().sorted(Comparator.comparingDouble((Integer t) -> -scores[t]).thenComparingInt(t -> t))
        .mapToInt(Integer::intValue).toArray();
  }

  private static double auc(double[] scores, int[] truth, List<Integer> tenders) {
    double[] p = tenders.stream().mapToDouble(t -> scores[t]).toArray();
    int[] y = tenders.stream().mapToInt(t -> truth[t]).toArray();
    return RocAuc.of(p, y);
  }
}
