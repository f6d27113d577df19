package cn.ggzy.server.domain.model.enforcement;

/**
 * A written decision. A penalty names at least one measure: a fine, confiscation of illegal gains,
 * disqualification from bidding for 1 to 3 years, or revocation of a licence.
 */
public record Decision(DecisionKind kind, String text, Long fineYuan, boolean confiscation,
    Integer disqualificationYears, boolean licenceRevoked) {
  public Decision {
    if (kind == null) {
      throw new CaseException("case.decision.kind.required", "kind");
    }
    text = OfficerTexts.required(text, 4000, "case.decision.text.required", "text");
    if (fineYuan != null && fineYuan <= 0) {
      throw new CaseException("case.decision.fine.invalid", "fineYuan");
    }
    if (disqualificationYears != null && (disqualificationYears < 1 || disqualificationYears > 3)) {
      throw new CaseException("case.decision.disqualification.range", "disqualificationYears");
    }
    boolean anyMeasure = fineYuan != null || confiscation || disqualificationYears != null || licenceRevoked;
    if (kind == DecisionKind.ADMINISTRATIVE_PENALTY && !anyMeasure) {
      throw new CaseException("case.decision.penalty.measureRequired", "fineYuan");
    }
    if (kind != DecisionKind.ADMINISTRATIVE_PENALTY && anyMeasure) {
      throw new CaseException("case.decision.measuresOnlyForPenalty", "kind");
    }
  }
}
