package cn.ggzy.server.domain.model.rigging;

import cn.ggzy.tenants.RegionCode;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One training run of a region's own model, versioned per region and kept whether it was used or not.
 * It can be re-run: the labels it saw ({@code labels}, "department|project/section|0 or 1") and the
 * seed of its cross-validation are stored with it. {@code candidateAuc} and {@code indexAuc} are the
 * mean cross-validated ROC-AUC of the model and of the screen index on those labels; {@code weights}
 * are the fitted logistic regression's (intercept last), empty when it did not beat the index.
 */
public record RegionModel(RegionCode region, int version, Instant trainedAt, String trainedBy, long seed,
    int positives, int negatives, double candidateAuc, double indexAuc, boolean bidderInputs, List<Double> weights,
    List<String> labels, RegionModelStatus status) {

  public RegionModel {
    Objects.requireNonNull(region, "region");
    Objects.requireNonNull(status, "status");
    weights = List.copyOf(weights);
    labels = List.copyOf(labels);
  }

  /** The name a warning shows: {@code region-421181-v3}. */
  public String name() {
    return "region-" + region.value() + "-v" + version;
  }

  public RegionModel withStatus(RegionModelStatus next) {
    return new RegionModel(region, version, trainedAt, trainedBy, seed, positives, negatives, candidateAuc, indexAuc,
        bidderInputs, weights, labels, next);
  }

  public boolean beatsIndex() {
    return !weights.isEmpty();
  }
}
