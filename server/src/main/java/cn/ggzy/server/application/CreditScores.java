package cn.ggzy.server.application;

import cn.ggzy.server.application.CreditViews.ScoreView;
import cn.ggzy.tenants.RegionCode;
import java.util.Optional;

/**
 * The transparent credit score of a subject, for other modules (e.g. the proportion of random
 * inspections, the recusal of experts) and for officers. Computed on every read from the records in
 * force in the region, with the region's weights, as of today.
 */
public interface CreditScores {
  /** The score of the subject with this credit code in the region; empty when it has no record. */
  Optional<ScoreView> byCreditCode(RegionCode region, String creditCode);

  ScoreView bySubject(RegionCode region, String subjectId);

  /** For an officer: a subject of the caller's region. */
  ScoreView forOfficer(Caller caller, String subjectId);

  /** For an officer: the subject with this credit code in the caller's region, if it has records. */
  Optional<ScoreView> forOfficerByCode(Caller caller, String creditCode);
}
