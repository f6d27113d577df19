package cn.ggzy.server.domain.service;

import cn.ggzy.server.domain.model.rigging.RegionModel;
import cn.ggzy.server.domain.model.rigging.RiskExplanation;
import cn.ggzy.server.domain.model.rigging.TenderBids;
import java.util.List;

/**
 * Learning a region's own risk model from its labels, and scoring with it. A market is the region's
 * tenders; {@code labels[t]} is 1 (rigged), 0 (clean) or −1 (unknown) for each of them.
 */
public interface RiskLearning {

  /** Labels of each class needed before a model is trained. */
  int minimumPerClass();

  /**
   * The outcome of one training: whether the model beat the screen index on the labels (repeated
   * cross-validation, seeded), both validated ROC-AUCs, and the fitted weights (empty unless it beat it).
   */
  record Training(boolean beatsIndex, double candidateAuc, double indexAuc, int positives, int negatives,
      boolean bidderInputs, List<Double> weights) {}

  Training train(List<TenderBids> market, int[] labels, long seed);

  /**
   * The {@code rows} of the market scored by {@code model} with the labels it was trained on: its
   * probability, its name and validated ROC-AUC, and the screen index's parts beneath it. The index's
   * explanation when the model cannot read this market (its inputs do not match).
   */
  List<RiskExplanation> explain(List<TenderBids> market, int[] labels, RegionModel model, List<Integer> rows);
}
