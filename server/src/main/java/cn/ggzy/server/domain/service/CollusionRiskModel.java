package cn.ggzy.server.domain.service;

import cn.ggzy.server.domain.model.rigging.RiskExplanation;
import cn.ggzy.server.domain.model.rigging.TenderBids;
import java.util.Arrays;
import java.util.List;

/**
 * How suspicious a tender is of rigging: the screen index by default, a model trained on a region's
 * own labels where it proved better. Tenders are scored as a batch of one market (one region and
 * trade), because percentiles and the bidder network are read from the market.
 */
public interface CollusionRiskModel {

  /** One score in [0, 1] per tender, in order; higher means more suspicious. */
  double[] scores(List<TenderBids> market);

  /**
   * Scores {@code tenders} against {@code history}, earlier tenders of the same market (e.g. the
   * department's imported sections): a model that reads inputs relative to its market takes their
   * distribution from the history when it is long enough. By default the history is ignored.
   */
  default double[] scores(List<TenderBids> tenders, List<TenderBids> history) {
    return scores(tenders);
  }

  /**
   * The scores of {@link #scores(List, List)} with what made them: the model's name and, where the
   * model is an index of screens, each screen's value, percentile and contribution. By default the
   * scores alone, named by the model's class.
   */
  default List<RiskExplanation> explain(List<TenderBids> tenders, List<TenderBids> history) {
    String name = getClass().getSimpleName();
    return Arrays.stream(scores(tenders, history)).mapToObj(p -> new RiskExplanation(name, p, Double.NaN, List.of()))
        .toList();
  }
}
