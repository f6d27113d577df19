package cn.ggzy.server.infrastructure.persistence.mongo.credit;

import cn.ggzy.server.domain.model.credit.CreditSettings;
import cn.ggzy.server.domain.model.credit.RedListCriteria;
import cn.ggzy.server.domain.model.credit.ScoreWeights;
import cn.ggzy.tenants.RegionCode;
import jakarta.nosql.Column;
import jakarta.nosql.Entity;
import jakarta.nosql.Id;

/** Stored form of a region's {@link CreditSettings}; {@code _id} is the region code. */
@Entity("credit_settings")
public class CreditSettingsDocument {
  @Id String region;
  @Column int base;
  @Column int penalty;
  @Column int violation;
  @Column int poorPerformance;
  @Column int goodPerformance;
  @Column int halfLifeMonths;
  @Column int horizonMonths;
  @Column int yearsWithoutNegative;
  @Column int minimumPositiveRecords;
  @Column int minimumScore;
  @Column int validityMonths;

  public CreditSettingsDocument() {}

  static CreditSettingsDocument of(RegionCode region, CreditSettings s) {
    CreditSettingsDocument d = new CreditSettingsDocument();
    d.region = region.value();
    ScoreWeights w = s.weights();
    d.base = w.base();
    d.penalty = w.penalty();
    d.violation = w.violation();
    d.poorPerformance = w.poorPerformance();
    d.goodPerformance = w.goodPerformance();
    d.halfLifeMonths = w.halfLifeMonths();
    d.horizonMonths = w.horizonMonths();
    RedListCriteria c = s.criteria();
    d.yearsWithoutNegative = c.yearsWithoutNegative();
    d.minimumPositiveRecords = c.minimumPositiveRecords();
    d.minimumScore = c.minimumScore();
    d.validityMonths = c.validityMonths();
    return d;
  }

  CreditSettings toSettings() {
    return new CreditSettings(new ScoreWeights(base, penalty, violation, poorPerformance, goodPerformance,
        halfLifeMonths, horizonMonths), new RedListCriteria(yearsWithoutNegative, minimumPositiveRecords,
        minimumScore, validityMonths));
  }
}
