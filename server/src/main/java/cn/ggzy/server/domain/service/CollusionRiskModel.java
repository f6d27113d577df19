package cn.ggzy.server.domain.service;

import cn.ggzy.server.domain.model.rigging.TenderBids;
import java.util.List;

/**
 * A trained classifier's probability that a tender was rigged. Tenders are scored as a batch of one
 * market (one region and trade), because the bidder network is read from the batch.
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
}
