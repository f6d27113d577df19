package cn.ggzy.server.domain.model.credit;

/** A region's credit configuration: score weights and red-list criteria (local policy). */
public record CreditSettings(ScoreWeights weights, RedListCriteria criteria) {
  public static final CreditSettings DEFAULT = new CreditSettings(ScoreWeights.DEFAULT, RedListCriteria.DEFAULT);

  public CreditSettings {
    if (weights == null) {
      throw new CreditException("credit.settings.invalid", "weights");
    }
    if (criteria == null) {
      throw new CreditException("credit.settings.invalid", "criteria");
    }
  }
}
