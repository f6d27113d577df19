package cn.ggzy.server.domain.model.rigging;

import java.util.List;

/**
 * A tender's risk score with the model that gave it and, for the screen index, every screen's part;
 * the parts add up to the score. {@code validation} is the model's validated ROC-AUC on the region's
 * labels (NaN for the default, which is not fitted to any labels).
 */
public record RiskExplanation(String model, double score, double validation, List<ScreenReading> readings) {

  public RiskExplanation {
    readings = List.copyOf(readings);
  }

  /** A score with no parts to show (a model that does not explain itself). */
  public static RiskExplanation unexplained(String model, double score) {
    return new RiskExplanation(model, score, Double.NaN, List.of());
  }

  /** The sum of the readings' contributions (equals the score for the screen index). */
  public double contributions() {
    return readings.stream().mapToDouble(ScreenReading::contribution).sum();
  }
}
