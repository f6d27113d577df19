package cn.ggzy.server.domain.model.tender;

import cn.ggzy.server.domain.model.DomainException;
import cn.ggzy.server.domain.model.credit.CreditCode;
import cn.ggzy.tenants.TenantId;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Locale;

/** Checks one imported score row; a bad row is refused with a code and the field. */
public final class ScoreRows {
  /** The highest score accepted (scoring schemes go up to 100, some to a few hundred points). */
  static final BigDecimal MAX_SCORE = new BigDecimal("1000");

  private ScoreRows() {}

  public static EvaluationScore parse(TenantId tenant, ScoreRow row, Instant importedAt) {
    SectionKey section = new SectionKey(SectionTexts.code(row.projectCode(), "projectCode"),
        SectionTexts.code(row.sectionCode(), "sectionCode"));
    String expert = SectionTexts.code(row.expertId(), "expertId");
    if (row.bidderCode() == null || row.bidderCode().isBlank()) {
      throw new DomainException("rigging.import.required", "bidderCode");
    }
    String bidder = row.bidderCode().strip().toUpperCase(Locale.ROOT);
    if (!CreditCode.valid(bidder)) {
      throw new DomainException("rigging.import.creditCode", "bidderCode");
    }
    String item = row.item() == null || row.item().isBlank() ? "" : SectionTexts.code(row.item(), "item");
    return new EvaluationScore(tenant, section, expert, bidder, item, score(row.score()), importedAt);
  }

  private static double score(String value) {
    if (value == null || value.isBlank()) {
      throw new DomainException("rigging.import.required", "score");
    }
    try {
      BigDecimal score = new BigDecimal(value.strip());
      if (score.signum() < 0 || score.scale() > 2 || score.compareTo(MAX_SCORE) > 0) {
        throw new DomainException("rigging.import.score", "score");
      }
      return score.doubleValue();
    } catch (NumberFormatException e) {
      throw new DomainException("rigging.import.score", "score");
    }
  }
}
