package cn.ggzy.server.domain.model.agency;

import cn.ggzy.tenants.RegionCode;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An agency's assessment for a period ({@code 2026-Q4} or {@code 2026}): each indicator's count, points
 * and the evidence behind every deducted point, the total and grade. It is computed as a draft (again
 * whenever asked, while a draft), published with the last day to appeal on the working-day calendar,
 * may be appealed by then and the appeal decided, and is final once the appeal period passed or the
 * appeal was decided.
 */
public record Assessment(String id, RegionCode region, String agencyCode, String agencyName, String period,
    LocalDate from, LocalDate to, long methodVersion, List<IndicatorScore> lines, BigDecimal total, String grade, State state,
    LocalDate publishedOn, LocalDate appealDue, String appeal, LocalDate appealReceivedOn, String appealDecision,
    Boolean appealUpheld, String decidedBy, Instant finalAt, long version) {
  public Assessment {
    lines = List.copyOf(lines);
  }

  public enum State { DRAFT, PUBLISHED, APPEALED, FINAL }

  /**
   * One indicator's result: the items counted and the points kept of its weight; {@code evidence}
   * names each item (a case number, a review, a warning, a record); an on-site score with its note.
   */
  public record IndicatorScore(String indicator, String name, IndicatorSource source, int weight, int count,
      BigDecimal points, List<String> evidence, String note, boolean entered) {
    public IndicatorScore {
      evidence = List.copyOf(evidence);
    }
  }

  public static String idOf(String agencyCode, String period) {
    return agencyCode + "|" + period;
  }

  public Assessment with(List<IndicatorScore> newLines, BigDecimal newTotal, String newGrade, State newState,
      LocalDate newPublishedOn, LocalDate newAppealDue, String newAppeal, LocalDate received, String decision,
      Boolean upheld, String by, Instant finalAtTime, long newVersion) {
    return new Assessment(id, region, agencyCode, agencyName, period, from, to, methodVersion, newLines, newTotal,
        newGrade, newState, newPublishedOn, newAppealDue, newAppeal, received, decision, upheld, by, finalAtTime,
        newVersion);
  }
}
