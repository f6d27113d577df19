package cn.ggzy.server.infrastructure.analytics;

import cn.ggzy.server.domain.model.rigging.RegionModel;
import cn.ggzy.server.domain.model.rigging.RiskExplanation;
import cn.ggzy.server.domain.model.rigging.TenderBids;
import cn.ggzy.server.domain.service.RiskLearning;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** {@link RiskLearning} with the {@link RegionLearner} over the shipped {@link ScreenIndex}. */
@ApplicationScoped
public class RegionRiskLearning implements RiskLearning {
  private ScreenIndex index;

  private synchronized ScreenIndex index() {
    if (index == null) {
      index = ScreenIndex.shipped();
    }
    return index;
  }

  @Override
  public int minimumPerClass() {
    return RegionLearner.MIN_PER_CLASS;
  }

  @Override
  public Training train(List<TenderBids> market, int[] labels, long seed) {
    RegionLearner learner = learner(market);
    RegionLearner.Outcome o = learner.learn(labels, seed);
    List<Double> weights = o.model() == null ? List.of()
        : Arrays.stream(o.model().weights()).boxed().toList();
    return new Training(o.switched(), o.candidateAuc(), o.defaultAuc(), o.positives(), o.negatives(),
        learner.bidderInputs(), weights);
  }

  /** A market read once: its learner and the index's explanations (a scorer passes one market for many sections). */
  private record Read(List<TenderBids> market, RegionLearner learner, List<RiskExplanation> index) {}

  private volatile Read last;

  private Read read(List<TenderBids> market) {
    Read r = last;
    if (r == null || r.market() != market) {
      r = new Read(market, learner(market), index().explain(market, market));
      last = r;
    }
    return r;
  }

  @Override
  public List<RiskExplanation> explain(List<TenderBids> market, int[] labels, RegionModel model, List<Integer> rows) {
    Read read = read(market);
    List<RiskExplanation> all = read.index();
    RegionLearner learner = read.learner();
    List<RiskExplanation> out = new ArrayList<>(rows.size());
    if (!model.beatsIndex() || learner.bidderInputs() != model.bidderInputs()
        || model.weights().size() != learner.width() + 1) {
      rows.forEach(r -> out.add(all.get(r)));
      return out;
    }
    double[] p = learner.predict(LogisticRegression.of(model.weights().stream().mapToDouble(Double::doubleValue)
        .toArray()), labels, rows);
    for (int k = 0; k < rows.size(); k++) {
      out.add(new RiskExplanation(model.name(), p[k], model.candidateAuc(), all.get(rows.get(k)).readings()));
    }
    return out;
  }

  private RegionLearner learner(List<TenderBids> market) {
    ScreenIndex i = index();
    return new RegionLearner(market, i.directedPercentiles(market, market), i.scores(market));
  }
}
